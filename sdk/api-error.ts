import type { ErrorCode, Problem } from './types.js';

/**
 * Codes the client itself gives an {@link ApiError} when the server gave
 * none: `network_error` (no answer: connection refused, dropped, offline),
 * `timeout` (no complete answer within `timeoutMs`), `malformed_response`
 * (a body that is not the JSON it claims to be) and `unexpected_response`
 * (an answer the contract does not describe, such as an HTML error page).
 */
export type ClientErrorCode =
  'network_error' | 'timeout' | 'malformed_response' | 'unexpected_response';

/** The request an {@link ApiError} answers; never carries credentials. */
export interface RequestRecord {
  /** The HTTP method, upper case. */
  method: string;
  /** The URL without user info or secret-looking query values. */
  url: string;
}

/** What an {@link ApiError} is made of; see the class for each field. */
export interface ApiErrorInit {
  status: number;
  code: ErrorCode | ClientErrorCode;
  title: string;
  detail?: string;
  requestId?: string;
  retryAfterMs?: number;
  problem?: Problem;
  request: RequestRecord;
  cause?: unknown;
}

/**
 * The one error the SDK rejects with (apart from a caller's abort, which
 * rejects with the signal's reason). Branch on `code`, never on `title`
 * or `detail`, which are for people and may change.
 *
 * The bearer token never appears in the message, in any field or in
 * `request`.
 *
 * @example
 * ```ts
 * try {
 *   await client.deleteUser('org_team', userId, { ifMatch: user.version });
 * } catch (error) {
 *   if (isApiError(error, 'owner_role_held')) {
 *     showHint('Remove the owner role first.');
 *   } else if (isApiError(error, 'stale_version')) {
 *     await reload();
 *   } else {
 *     throw error;
 *   }
 * }
 * ```
 */
export class ApiError extends Error {
  /**
   * The HTTP status, or 0 when no response arrived (`network_error`,
   * `timeout`).
   */
  readonly status: number;

  /**
   * The contract's `ErrorCode` from the problem body, or a
   * {@link ClientErrorCode}. A response without a problem body gets
   * `unauthorized` for 401, `rate_limited` for 429,
   * `service_unavailable` for 503 and `unexpected_response` otherwise.
   */
  readonly code: ErrorCode | ClientErrorCode;

  /** A short summary for people. */
  readonly title: string;

  /** What happened this time, for people, when the server said. */
  readonly detail?: string;

  /** The server's request id (problem `requestId` or `X-Request-Id`). */
  readonly requestId?: string;

  /**
   * How long the server asked to wait (`Retry-After`), in milliseconds,
   * when it said. Set on `rate_limited` and `service_unavailable` errors
   * that were not retried or ran out of attempts.
   */
  readonly retryAfterMs?: number;

  /** The problem body as received, when the server sent one. */
  readonly problem?: Problem;

  /** The request this error answers, without credentials. */
  readonly request: RequestRecord;

  /** Builds an error; the SDK does this, callers rarely need to. */
  constructor(init: ApiErrorInit) {
    super(
      describe(init),
      init.cause === undefined ? {} : { cause: init.cause },
    );
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.request = { method: init.request.method, url: init.request.url };
    if (init.detail !== undefined) {
      this.detail = init.detail;
    }
    if (init.requestId !== undefined) {
      this.requestId = init.requestId;
    }
    if (init.retryAfterMs !== undefined) {
      this.retryAfterMs = init.retryAfterMs;
    }
    if (init.problem !== undefined) {
      this.problem = init.problem;
    }
  }
}

/**
 * Whether `error` is an {@link ApiError}, optionally with the given code.
 * Works across copies of the SDK on one page, which `instanceof` does not.
 *
 * @example
 * ```ts
 * if (isApiError(error, 'not_an_organization_user')) {
 *   // Someone else deleted the user first: treat it as done.
 * }
 * ```
 */
export function isApiError(error: unknown, code?: string): error is ApiError {
  if (!(error instanceof Error) || error.name !== 'ApiError') {
    return false;
  }
  const candidate = error as Partial<ApiError>;
  if (typeof candidate.code !== 'string' || !candidate.request) {
    return false;
  }
  return code === undefined || candidate.code === code;
}

function describe(init: ApiErrorInit): string {
  const path = pathOf(init.request.url);
  const answer = init.status === 0 ? 'no response' : String(init.status);
  const detail = init.detail ? `: ${init.detail}` : '';
  return (
    `org-user-kit: ${init.request.method} ${path} failed ` +
    `(${answer}, ${init.code}): ${init.title}${detail}`
  );
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
