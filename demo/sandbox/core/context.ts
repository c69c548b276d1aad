/**
 * What every administrative action runs with, and the helpers they share:
 * finding the user, checking `If-Match`, and recording the audit trail.
 */
import type { Account, Membership, Row } from './model.js';
import type { Org } from './org.js';
import { Refusal } from './refusal.js';
import type { AuditAction, AuditTargetView, ErrorCode } from './types.js';
import type { World } from './world.js';

export interface ActionContext {
  world: World;
  org: Org;
  /** The owner acting. */
  actor: Account;
  /** The instant of the request; the organization is settled to it. */
  now: number;
}

export interface WriteOptions {
  /** The `If-Match` header as sent, if any. */
  ifMatch?: string | null;
}

/** The account, or `404 user_not_found`. */
export function requireAccount(ctx: ActionContext, userId: string): Account {
  const account = ctx.world.account(userId);
  if (!account) {
    throw new Refusal('user_not_found', `There is no user ${userId}.`);
  }
  return account;
}

/**
 * The user's row on the organization user list, or `404
 * user_not_found` for an account the organization never knew, or `404
 * not_an_organization_user` for one not on the list at this instant.
 */
export function requireListed(ctx: ActionContext, userId: string): Row {
  const row = ctx.org.rows.get(userId);
  if (row) {
    return row;
  }
  const account = ctx.world.account(userId);
  if (!account || !ctx.org.members.has(userId)) {
    throw new Refusal('user_not_found', `There is no user ${userId}.`);
  }
  throw new Refusal(
    'not_an_organization_user',
    `${account.username} is not on the organization user list.`,
  );
}

/**
 * Refuses with `412 stale_version` when `If-Match` names another version
 * than the user's current one. Accepts `"v"`, `W/"v"`, a bare `v`, a
 * comma-separated list, or `*`.
 */
export function checkIfMatch(
  m: Membership | undefined,
  options: WriteOptions,
): void {
  const header = options.ifMatch?.trim();
  if (!header) {
    return;
  }
  if (header === '*' && m) {
    return;
  }
  const current = m ? String(m.version) : null;
  const wanted = header.split(',').map((tag) =>
    tag
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1'),
  );
  if (current !== null && wanted.includes(current)) {
    return;
  }
  throw new Refusal(
    'stale_version',
    'The user changed since it was read. Read it again and retry.',
    current === null ? {} : { etag: `"${current}"` },
  );
}

/** The audit target for a user. */
export function userTarget(
  ctx: ActionContext,
  userId: string,
): AuditTargetView {
  const account = ctx.world.account(userId);
  return { type: 'user', id: userId, label: account?.username ?? userId };
}

/**
 * Runs an action and records it in the audit trail, succeeded or
 * refused (with the refusal's code), then returns or rethrows.
 */
export function audited<T>(
  ctx: ActionContext,
  action: AuditAction,
  target: AuditTargetView,
  run: () => T,
): T {
  try {
    const result = run();
    record(ctx, action, target, 'succeeded', null);
    return result;
  } catch (error) {
    if (error instanceof Refusal) {
      record(ctx, action, target, 'refused', error.code as ErrorCode);
    }
    throw error;
  }
}

function record(
  ctx: ActionContext,
  action: AuditAction,
  target: AuditTargetView,
  result: 'succeeded' | 'refused',
  code: ErrorCode | null,
): void {
  ctx.org.audit.push({
    seq: ctx.world.nextNumber('audit'),
    at: ctx.now,
    actor: { userId: ctx.actor.id, username: ctx.actor.username },
    action,
    target,
    result,
    code,
  });
}
