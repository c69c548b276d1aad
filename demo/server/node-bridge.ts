/**
 * Converting between Node's `http` messages and the Fetch API's
 * `Request` and `Response`, which the sandbox speaks.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../sandbox/http/body.js';

/**
 * How much of an oversized body is read and thrown away before the
 * connection is dropped: enough that an ordinary client sees the 413.
 */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * Reads the request into a Fetch `Request`. A body past 1 MiB is kept
 * only to its first 1 MiB + 1 byte, which is enough for the sandbox to
 * answer `413 payload_too_large`; the rest is drained unread.
 */
export async function toFetchRequest(
  req: IncomingMessage,
  origin: string,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      headers.append(name, item);
    }
  }
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', origin);
  if (method === 'GET' || method === 'HEAD') {
    return new Request(url, { method, headers });
  }
  const body = await readLimited(req);
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  return new Request(url, {
    method,
    headers,
    body: body.byteLength > 0 ? new Uint8Array(body) : null,
  });
}

async function readLimited(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let seen = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    seen += chunk.byteLength;
    if (seen > DRAIN_LIMIT) {
      req.destroy();
      break;
    }
    if (kept <= MAX_BODY_BYTES) {
      const room = MAX_BODY_BYTES + 1 - kept;
      const part = chunk.byteLength > room ? chunk.subarray(0, room) : chunk;
      chunks.push(part);
      kept += part.byteLength;
    }
  }
  return Buffer.concat(chunks);
}

/** Writes a Fetch `Response` to Node's response. */
export async function sendFetchResponse(
  res: ServerResponse,
  response: Response,
  method: string,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body =
    method === 'HEAD' || response.body === null
      ? null
      : Buffer.from(await response.arrayBuffer());
  if (body) {
    headers['content-length'] = String(body.byteLength);
  }
  res.writeHead(response.status, headers);
  res.end(body ?? undefined);
}
