import type { Middleware } from 'openapi-fetch';
import { ApiError, type RequestRecord } from './api-error.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { recordOf } from './request-record.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The request each response answers, for the errors built from it. */
const requests = new WeakMap<Response, RequestRecord>();

/** The request `response` answers, without credentials. */
export function requestOf(response: Response): RequestRecord {
  return requests.get(response) ?? recordOf('UNKNOWN', response.url);
}

/**
 * The client's openapi-fetch middleware. Both steps run once per call,
 * outside the retrying transport, which is what each needs:
 *
 * - `onRequest` gives every write without an `Idempotency-Key` a fresh
 *   one, so that all retries of one call share the key and the server
 *   applies the effect once however many attempts arrive.
 * - `onResponse` checks that a body meant to be JSON is JSON, so a broken
 *   body rejects with `malformed_response` instead of a `SyntaxError`,
 *   and turns a blank body into an empty one, which openapi-fetch reads
 *   as `undefined`.
 */
export function createMiddleware(): Middleware {
  return {
    onRequest({ request }) {
      if (
        UNSAFE.has(request.method) &&
        !request.headers.has('Idempotency-Key')
      ) {
        request.headers.set('Idempotency-Key', newIdempotencyKey());
      }
      return request;
    },

    async onResponse({ request, response, options }) {
      const record = recordOf(request.method, request.url);
      const checked = await checkBody(response, options.parseAs, record);
      requests.set(checked, record);
      return checked;
    },
  };
}

async function checkBody(
  response: Response,
  parseAs: string,
  record: RequestRecord,
): Promise<Response> {
  if (parseAs !== 'json' || response.body === null) {
    return response;
  }
  const text = await response.clone().text();
  if (text.trim() === '') {
    return emptied(response);
  }

  const claimsJson = /json/i.test(response.headers.get('Content-Type') ?? '');
  if (!response.ok && !claimsJson) {
    return response;
  }
  try {
    JSON.parse(text);
    return response;
  } catch (error) {
    throw new ApiError({
      status: response.status,
      code: 'malformed_response',
      title: 'The server sent a body that is not valid JSON',
      request: record,
      requestId: response.headers.get('X-Request-Id') ?? undefined,
      cause: error,
    });
  }
}

function emptied(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  return new Response(null, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
