/**
 * The sandbox's stored things. Instants are epoch milliseconds (UTC).
 * Views for the wire are built from these in `views.ts`.
 */
import type {
  AuditAction,
  AuditTargetView,
  AuthStatus,
  EmailKind,
  ErrorCode,
  SpaceRole,
  TwoFactorState,
  UserStatus,
} from './types.js';

/** A person's account; it outlives every membership. */
export interface Account {
  readonly id: string;
  username: string;
  email: string;
  /** `emailKey(email)`: trimmed, composed, lower case. */
  emailKey: string;
  avatarUrl: string | null;
  twoFactor: TwoFactorState;
  authStatus: AuthStatus;
  lastAccessAt: number | null;
  /** Folded username, the username sort key. */
  usernameKey: string;
  /** Folded username and email, for substring search. */
  searchKey: string;
  /** Organizations where the account has a membership record. */
  readonly orgIds: string[];
}

export interface Space {
  readonly id: string;
  readonly orgId: string;
  name: string;
  /** Account id to the one role held there. */
  readonly roles: Map<string, SpaceRole>;
  /** Email key to the entry giving a role on entering. */
  readonly access: Map<string, { email: string; role: SpaceRole }>;
  /** Email key to the blocked entry. */
  readonly blocklist: Map<string, { email: string; addedAt: number }>;
}

export interface Group {
  readonly id: string;
  name: string;
  readonly members: Set<string>;
}

export interface Invitation {
  readonly id: string;
  /** Ordering number: invitations are listed newest first. */
  readonly seq: number;
  readonly orgId: string;
  readonly spaceId: string;
  readonly accountId: string;
  readonly email: string;
  readonly role: SpaceRole;
  sentAt: number;
  expiresAt: number;
  /** `expired` is never stored: it is `pending` past `expiresAt`. */
  state: 'pending' | 'accepted' | 'cancelled';
}

/** What an organization knows of one account. */
export interface Membership {
  readonly accountId: string;
  /** Position in the organization's search text. */
  readonly ordinal: number;
  readonly spaceRoles: Map<string, SpaceRole>;
  /** Group ids. Arrays, not sets: most users have one or two. */
  readonly groups: string[];
  /** Pending invitations that have not expired yet, any role. */
  readonly pending: Invitation[];
  /** Spaces where the role is admin or member (rule 2). */
  qualifyingSpaces: number;
  /** Bumped on every change; the ETag. */
  version: number;
}

/** A billable user's entry in the list indexes. */
export interface Row {
  readonly id: string;
  /** The membership's position in the organization's search text. */
  readonly ordinal: number;
  readonly account: Account;
  readonly membership: Membership;
  usernameKey: string;
  emailKey: string;
  /** Last access in epoch ms, -1 for never (sorts first ascending). */
  accessKey: number;
  isOwner: boolean;
  status: UserStatus;
  /** Bit per space role held anywhere in the organization. */
  roleMask: number;
  invitationExpiresAt: number | null;
}

export interface AuditEvent {
  readonly seq: number;
  readonly at: number;
  readonly actor: { userId: string; username: string };
  readonly action: AuditAction;
  readonly target: AuditTargetView;
  readonly result: 'succeeded' | 'refused';
  readonly code: ErrorCode | null;
}

export interface EmailLink {
  readonly token: string;
  readonly kind: 'reauthentication' | 'two_factor_reset';
  readonly accountId: string;
  readonly expiresAt: number;
  used: boolean;
}

export interface Email {
  readonly id: string;
  readonly to: string;
  readonly userId: string | null;
  readonly kind: EmailKind;
  readonly subject: string;
  readonly sentAt: number;
  readonly link: EmailLink | null;
}

export const ROLE_BITS: Readonly<Record<SpaceRole, number>> = Object.freeze({
  admin: 1,
  member: 2,
  visitor: 4,
  guest: 8,
});

export const ROLE_RANK: Readonly<Record<SpaceRole, number>> = Object.freeze({
  admin: 3,
  member: 2,
  visitor: 1,
  guest: 0,
});

/** Rules 2 and 3 count only these roles. */
export function isQualifying(role: SpaceRole): boolean {
  return role === 'admin' || role === 'member';
}

/** Adds `item` to a small array used as a set; false if already there. */
export function addOnce<T>(items: T[], item: T): boolean {
  if (items.includes(item)) {
    return false;
  }
  items.push(item);
  return true;
}

/** Removes `item` from a small array used as a set; false if absent. */
export function removeOnce<T>(items: T[], item: T): boolean {
  const at = items.indexOf(item);
  if (at < 0) {
    return false;
  }
  items.splice(at, 1);
  return true;
}
