/** `org_free`: Pebble Studio, on the free plan (no user management). */
import type { Org } from '../core/org.js';
import { DAY } from '../core/time.js';
import type { World } from '../core/world.js';
import { addOrg, addRole, addSpace } from './build.js';

export function seedFree(world: World, now: number): Org {
  const org = addOrg(world, {
    id: 'org_free',
    name: 'Pebble Studio',
    plan: 'free',
    contractedSeats: 5,
    requiresTwoFactor: false,
  });
  const studio = addSpace(world, org, 'sp_free_studio', 'Studio');
  const owner = world.createAccount({
    id: 'usr_free_owner',
    username: 'Pat Morgan',
    email: 'pat@pebble.example',
    lastAccessAt: now - DAY,
  });
  world.tokenAliases.set('tok_free_owner', owner.id);
  org.setOwner(owner.id, true, now);
  addRole(org, studio, owner, 'admin', now);
  for (const [i, name] of ['Robin Lee', 'Kim Park', 'Jo Ellis'].entries()) {
    const account = world.createAccount({
      id: `usr_free_${i + 1}`,
      username: name,
      email: `${name.split(' ')[0]!.toLowerCase()}@pebble.example`,
      lastAccessAt: now - (i + 2) * DAY,
    });
    addRole(org, studio, account, 'member', now);
  }
  return org;
}
