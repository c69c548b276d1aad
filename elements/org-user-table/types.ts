/**
 * The contract's types the table works with, named once for its modules.
 */
import type { components } from '../../sdk/index.js';

export type {
  Group,
  Organization,
  OrgUser,
  SpaceRole,
  TwoFactorState,
  UserPage,
  UserSort,
  UserStatus,
} from '../../sdk/index.js';

/** `owner` or `none`, the values of the org role filter. */
export type OrgRoleFilter = components['schemas']['OrgRoleFilter'];
