import type { AnyErrorCode, FieldErrorView } from './types.js';

/**
 * A rule said no. Thrown by the domain core and turned into a problem
 * response by the HTTP layer; `code` is the contract's stable code.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';

  constructor(
    readonly code: AnyErrorCode,
    readonly detail: string,
    readonly extra: RefusalExtra = {},
  ) {
    super(`${code}: ${detail}`);
  }
}

export interface RefusalExtra {
  /** For `stale_version`: the user's current ETag. */
  etag?: string;
  /** For `validation_failed`: each invalid input. */
  errors?: FieldErrorView[];
}

/** True when `error` is a refusal, optionally with the given code. */
export function isRefusal(error: unknown, code?: string): error is Refusal {
  return (
    error instanceof Refusal && (code === undefined || error.code === code)
  );
}
