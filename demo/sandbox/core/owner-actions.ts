/** Granting and removing the organization owner role (rule 1). */
import {
  audited,
  checkIfMatch,
  requireAccount,
  requireListed,
  userTarget,
  type ActionContext,
  type WriteOptions,
} from './context.js';
import type { Row } from './model.js';
import { Refusal } from './refusal.js';

/** Makes the account an owner; granting it to an owner changes nothing. */
export function grantOwner(
  ctx: ActionContext,
  userId: string,
  options: WriteOptions = {},
): Row {
  return audited(ctx, 'owner.grant', userTarget(ctx, userId), () => {
    requireAccount(ctx, userId);
    checkIfMatch(ctx.org.members.get(userId), options);
    if (!ctx.org.owners.has(userId)) {
      ctx.org.setOwner(userId, true, ctx.now);
    }
    return ctx.org.rows.get(userId)!;
  });
}

/**
 * Removes the owner role. The last owner is refused; the user stays on
 * the list only if a role or an invitation still qualifies them, and the
 * answer is `null` when they left it.
 */
export function removeOwner(
  ctx: ActionContext,
  userId: string,
  options: WriteOptions = {},
): Row | null {
  return audited(ctx, 'owner.remove', userTarget(ctx, userId), () => {
    const row = requireListed(ctx, userId);
    checkIfMatch(row.membership, options);
    if (!row.isOwner) {
      return row;
    }
    if (ctx.org.owners.size <= 1) {
      throw new Refusal(
        'last_owner',
        `${row.account.username} is the last owner. ` +
          'Grant the owner role to someone else first.',
      );
    }
    ctx.org.setOwner(userId, false, ctx.now);
    return ctx.org.rows.get(userId) ?? null;
  });
}
