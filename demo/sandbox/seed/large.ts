/**
 * `org_large`: Globex, on the business plan, with 100,000 users. Built on
 * first use, in one pass with the list indexes sorted once at the end.
 */
import type { Space } from '../core/model.js';
import { Random } from '../core/random.js';
import { HOUR, INVITATION_TTL, MINUTE } from '../core/time.js';
import type { SpaceRole } from '../core/types.js';
import type { LazyOrg, World } from '../core/world.js';
import { addGroup, addInvitation, addOrg, addSpace } from './build.js';
import { asciiSlug, FIRST_NAMES, LAST_NAMES } from './names.js';

export const LARGE_USERS = 100_000;
const SPACES = 20;
const GROUPS = 10;

/** Registers the large organization to be built when first asked for. */
export function largeOrg(seed: number, now: number): LazyOrg {
  return {
    orgId: 'org_large',
    accountPrefix: 'usr_l',
    build: (world) => buildLarge(world, seed, now),
  };
}

function buildLarge(world: World, seed: number, seedTime: number): void {
  const random = new Random(seed ^ 0x1a96e);
  const org = addOrg(world, {
    id: 'org_large',
    name: 'Globex',
    plan: 'business',
    contractedSeats: LARGE_USERS,
    requiresTwoFactor: true,
  });
  const spaces: Space[] = [];
  for (let i = 1; i <= SPACES; i++) {
    spaces.push(addSpace(world, org, `sp_large_${i}`, `Floor ${i}`));
  }
  // Built as of the seed instant whenever it is first asked for; the
  // world settles it to the present right after, so the result does not
  // depend on when that was.
  const now = seedTime;

  org.bulkLoad(() => {
    const owner = world.createAccount({
      id: 'usr_large_owner',
      username: 'Morgan Blake',
      email: 'morgan.blake@globex.example',
      twoFactor: 'active',
      lastAccessAt: seedTime - HOUR,
    });
    world.tokenAliases.set('tok_large_owner', owner.id);
    org.setOwner(owner.id, true, now);
    org.setSpaceRole(spaces[0]!, owner.id, 'admin', now);

    const groupMembers: string[][] = Array.from({ length: GROUPS }, () => []);
    for (let i = 1; i < LARGE_USERS; i++) {
      const first = FIRST_NAMES[random.int(0, FIRST_NAMES.length - 1)]!;
      const last = LAST_NAMES[random.int(0, LAST_NAMES.length - 1)]!;
      const id = `usr_l${String(i).padStart(6, '0')}`;
      const account = world.createAccount({
        id,
        username: `${first} ${last}`,
        email: `${asciiSlug(first)}.${asciiSlug(last)}.${i}@globex.example`,
        twoFactor: random.chance(0.85) ? 'active' : 'not_set_up',
        reauthenticationRequired: random.chance(0.01),
        lastAccessAt: random.chance(0.03)
          ? null
          : seedTime - random.int(1, 180 * 24 * 60) * MINUTE,
      });
      if (i <= 3) {
        org.setOwner(id, true, now);
      }
      const space = spaces[random.int(0, SPACES - 1)]!;
      if (i % 200 === 0) {
        // On the list only through a pending invitation of some age.
        const age = random.int(0, INVITATION_TTL / HOUR - 1) * HOUR;
        addInvitation(
          world,
          org,
          space,
          account,
          'member',
          seedTime - age,
          now,
        );
      } else {
        org.setSpaceRole(space, id, roleFor(random), now);
      }
      if (random.chance(0.2)) {
        const other = spaces[random.int(0, SPACES - 1)]!;
        if (!other.roles.has(id)) {
          org.setSpaceRole(
            other,
            id,
            random.chance(0.5) ? 'visitor' : 'guest',
            now,
          );
        }
      }
      groupMembers[i % GROUPS]!.push(id);
      if (i % 7 === 0) {
        groupMembers[(i + 3) % GROUPS]!.push(id);
      }
    }
    const groupNames = [
      'Operations',
      'Research',
      'Finance',
      'Legal',
      'Marketing',
      'Platform',
      'Mobile',
      'Data',
      'Security',
      'People',
    ];
    groupMembers.forEach((members, g) => {
      addGroup(org, `grp_large_${g + 1}`, groupNames[g]!, members);
    });
    org.settle(now);
  });
}

function roleFor(random: Random): SpaceRole {
  return random.chance(0.06) ? 'admin' : 'member';
}
