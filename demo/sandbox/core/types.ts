/**
 * The contract's schema types, under short names, for the sandbox's own
 * code. Both contracts are generated: the vendor API into
 * `sdk/generated/api.ts`, the sandbox's user side beside this folder.
 */
import type { components } from '../../../sdk/generated/api.js';
import type { components as SandboxComponents } from '../generated/sandbox-api.js';

/** The vendor contract's schemas, by name. */
export type Schemas = components['schemas'];
/** The sandbox contract's schemas, by name. */
export type SandboxSchemas = SandboxComponents['schemas'];

export type ErrorCode = Schemas['ErrorCode'];
export type SpaceRole = Schemas['SpaceRole'];
export type UserStatus = Schemas['UserStatus'];
export type TwoFactorState = Schemas['TwoFactorState'];
export type AuthStatus = Schemas['AuthStatus'];
export type UserSort = Schemas['UserSort'];
export type OrgRoleFilter = Schemas['OrgRoleFilter'];
export type InvitationState = Schemas['InvitationState'];
export type AuditAction = Schemas['AuditAction'];

export type OrganizationView = Schemas['Organization'];
export type SeatSummaryView = Schemas['SeatSummary'];
export type OrgUserView = Schemas['OrgUser'];
export type UserPageView = Schemas['UserPage'];
export type SpaceRoleHeldView = Schemas['SpaceRoleHeld'];
export type InvitationRefView = Schemas['InvitationRef'];
export type DeletionPreviewView = Schemas['DeletionPreview'];
export type DeletionResultView = Schemas['DeletionResult'];
export type ReadmittingSpaceView = Schemas['ReadmittingSpace'];
export type TwoFactorResetSentView = Schemas['TwoFactorResetSent'];
export type SpaceView = Schemas['Space'];
export type SpaceMemberView = Schemas['SpaceMember'];
export type SpaceMemberPageView = Schemas['SpaceMemberPage'];
export type AccessSettingView = Schemas['AccessSetting'];
export type BlocklistEntryView = Schemas['BlocklistEntry'];
export type GroupView = Schemas['Group'];
export type InvitationView = Schemas['Invitation'];
export type InvitationPageView = Schemas['InvitationPage'];
export type AuditEventView = Schemas['AuditEvent'];
export type AuditEventPageView = Schemas['AuditEventPage'];
export type AuditTargetView = Schemas['AuditTarget'];
export type ProblemView = Schemas['Problem'];
export type FieldErrorView = Schemas['FieldError'];

export type PersonaView = SandboxSchemas['Persona'];
export type SandboxStateView = SandboxSchemas['SandboxState'];
export type IssuedTokenView = SandboxSchemas['IssuedToken'];
export type SpaceEntryView = SandboxSchemas['SpaceEntry'];
export type AccountView = SandboxSchemas['Account'];
export type EmailView = SandboxSchemas['Email'];
export type EmailKind = EmailView['kind'];

/** Error codes of the sandbox's user side, beside the vendor's. */
export type SandboxErrorCode =
  | 'email_blocked'
  | 'no_access'
  | 'link_expired'
  | 'link_used'
  | 'link_not_found'
  | 'reauthentication_not_required';

export type AnyErrorCode = ErrorCode | SandboxErrorCode;
