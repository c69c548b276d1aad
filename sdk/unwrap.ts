import { ApiError } from './api-error.js';
import { requestOf } from './middleware.js';
import { errorFromResponse } from './problem-error.js';

/** The shape of every openapi-fetch result. */
export interface FetchResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/**
 * The data of a raw client result, or an {@link ApiError} thrown for an
 * error answer. The helpers are built on it; use it to give calls of
 * `client.raw` the helpers' errors.
 *
 * @example
 * ```ts
 * const page = unwrap(
 *   await client.raw.GET('/orgs/{orgId}/invitations', {
 *     params: { path: { orgId }, query: { state: ['pending'] } },
 *   }),
 * );
 * ```
 */
export function unwrap<Data>(result: FetchResult<Data>): Data {
  const { response } = result;
  if (!response.ok) {
    throw errorFromResponse(response, result.error, requestOf(response));
  }
  return result.data as Data;
}

/**
 * Like {@link unwrap} for operations whose contract promises a body:
 * an empty success answer rejects with `unexpected_response` instead of
 * resolving with `undefined` typed as data.
 */
export function unwrapBody<Data>(result: FetchResult<Data>): Data {
  const data = unwrap(result);
  if (data === undefined) {
    throw new ApiError({
      status: result.response.status,
      code: 'unexpected_response',
      title: 'The server answered without the body the contract promises',
      request: requestOf(result.response),
    });
  }
  return data;
}
