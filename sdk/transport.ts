import { ApiError } from './api-error.js';
import { recordOf } from './request-record.js';
import { backoffDelay, parseRetryAfter } from './retry-after.js';
import type { TokenSource } from './token-source.js';

/** How the transport sends, waits and retries; all fields required. */
export interface TransportOptions {
  fetch: (request: Request) => Promise<Response>;
  tokens: TokenSource;
  timeoutMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer `Retry-After` is not waited for but surfaced in the error. */
  maxRetryAfterMs: number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUSES = new Set([429, 503]);

/**
 * A `fetch` for openapi-fetch that adds the bearer token, a timeout per
 * attempt, one token refresh after a 401, and retries.
 *
 * Why a fetch and not middleware: openapi-fetch middleware sees one
 * request and one response and cannot send the request again, while a
 * retry, a refresh after 401 and a timeout all need to. Wrapping fetch
 * keeps that in one place, and the raw typed client, which goes through
 * the same fetch, behaves exactly like the helpers.
 *
 * The request body is read once before the first attempt and re-sent from
 * that copy, so a retried request carries the same bytes. Each response
 * body is read in full inside its attempt, so the timeout covers the whole
 * answer and a connection dropped mid-body counts as a network error.
 */
export function createTransport(
  options: TransportOptions,
): (request: Request) => Promise<Response> {
  return async function send(request) {
    const signal = request.signal;
    const body =
      request.body === null ? undefined : await request.arrayBuffer();
    const retryable =
      IDEMPOTENT.has(request.method) || request.headers.has('Idempotency-Key');

    let token = await untilAborted(options.tokens.current(), signal);
    let refreshed = false;
    for (let attempt = 1; ; attempt += 1) {
      signal.throwIfAborted();

      let response: Response;
      try {
        response = await sendOnce(request, body, token, options);
      } catch (error) {
        if (signal.aborted) {
          throw signal.reason;
        }
        if (!retryable || attempt >= options.maxAttempts) {
          throw toApiError(request, error);
        }
        await options.sleep(delay(attempt, undefined, options), signal);
        continue;
      }

      // A 401 never applied an effect, so any request may be sent again
      // once, with a fresh token; it does not count as an attempt.
      if (response.status === 401 && options.tokens.canRefresh && !refreshed) {
        refreshed = true;
        token = await untilAborted(options.tokens.refresh(token), signal);
        attempt -= 1;
        continue;
      }

      if (!RETRY_STATUSES.has(response.status)) {
        return response;
      }
      const told = parseRetryAfter(
        response.headers.get('Retry-After'),
        options.now(),
      );
      const mayWait = told === undefined || told <= options.maxRetryAfterMs;
      if (!retryable || attempt >= options.maxAttempts || !mayWait) {
        return response;
      }
      await options.sleep(delay(attempt, told, options), signal);
    }
  };
}

async function sendOnce(
  request: Request,
  body: ArrayBuffer | undefined,
  token: string | undefined,
  options: TransportOptions,
): Promise<Response> {
  const caller = request.signal;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('Timed out', 'TimeoutError'));
  }, options.timeoutMs);
  const onAbort = (): void => controller.abort(caller.reason);
  caller.addEventListener('abort', onAbort, { once: true });

  try {
    const headers = new Headers(request.headers);
    if (token !== undefined) {
      headers.set('Authorization', `Bearer ${token}`);
    }
    const response = await options.fetch(
      new Request(request.url, {
        method: request.method,
        headers,
        body: body ?? null,
        signal: controller.signal,
        redirect: request.redirect,
        credentials: request.credentials,
      }),
    );
    const bytes = await response.arrayBuffer();
    return new Response(bytes.byteLength === 0 ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } catch (error) {
    throw timedOut && !caller.aborted ? new AttemptTimedOut() : error;
  } finally {
    clearTimeout(timer);
    caller.removeEventListener('abort', onAbort);
  }
}

/**
 * `promise`, or the signal's reason as soon as it aborts. A token refresh
 * goes on for the other requests sharing it; only this caller stops.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Thrown inside the transport when an attempt ran out of time. */
class AttemptTimedOut extends Error {}

function toApiError(request: Request, error: unknown): ApiError {
  const record = recordOf(request.method, request.url);
  if (error instanceof AttemptTimedOut) {
    return new ApiError({
      status: 0,
      code: 'timeout',
      title: 'The server did not answer in time',
      request: record,
    });
  }
  return new ApiError({
    status: 0,
    code: 'network_error',
    title: 'The server could not be reached',
    request: record,
    cause: error,
  });
}

function delay(
  attempt: number,
  told: number | undefined,
  options: TransportOptions,
): number {
  if (told !== undefined) {
    return told;
  }
  return backoffDelay(
    attempt,
    options.baseDelayMs,
    options.maxDelayMs,
    options.random,
  );
}
