/**
 * The contract's types the table works with, named once for its modules.
 */
import type { components } from '../../sdk/generated/api.js';

type Schemas = components['schemas'];

export type OrgUser = Schemas['OrgUser'];
export type Organization = Schemas['Organization'];
export type UserPage = Schemas['UserPage'];
export type Group = Schemas['Group'];
export type OrgRoleFilter = Schemas['OrgRoleFilter'];
export type SpaceRole = Schemas['SpaceRole'];
export type UserStatus = Schemas['UserStatus'];
export type UserSort = Schemas['UserSort'];
export type TwoFactorState = Schemas['TwoFactorState'];
