/** Builds the seeded world: the three organizations and the personas. */
import { Clock } from '../core/clock.js';
import { Random } from '../core/random.js';
import { World } from '../core/world.js';
import { seedFree } from './free.js';
import { largeOrg } from './large.js';
import { seedTeam } from './team.js';

export function seedWorld(seed: number, clock: Clock): World {
  const world = new World(clock, seed);
  const now = clock.startMs;
  seedTeam(world, new Random(seed), now);
  seedFree(world, now);
  world.registerLazy(largeOrg(seed, now));
  // The large organization's owner can sign in before it is built.
  world.tokenAliases.set('tok_large_owner', 'usr_large_owner');
  return world;
}

export { PERSONAS } from './personas.js';
