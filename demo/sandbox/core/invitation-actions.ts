/** Invitations to spaces: invite up to 200 emails, resend, remove. */
import { audited, type ActionContext } from './context.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { emailKey } from './fold.js';
import type { Invitation } from './model.js';
import { Refusal } from './refusal.js';
import { requireSpace } from './space-actions.js';
import { INVITATION_TTL } from './time.js';
import type {
  AuditTargetView,
  InvitationPageView,
  InvitationState,
  InvitationView,
  SpaceRole,
} from './types.js';
import { invitationView } from './views.js';

export interface InvitationQuery {
  state?: InvitationState[];
  spaceId?: string;
  cursor?: string;
  limit?: number;
}

/** Newest first; the state is computed at the instant of the request. */
export function listInvitations(
  ctx: ActionContext,
  query: InvitationQuery,
): InvitationPageView {
  const states = query.state?.length ? new Set(query.state) : null;
  const matches = [...ctx.org.invitations.values()]
    .filter(
      (inv) =>
        (!query.spaceId || inv.spaceId === query.spaceId) &&
        (!states || states.has(ctx.org.invitationState(inv, ctx.now))),
    )
    .sort(newestFirst);
  let start = 0;
  if (query.cursor) {
    const position = decodeCursor(query.cursor, `${ctx.org.id}:invitations`);
    const key = Number(position.key);
    start = matches.findIndex(
      (inv) => newestFirst(inv, { sentAt: key, id: position.id }) > 0,
    );
    if (start < 0) {
      start = matches.length;
    }
  }
  const limit = query.limit ?? 50;
  const page = matches.slice(start, start + limit);
  const last = page[page.length - 1];
  const more = start + limit < matches.length;
  return {
    items: page.map((inv) => invitationView(ctx.org, inv, ctx.now)),
    total: matches.length,
    nextCursor:
      more && last
        ? encodeCursor({
            scope: `${ctx.org.id}:invitations`,
            key: last.sentAt,
            id: last.id,
          })
        : null,
  };
}

function newestFirst(
  a: Pick<Invitation, 'sentAt' | 'id'>,
  b: Pick<Invitation, 'sentAt' | 'id'>,
): number {
  return b.sentAt - a.sentAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * Invites each email once (trimmed, compared without letter case). An
 * email with a pending invitation to the space gets a new one in its
 * place. Admin and member invitees join the list at once as `invited`.
 */
export function createInvitations(
  ctx: ActionContext,
  spaceId: string,
  role: SpaceRole,
  emails: string[],
): InvitationView[] {
  const space = requireSpace(ctx, spaceId);
  const seen = new Set<string>();
  const created: InvitationView[] = [];
  for (const raw of emails) {
    const email = raw.trim();
    const key = emailKey(email);
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const seq = ctx.world.nextNumber('invitation');
    const id = `inv_${seq}`;
    const target: AuditTargetView = { type: 'invitation', id, label: email };
    created.push(
      audited(ctx, 'invitation.create', target, () => {
        const account = ctx.world.accountForEmail(email);
        const m = ctx.org.membership(account.id);
        for (const old of [...m.pending]) {
          if (old.spaceId === spaceId) {
            ctx.org.closeInvitation(old, 'cancelled', ctx.now);
          }
        }
        const inv: Invitation = {
          id,
          seq,
          orgId: ctx.org.id,
          spaceId,
          accountId: account.id,
          email: account.email,
          role,
          sentAt: ctx.now,
          expiresAt: ctx.now + INVITATION_TTL,
          state: 'pending',
        };
        ctx.org.addInvitation(inv, ctx.now);
        sendInvitationEmail(ctx, inv, space.name);
        return invitationView(ctx.org, inv, ctx.now);
      }),
    );
  }
  return created;
}

function requireInvitation(ctx: ActionContext, id: string): Invitation {
  const inv = ctx.org.invitations.get(id);
  if (!inv) {
    throw new Refusal('invitation_not_found', `There is no invitation ${id}.`);
  }
  return inv;
}

function invitationTarget(ctx: ActionContext, id: string): AuditTargetView {
  const inv = ctx.org.invitations.get(id);
  return { type: 'invitation', id, label: inv?.email ?? id };
}

function requireOpen(ctx: ActionContext, inv: Invitation): void {
  const state = ctx.org.invitationState(inv, ctx.now);
  if (state !== 'pending' && state !== 'expired') {
    throw new Refusal(
      'invitation_not_pending',
      `The invitation to ${inv.email} is ${state}.`,
    );
  }
}

/** Sends a pending or expired invitation again with a new 7-day window. */
export function resendInvitation(
  ctx: ActionContext,
  id: string,
): InvitationView {
  return audited(ctx, 'invitation.resend', invitationTarget(ctx, id), () => {
    const inv = requireInvitation(ctx, id);
    requireOpen(ctx, inv);
    ctx.org.reopenInvitation(inv, ctx.now, INVITATION_TTL);
    const spaceName = ctx.org.spaces.get(inv.spaceId)?.name ?? inv.spaceId;
    sendInvitationEmail(ctx, inv, spaceName);
    return invitationView(ctx.org, inv, ctx.now);
  });
}

/** Cancels a pending or expired invitation. */
export function removeInvitation(ctx: ActionContext, id: string): void {
  audited(ctx, 'invitation.remove', invitationTarget(ctx, id), () => {
    const inv = requireInvitation(ctx, id);
    requireOpen(ctx, inv);
    ctx.org.closeInvitation(inv, 'cancelled', ctx.now);
  });
}

function sendInvitationEmail(
  ctx: ActionContext,
  inv: Invitation,
  spaceName: string,
): void {
  ctx.world.sendEmail({
    to: inv.email,
    userId: inv.accountId,
    kind: 'invitation',
    subject: `You are invited to ${spaceName} (${ctx.org.name})`,
  });
}
