/**
 * The typed client of the organization user management API.
 *
 * @example
 * ```ts
 * import { createOrgUserClient } from 'org-user-kit/sdk';
 *
 * const client = createOrgUserClient({
 *   baseUrl: 'http://127.0.0.1:8787/v1',
 *   token: 'tok_team_owner',
 * });
 * for await (const user of client.iterateUsers('org_team')) {
 *   console.log(user.username);
 * }
 * ```
 *
 * @packageDocumentation
 */

export { createOrgUserClient } from './client.js';
export type { OrgUserClient } from './client.js';
export type {
  ActionOptions,
  ClientOptions,
  RequestOptions,
} from './options.js';
export type { GetToken, TokenContext } from './token-source.js';
export { ApiError, isApiError } from './api-error.js';
export type {
  ApiErrorInit,
  ClientErrorCode,
  RequestRecord,
} from './api-error.js';
export { paginate } from './paginate.js';
export type { CursorPage } from './paginate.js';
export { unwrap } from './unwrap.js';
export type { FetchResult } from './unwrap.js';
export type {
  components,
  DeletionPreview,
  DeletionResult,
  ErrorCode,
  Group,
  ListUsersQuery,
  operations,
  Organization,
  OrgUser,
  paths,
  Problem,
  Schemas,
  SeatSummary,
  Space,
  SpaceRole,
  TwoFactorResetSent,
  TwoFactorState,
  UserPage,
  UserSort,
  UserStatus,
} from './types.js';
