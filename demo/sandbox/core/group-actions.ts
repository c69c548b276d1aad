/** Groups: named sets of users inside the organization. */
import { audited, requireAccount, type ActionContext } from './context.js';
import { addOnce, removeOnce, type Group } from './model.js';
import { Refusal } from './refusal.js';
import type { AuditTargetView, GroupView } from './types.js';
import { groupView } from './views.js';

function requireGroup(ctx: ActionContext, groupId: string): Group {
  const group = ctx.org.groups.get(groupId);
  if (!group) {
    throw new Refusal('group_not_found', `There is no group ${groupId}.`);
  }
  return group;
}

function groupTarget(ctx: ActionContext, groupId: string): AuditTargetView {
  const group = ctx.org.groups.get(groupId);
  return { type: 'group', id: groupId, label: group?.name ?? groupId };
}

export function createGroup(ctx: ActionContext, name: string): GroupView {
  const id = ctx.world.nextId(`grp_${ctx.org.id.replace(/^org_/, '')}`);
  return audited(
    ctx,
    'group.create',
    { type: 'group', id, label: name },
    () => {
      ctx.org.groups.set(id, { id, name, members: new Set() });
      return groupView(ctx.org, id);
    },
  );
}

/** Adding a member twice changes nothing. */
export function addGroupMember(
  ctx: ActionContext,
  groupId: string,
  userId: string,
): void {
  audited(ctx, 'group.add_member', groupTarget(ctx, groupId), () => {
    const group = requireGroup(ctx, groupId);
    requireAccount(ctx, userId);
    if (group.members.has(userId)) {
      return;
    }
    group.members.add(userId);
    addOnce(ctx.org.membership(userId).groups, groupId);
    ctx.org.refresh(userId, ctx.now);
  });
}

export function removeGroupMember(
  ctx: ActionContext,
  groupId: string,
  userId: string,
): void {
  audited(ctx, 'group.remove_member', groupTarget(ctx, groupId), () => {
    const group = requireGroup(ctx, groupId);
    requireAccount(ctx, userId);
    if (!group.members.delete(userId)) {
      return;
    }
    removeOnce(ctx.org.membership(userId).groups, groupId);
    ctx.org.refresh(userId, ctx.now);
  });
}
