/**
 * Wire views: the contract's JSON shapes, built from stored things at an
 * instant. Nothing here changes state.
 */
import { DAY, iso, isoOrNull } from './time.js';
import {
  isQualifying,
  ROLE_RANK,
  type Account,
  type AuditEvent,
  type Email,
  type Invitation,
  type Membership,
  type Row,
} from './model.js';
import type { Org } from './org.js';
import type {
  AccountView,
  AuditEventView,
  EmailView,
  GroupView,
  InvitationRefView,
  InvitationView,
  OrganizationView,
  OrgUserView,
  SeatSummaryView,
  SpaceRoleHeldView,
  SpaceView,
} from './types.js';

export function organizationView(org: Org): OrganizationView {
  return {
    id: org.id,
    name: org.name,
    plan: org.plan,
    contractedSeats: org.contractedSeats,
    requiresTwoFactor: org.requiresTwoFactor,
    userManagementAvailable: org.userManagementAvailable,
  };
}

/** The seat count at `now` (the organization must be settled). */
export function seatSummaryView(org: Org, now: number): SeatSummaryView {
  let expiringSoon = 0;
  let next: number | null = null;
  for (const row of org.invited) {
    const at = row.invitationExpiresAt;
    if (at === null) {
      continue;
    }
    if (at <= now + DAY) {
      expiringSoon++;
    }
    next = next === null ? at : Math.min(next, at);
  }
  return {
    billableUsers: org.rows.size,
    contractedSeats: org.contractedSeats,
    pendingInvitationSeats: org.invited.size,
    pendingInvitationSeatsExpiringWithin24h: expiringSoon,
    nextChangeAt: isoOrNull(next),
    asOf: iso(now),
  };
}

/** Every role held, highest first, then by space name. */
export function spaceRolesView(org: Org, m: Membership): SpaceRoleHeldView[] {
  const held: SpaceRoleHeldView[] = [];
  for (const [spaceId, role] of m.spaceRoles) {
    const space = org.spaces.get(spaceId);
    held.push({ spaceId, spaceName: space?.name ?? spaceId, role });
  }
  return held.sort(
    (a, b) =>
      ROLE_RANK[b.role] - ROLE_RANK[a.role] ||
      (a.spaceName < b.spaceName ? -1 : a.spaceName > b.spaceName ? 1 : 0),
  );
}

export function invitationRefView(
  org: Org,
  inv: Invitation,
): InvitationRefView {
  return {
    invitationId: inv.id,
    spaceId: inv.spaceId,
    spaceName: org.spaces.get(inv.spaceId)?.name ?? inv.spaceId,
    role: inv.role,
    expiresAt: iso(inv.expiresAt),
  };
}

/** The pending admin or member invitations open at `now`, soonest first. */
export function qualifyingInvitations(
  m: Membership,
  now: number,
): Invitation[] {
  return [...m.pending]
    .filter((inv) => isQualifying(inv.role) && inv.expiresAt > now)
    .sort((a, b) => a.expiresAt - b.expiresAt || a.seq - b.seq);
}

export function orgUserView(org: Org, row: Row, now: number): OrgUserView {
  const { account, membership: m } = row;
  const spaceRoles = spaceRolesView(org, m);
  const groups = [...m.groups]
    .map((id) => ({ id, name: org.groups.get(id)?.name ?? id }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    id: account.id,
    username: account.username,
    email: account.email,
    avatarUrl: account.avatarUrl,
    orgRole: row.isOwner ? 'owner' : null,
    status: row.status,
    twoFactor: account.twoFactor,
    authStatus: account.authStatus,
    lastAccessAt: isoOrNull(account.lastAccessAt),
    spaceRoles,
    groups,
    billableReasons: {
      owner: row.isOwner,
      spaces: spaceRoles.filter((held) => isQualifying(held.role)),
      invitations: qualifyingInvitations(m, now).map((inv) =>
        invitationRefView(org, inv),
      ),
    },
    invitationExpiresAt: isoOrNull(row.invitationExpiresAt),
    version: String(m.version),
  };
}

/** The ETag header value of a membership's version. */
export function etagOf(m: Membership): string {
  return `"${m.version}"`;
}

export function spaceView(org: Org, spaceId: string): SpaceView {
  const space = org.spaces.get(spaceId)!;
  return { id: space.id, name: space.name, memberCount: space.roles.size };
}

export function groupView(org: Org, groupId: string): GroupView {
  const group = org.groups.get(groupId)!;
  return { id: group.id, name: group.name, memberCount: group.members.size };
}

export function invitationView(
  org: Org,
  inv: Invitation,
  now: number,
): InvitationView {
  return {
    id: inv.id,
    email: inv.email,
    spaceId: inv.spaceId,
    spaceName: org.spaces.get(inv.spaceId)?.name ?? inv.spaceId,
    role: inv.role,
    sentAt: iso(inv.sentAt),
    expiresAt: iso(inv.expiresAt),
    state: org.invitationState(inv, now),
  };
}

export function auditEventView(event: AuditEvent): AuditEventView {
  return {
    id: `aud_${event.seq}`,
    at: iso(event.at),
    actor: event.actor,
    action: event.action,
    target: event.target,
    result: event.result,
    code: event.code,
  };
}

export function accountView(account: Account): AccountView {
  return {
    id: account.id,
    username: account.username,
    email: account.email,
    twoFactor: account.twoFactor,
    authStatus: account.authStatus,
  };
}

export function emailView(email: Email): EmailView {
  return {
    id: email.id,
    to: email.to,
    userId: email.userId,
    kind: email.kind,
    subject: email.subject,
    sentAt: iso(email.sentAt),
    link: email.link
      ? {
          token: email.link.token,
          expiresAt: iso(email.link.expiresAt),
          used: email.link.used,
        }
      : null,
  };
}
