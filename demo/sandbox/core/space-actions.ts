/** Space roles, access settings and blocklists. */
import {
  audited,
  checkIfMatch,
  requireAccount,
  type ActionContext,
  type WriteOptions,
} from './context.js';
import { emailKey } from './fold.js';
import type { Space } from './model.js';
import { Refusal } from './refusal.js';
import { iso } from './time.js';
import type {
  AccessSettingView,
  AuditTargetView,
  BlocklistEntryView,
  SpaceMemberView,
  SpaceRole,
} from './types.js';

/** The space, or `404 space_not_found`. */
export function requireSpace(ctx: ActionContext, spaceId: string): Space {
  const space = ctx.org.spaces.get(spaceId);
  if (!space) {
    throw new Refusal('space_not_found', `There is no space ${spaceId}.`);
  }
  return space;
}

function spaceTarget(ctx: ActionContext, spaceId: string): AuditTargetView {
  const space = ctx.org.spaces.get(spaceId);
  return { type: 'space', id: spaceId, label: space?.name ?? spaceId };
}

/** Replaces the one role a user holds in a space. */
export function setSpaceRole(
  ctx: ActionContext,
  spaceId: string,
  userId: string,
  role: SpaceRole,
  options: WriteOptions = {},
): SpaceMemberView {
  const account = ctx.world.account(userId);
  const target: AuditTargetView = {
    type: 'user',
    id: userId,
    label: account?.username ?? userId,
  };
  return audited(ctx, 'space.set_role', target, () => {
    const space = requireSpace(ctx, spaceId);
    const found = requireAccount(ctx, userId);
    checkIfMatch(ctx.org.members.get(userId), options);
    ctx.org.setSpaceRole(space, userId, role, ctx.now);
    return {
      userId,
      username: found.username,
      email: found.email,
      spaceId,
      role,
    };
  });
}

export function listAccessSettings(
  ctx: ActionContext,
  spaceId: string,
): AccessSettingView[] {
  return [...requireSpace(ctx, spaceId).access.values()].map((entry) => ({
    ...entry,
  }));
}

/** Adds or replaces the entry for an email. */
export function addAccessSetting(
  ctx: ActionContext,
  spaceId: string,
  setting: AccessSettingView,
): AccessSettingView {
  return audited(
    ctx,
    'space.access_setting.add',
    spaceTarget(ctx, spaceId),
    () => {
      const space = requireSpace(ctx, spaceId);
      const entry = { email: setting.email.trim(), role: setting.role };
      space.access.set(emailKey(entry.email), entry);
      return { ...entry };
    },
  );
}

export function removeAccessSetting(
  ctx: ActionContext,
  spaceId: string,
  email: string,
): void {
  audited(ctx, 'space.access_setting.remove', spaceTarget(ctx, spaceId), () => {
    const space = requireSpace(ctx, spaceId);
    if (!space.access.delete(emailKey(email))) {
      throw new Refusal(
        'access_setting_not_found',
        `${space.name} has no access setting for ${email}.`,
      );
    }
  });
}

export function listBlocklist(
  ctx: ActionContext,
  spaceId: string,
): BlocklistEntryView[] {
  return [...requireSpace(ctx, spaceId).blocklist.values()].map((entry) => ({
    email: entry.email,
    addedAt: iso(entry.addedAt),
  }));
}

/** Blocks an email; blocking it again keeps the first entry. */
export function addToBlocklist(
  ctx: ActionContext,
  spaceId: string,
  email: string,
): BlocklistEntryView {
  return audited(ctx, 'space.blocklist.add', spaceTarget(ctx, spaceId), () => {
    const space = requireSpace(ctx, spaceId);
    const key = emailKey(email);
    let entry = space.blocklist.get(key);
    if (!entry) {
      entry = { email: email.trim(), addedAt: ctx.now };
      space.blocklist.set(key, entry);
    }
    return { email: entry.email, addedAt: iso(entry.addedAt) };
  });
}

export function removeFromBlocklist(
  ctx: ActionContext,
  spaceId: string,
  email: string,
): void {
  audited(ctx, 'space.blocklist.remove', spaceTarget(ctx, spaceId), () => {
    const space = requireSpace(ctx, spaceId);
    if (!space.blocklist.delete(emailKey(email))) {
      throw new Refusal(
        'blocklist_entry_not_found',
        `${email} is not on the blocklist of ${space.name}.`,
      );
    }
  });
}
