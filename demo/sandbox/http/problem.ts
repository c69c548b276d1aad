/**
 * Problem responses (RFC 9457, `application/problem+json`), each with the
 * contract's stable `code`, the HTTP status that code always has, and the
 * request id.
 */
import type { AnyErrorCode, FieldErrorView } from '../core/types.js';

const STATUS: Readonly<Record<AnyErrorCode, number>> = {
  unauthorized: 401,
  not_an_owner: 403,
  plan_not_eligible: 403,
  organization_not_found: 404,
  user_not_found: 404,
  not_an_organization_user: 404,
  space_not_found: 404,
  group_not_found: 404,
  invitation_not_found: 404,
  access_setting_not_found: 404,
  blocklist_entry_not_found: 404,
  owner_role_held: 409,
  last_owner: 409,
  two_factor_not_enabled: 409,
  invitation_only: 409,
  not_invitation_only: 409,
  invitation_not_pending: 409,
  stale_version: 412,
  idempotency_key_reused: 422,
  validation_failed: 400,
  malformed_request: 400,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
  email_blocked: 403,
  no_access: 403,
  link_expired: 410,
  link_used: 410,
  link_not_found: 404,
  reauthentication_not_required: 409,
};

const TITLES: Readonly<Record<AnyErrorCode, string>> = {
  unauthorized: 'Sign-in required',
  not_an_owner: 'Only organization owners can do this',
  plan_not_eligible: 'Not available on this plan',
  organization_not_found: 'Organization not found',
  user_not_found: 'User not found',
  not_an_organization_user: 'Not an organization user',
  space_not_found: 'Space not found',
  group_not_found: 'Group not found',
  invitation_not_found: 'Invitation not found',
  access_setting_not_found: 'Access setting not found',
  blocklist_entry_not_found: 'Blocklist entry not found',
  owner_role_held: 'Remove the owner role first',
  last_owner: 'The organization needs an owner',
  two_factor_not_enabled: 'Two-factor authentication is not enabled',
  invitation_only: 'The user has only been invited',
  not_invitation_only: 'The user is not only invited',
  invitation_not_pending: 'The invitation is not pending',
  stale_version: 'The user changed meanwhile',
  idempotency_key_reused: 'Idempotency key used for another request',
  validation_failed: 'Invalid request',
  malformed_request: 'Malformed request body',
  payload_too_large: 'Request body too large',
  rate_limited: 'Too many requests',
  internal_error: 'Internal error',
  service_unavailable: 'Service unavailable',
  email_blocked: 'Email blocked from this space',
  no_access: 'No access to this space',
  link_expired: 'Link expired',
  link_used: 'Link already used',
  link_not_found: 'Link not found',
  reauthentication_not_required: 'Nothing to re-authenticate',
};

export function statusOf(code: AnyErrorCode): number {
  return STATUS[code];
}

export interface ProblemInput {
  code: AnyErrorCode;
  detail?: string;
  errors?: FieldErrorView[];
  /** Overrides the code's usual status (a 404 for an unknown route). */
  status?: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Defaults to JSON, or problem JSON for a problem. */
  contentType?: string;
}

/** A problem reply; the request id is filled in by the handler. */
export function problem(
  input: ProblemInput,
  headers: Record<string, string> = {},
): Reply {
  const status = input.status ?? STATUS[input.code];
  const body: Record<string, unknown> = {
    type: `https://org-user-kit.invalid/errors/${input.code}`,
    title: TITLES[input.code],
    status,
    code: input.code,
  };
  if (input.detail) {
    body['detail'] = input.detail;
  }
  if (input.errors?.length) {
    body['errors'] = input.errors;
  }
  return {
    status,
    body,
    headers,
    contentType: 'application/problem+json',
  };
}

/** A `400 validation_failed` listing each invalid input. */
export function invalid(errors: FieldErrorView[]): Reply {
  const first = errors[0];
  return problem({
    code: 'validation_failed',
    detail: first ? `${first.location}: ${first.message}` : undefined,
    errors,
  });
}
