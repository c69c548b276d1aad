/**
 * The actions on an organization user: re-authenticate, reset 2FA,
 * delete (and its preview), cancel invitation.
 */
import {
  audited,
  checkIfMatch,
  requireListed,
  userTarget,
  type ActionContext,
  type WriteOptions,
} from './context.js';
import { isQualifying, type Row } from './model.js';
import { Refusal } from './refusal.js';
import { iso, TWO_FACTOR_LINK_TTL } from './time.js';
import type {
  DeletionPreviewView,
  DeletionResultView,
  ReadmittingSpaceView,
  SpaceRoleHeldView,
  TwoFactorResetSentView,
} from './types.js';
import { invitationRefView, seatSummaryView, spaceRolesView } from './views.js';

/**
 * Revokes the user's sessions and requires a new sign-in. Repeating it
 * while pending changes nothing and is not an error.
 */
export function reauthenticate(
  ctx: ActionContext,
  userId: string,
  options: WriteOptions = {},
): Row {
  return audited(ctx, 'user.reauthenticate', userTarget(ctx, userId), () => {
    const row = requireListed(ctx, userId);
    checkIfMatch(row.membership, options);
    if (row.status === 'invited') {
      throw new Refusal(
        'invitation_only',
        `${row.account.username} has only been invited and has no session.`,
      );
    }
    if (row.account.authStatus === 'reauthentication_required') {
      return row;
    }
    ctx.world.revokeSessions(userId);
    ctx.world.updateAccount(row.account, (a) => {
      a.authStatus = 'reauthentication_required';
    });
    ctx.world.sendEmail({
      to: row.account.email,
      userId,
      kind: 'reauthentication_notice',
      subject: `${ctx.org.name}: please sign in again`,
    });
    return row;
  });
}

/**
 * Emails a 2FA reset link valid 48 hours. Nothing changes until it is
 * used, so the user's version stays as it is.
 */
export function resetTwoFactor(
  ctx: ActionContext,
  userId: string,
  options: WriteOptions = {},
): TwoFactorResetSentView {
  return audited(ctx, 'user.reset_two_factor', userTarget(ctx, userId), () => {
    const row = requireListed(ctx, userId);
    checkIfMatch(row.membership, options);
    if (!ctx.org.requiresTwoFactor) {
      throw new Refusal(
        'two_factor_not_enabled',
        `${ctx.org.name} does not require two-factor authentication.`,
      );
    }
    if (row.account.twoFactor !== 'active') {
      throw new Refusal(
        'two_factor_not_enabled',
        `${row.account.username} has not set up two-factor authentication.`,
      );
    }
    const email = ctx.world.sendEmail({
      to: row.account.email,
      userId,
      kind: 'two_factor_reset',
      subject: `${ctx.org.name}: reset your two-factor authentication`,
      link: { kind: 'two_factor_reset', ttl: TWO_FACTOR_LINK_TTL },
    });
    return {
      userId,
      emailedTo: row.account.email,
      linkExpiresAt: iso(email.link!.expiresAt),
    };
  });
}

/** What deleting the user would do; the delete's own refusals apply. */
export function previewDeletion(
  ctx: ActionContext,
  userId: string,
): DeletionPreviewView {
  const row = requireDeletable(ctx, userId);
  return {
    userId,
    seatsBefore: ctx.org.rows.size,
    seatsAfter: ctx.org.rows.size - 1,
    spacesBecomingGuest: rolesBecomingGuest(ctx, row),
    invitationsToCancel: [...row.membership.pending].map((inv) =>
      invitationRefView(ctx.org, inv),
    ),
    readmittingSpaces: readmittingSpaces(ctx, row),
  };
}

/**
 * Every role becomes guest, pending invitations are cancelled, and the
 * user leaves the list. The account stays.
 */
export function deleteUser(
  ctx: ActionContext,
  userId: string,
  options: WriteOptions = {},
): DeletionResultView {
  return audited(ctx, 'user.delete', userTarget(ctx, userId), () => {
    const row = requireDeletable(ctx, userId);
    checkIfMatch(row.membership, options);
    const { org, now } = ctx;
    const became = rolesBecomingGuest(ctx, row);
    const readmitting = readmittingSpaces(ctx, row);
    const pending = [...row.membership.pending];
    for (const inv of pending) {
      org.closeInvitation(inv, 'cancelled', now);
    }
    for (const held of became) {
      org.setSpaceRole(org.spaces.get(held.spaceId)!, userId, 'guest', now);
    }
    return {
      userId,
      spacesBecameGuest: became,
      invitationsCancelled: pending.length,
      readmittingSpaces: readmitting,
      seats: seatSummaryView(org, now),
    };
  });
}

/** Cancels the invitations of a user on the list only through them. */
export function cancelInvitation(
  ctx: ActionContext,
  userId: string,
  options: WriteOptions = {},
): void {
  audited(ctx, 'user.cancel_invitation', userTarget(ctx, userId), () => {
    const row = requireListed(ctx, userId);
    checkIfMatch(row.membership, options);
    if (row.status !== 'invited') {
      throw new Refusal(
        'not_invitation_only',
        `${row.account.username} is on the list for more than an invitation.`,
      );
    }
    for (const inv of [...row.membership.pending]) {
      if (isQualifying(inv.role)) {
        ctx.org.closeInvitation(inv, 'cancelled', ctx.now);
      }
    }
  });
}

function requireDeletable(ctx: ActionContext, userId: string): Row {
  const row = requireListed(ctx, userId);
  if (row.isOwner) {
    throw new Refusal(
      'owner_role_held',
      `${row.account.username} is an organization owner. ` +
        'Remove the owner role first.',
    );
  }
  return row;
}

function rolesBecomingGuest(ctx: ActionContext, row: Row): SpaceRoleHeldView[] {
  return spaceRolesView(ctx.org, row.membership).filter(
    (held) => held.role !== 'guest',
  );
}

/**
 * Spaces whose access settings would give the user admin or member again
 * on their next visit. After the delete they are no space's admin, so
 * every blocklist applies to them.
 */
export function readmittingSpaces(
  ctx: ActionContext,
  row: Row,
): ReadmittingSpaceView[] {
  const key = row.account.emailKey;
  const found: ReadmittingSpaceView[] = [];
  for (const space of ctx.org.spaces.values()) {
    const entry = space.access.get(key);
    if (entry && isQualifying(entry.role) && !space.blocklist.has(key)) {
      found.push({
        spaceId: space.id,
        spaceName: space.name,
        role: entry.role,
      });
    }
  }
  return found;
}
