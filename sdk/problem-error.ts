import {
  ApiError,
  type ApiErrorInit,
  type RequestRecord,
} from './api-error.js';
import { parseRetryAfter } from './retry-after.js';
import type { ErrorCode, Problem } from './types.js';

/** Codes for error answers that carry no problem body. */
const STATUS_CODES: Record<number, [ErrorCode, string]> = {
  401: ['unauthorized', 'Not signed in, or the token has expired'],
  429: ['rate_limited', 'Too many requests'],
  503: ['service_unavailable', 'The service is briefly unavailable'],
};

/**
 * The {@link ApiError} for an error answer (status 400 and above), from
 * its problem body when there is one, else from its status.
 */
export function errorFromResponse(
  response: Response,
  body: unknown,
  request: RequestRecord,
): ApiError {
  const problem = asProblem(body, response.status);
  const init: ApiErrorInit = {
    status: response.status,
    code: 'unexpected_response',
    title: `The server answered ${response.status} without a problem body`,
    request,
  };

  if (problem) {
    init.code = problem.code;
    init.title = problem.title || init.title;
    init.problem = problem;
    if (typeof problem.detail === 'string') {
      init.detail = problem.detail;
    }
  } else {
    const known = STATUS_CODES[response.status];
    if (known) {
      [init.code, init.title] = known;
    }
  }

  const requestId = problem?.requestId ?? response.headers.get('X-Request-Id');
  if (requestId) {
    init.requestId = requestId;
  }
  const retryAfterMs = parseRetryAfter(
    response.headers.get('Retry-After'),
    Date.now(),
  );
  if (retryAfterMs !== undefined) {
    init.retryAfterMs = retryAfterMs;
  }
  return new ApiError(init);
}

/**
 * The body as a problem when it looks like one. A `code` string is what
 * matters: an unknown code from a newer server is kept as is, so a caller
 * can still log it, and falls into its `default` branch.
 */
function asProblem(body: unknown, status: number): Problem | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const candidate = body as Partial<Problem>;
  if (typeof candidate.code !== 'string' || !candidate.code) {
    return undefined;
  }
  return {
    ...candidate,
    type: typeof candidate.type === 'string' ? candidate.type : 'about:blank',
    title: typeof candidate.title === 'string' ? candidate.title : '',
    status: typeof candidate.status === 'number' ? candidate.status : status,
    code: candidate.code,
  };
}
