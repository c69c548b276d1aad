import type { components, operations, paths } from './generated/api.js';

/*
 * Names for the contract's schemas, so that callers never spell
 * `components['schemas'][...]`. They are aliases of the generated types and
 * change only when openapi/org-user-kit.yaml does.
 */

/** Every schema of the contract, by name. */
export type Schemas = components['schemas'];

export type { components, operations, paths };

/** An organization: its plan, contracted seats and 2FA requirement. */
export type Organization = Schemas['Organization'];

/** The seat count: `billableUsers / contractedSeats` and pending seats. */
export type SeatSummary = Schemas['SeatSummary'];

/** A person on the organization user list, with why they are billable. */
export type OrgUser = Schemas['OrgUser'];

/** One page of organization users, with the total and the next cursor. */
export type UserPage = Schemas['UserPage'];

/** What deleting a user would do, as a confirmation dialog shows it. */
export type DeletionPreview = Schemas['DeletionPreview'];

/** What deleting a user did, with the seat count afterwards. */
export type DeletionResult = Schemas['DeletionResult'];

/** The answer to a 2FA reset: who was emailed, and until when it works. */
export type TwoFactorResetSent = Schemas['TwoFactorResetSent'];

/** A space of the organization. */
export type Space = Schemas['Space'];

/** A group of the organization. */
export type Group = Schemas['Group'];

/** An error body: RFC 9457 problem details with a stable `code`. */
export type Problem = Schemas['Problem'];

/** Every error code the API answers with. */
export type ErrorCode = Schemas['ErrorCode'];

/** `active`, `invited` or `reauthentication_required`. */
export type UserStatus = Schemas['UserStatus'];

/** `admin`, `member`, `visitor` or `guest`, from highest to lowest. */
export type SpaceRole = Schemas['SpaceRole'];

/** `not_set_up`, `active` or `reset_pending`. */
export type TwoFactorState = Schemas['TwoFactorState'];

/** A sort key of the user list; a leading `-` sorts descending. */
export type UserSort = Schemas['UserSort'];

/**
 * The query of {@link OrgUserClient.listUsers}: search text `q`, the
 * filters `orgRole`, `spaceRole`, `status` and `group` (arrays, sent
 * comma-separated), `sort`, `cursor` and `limit` (1 to 200, default 50).
 *
 * @example
 * ```ts
 * const query: ListUsersQuery = {
 *   q: 'zoe',
 *   spaceRole: ['admin', 'member'],
 *   sort: '-lastAccessAt',
 * };
 * ```
 */
export type ListUsersQuery = NonNullable<
  operations['listUsers']['parameters']['query']
>;
