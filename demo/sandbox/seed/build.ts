/** Small helpers the seeds share for building organizations. */
import type { Account, Invitation, Space } from '../core/model.js';
import { Org, type OrgInit } from '../core/org.js';
import { INVITATION_TTL } from '../core/time.js';
import type { SpaceRole } from '../core/types.js';
import type { World } from '../core/world.js';

export function addOrg(world: World, init: OrgInit): Org {
  return world.addOrg(new Org(init, world));
}

export function addSpace(
  world: World,
  org: Org,
  id: string,
  name: string,
): Space {
  return world.addSpace(org, {
    id,
    orgId: org.id,
    name,
    roles: new Map(),
    access: new Map(),
    blocklist: new Map(),
  });
}

export function addGroup(
  org: Org,
  id: string,
  name: string,
  members: Iterable<string> = [],
): void {
  const group = { id, name, members: new Set<string>() };
  org.groups.set(id, group);
  for (const accountId of members) {
    if (!group.members.has(accountId)) {
      group.members.add(accountId);
      org.membership(accountId).groups.push(id);
    }
  }
}

export function addRole(
  org: Org,
  space: Space,
  account: Account,
  role: SpaceRole,
  now: number,
): void {
  org.setSpaceRole(space, account.id, role, now);
}

/** A seeded invitation, sent at `sentAt` (in the past or now). */
export function addInvitation(
  world: World,
  org: Org,
  space: Space,
  account: Account,
  role: SpaceRole,
  sentAt: number,
  now: number,
  state: Invitation['state'] = 'pending',
): Invitation {
  const seq = world.nextNumber('invitation');
  const inv: Invitation = {
    id: `inv_${seq}`,
    seq,
    orgId: org.id,
    spaceId: space.id,
    accountId: account.id,
    email: account.email,
    role,
    sentAt,
    expiresAt: sentAt + INVITATION_TTL,
    state,
  };
  org.addInvitation(inv, now);
  return inv;
}
