import type { GetToken } from './token-source.js';

/**
 * How {@link createOrgUserClient} reaches the API.
 *
 * @example
 * ```ts
 * const client = createOrgUserClient({
 *   baseUrl: 'https://api.example.com/v1',
 *   getToken: ({ forceRefresh }) => auth.accessToken({ forceRefresh }),
 *   timeoutMs: 10_000,
 *   retry: { maxAttempts: 4 },
 * });
 * ```
 */
export interface ClientOptions {
  /**
   * The API's base URL, ending in `/v1`, such as
   * `http://127.0.0.1:8787/v1` for the local sandbox.
   */
  baseUrl: string;

  /**
   * A bearer token used as is for every request. A 401 is not retried:
   * give `getToken` instead when tokens expire.
   */
  token?: string;

  /**
   * Called for the token of each request with `forceRefresh: false`
   * (answer from your cache), and after a 401 with `forceRefresh: true`
   * (the token was refused: get a new one). The request is then sent once
   * more; a second 401 rejects with `unauthorized`. Requests failing
   * with 401 together share one refresh. Wins over `token`. An error it
   * throws rejects the request unchanged.
   */
  getToken?: GetToken;

  /**
   * The `fetch` to send requests with. Default: the global `fetch`, looked
   * up at each request, so tools that replace it later (such as MSW) are
   * seen.
   */
  fetch?: typeof globalThis.fetch;

  /**
   * How long one attempt may take, in milliseconds, from sending the
   * request to the last byte of the answer. Default 30000. An attempt
   * that runs out of time rejects with `timeout` (after the retries its
   * request allows).
   */
  timeoutMs?: number;

  /**
   * Retries of answers 429 and 503, and of network errors and timeouts,
   * for requests that are safe to repeat: `GET`, `HEAD`, `PUT`, `DELETE`,
   * `OPTIONS`, and any request with an `Idempotency-Key` (every write the
   * client sends has one). A `Retry-After` (seconds or an HTTP date) is
   * waited for, up to 60 seconds; a longer one is not retried and its
   * wait is in the error's `retryAfterMs`. Without it the wait grows
   * exponentially from `baseDelayMs` (default 300) up to `maxDelayMs`
   * (default 10000), with jitter. `maxAttempts` counts the first attempt
   * (default 3; 1 turns retries off). Other errors, 500 included, are
   * never retried.
   */
  retry?: {
    maxAttempts?: number;
    baseDelayMs?: number;
    maxDelayMs?: number;
  };

  /** Headers added to every request, such as a tracing header. */
  headers?: Record<string, string>;
}

/** Options every helper takes. */
export interface RequestOptions {
  /**
   * Cancels the call: waiting, sending and retrying stop and the promise
   * rejects with the signal's reason (a `DOMException` named
   * `AbortError` for `controller.abort()`), which is never retried.
   */
  signal?: AbortSignal;
}

/** Options of the helpers that change a user. */
export interface ActionOptions extends RequestOptions {
  /**
   * The user's version as last read (`user.version`) or its quoted ETag;
   * sent as `If-Match`, so the call rejects with `stale_version` when
   * the user changed since. Default: not sent, the call applies to the
   * user as it is.
   */
  ifMatch?: string;

  /**
   * The `Idempotency-Key` of this intent. Default: a fresh UUID per call,
   * kept across that call's retries. Give your own to make a repeat of
   * the call (after a reload, say) apply its effect only once.
   */
  idempotencyKey?: string;
}
