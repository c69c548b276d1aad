/**
 * `Idempotency-Key`: a write repeated by the same caller with the same
 * key answers the first response again and applies nothing twice; the
 * same key with another request answers `422 idempotency_key_reused`.
 * Keys are kept for 24 hours of sandbox time.
 */
import { DAY } from '../core/time.js';
import type { StoredResponse, World } from '../core/world.js';

export type Lookup =
  | { kind: 'new' }
  | { kind: 'replay'; stored: StoredResponse }
  | { kind: 'reused' };

export function fingerprintOf(
  method: string,
  url: URL,
  body: string | null,
): string {
  return `${method} ${url.pathname}${url.search}\n${body ?? ''}`;
}

function storeKey(callerId: string, key: string): string {
  return `${callerId}\u0000${key}`;
}

export function lookup(
  world: World,
  callerId: string,
  key: string,
  fingerprint: string,
): Lookup {
  prune(world);
  const stored = world.idempotency.get(storeKey(callerId, key));
  if (!stored) {
    return { kind: 'new' };
  }
  return stored.fingerprint === fingerprint
    ? { kind: 'replay', stored }
    : { kind: 'reused' };
}

export function remember(
  world: World,
  callerId: string,
  key: string,
  stored: StoredResponse,
): void {
  world.idempotency.set(storeKey(callerId, key), stored);
}

function prune(world: World): void {
  const oldest = world.now() - DAY;
  for (const [key, stored] of world.idempotency) {
    if (stored.at > oldest) {
      // Entries are inserted in time order, so the rest are younger.
      return;
    }
    world.idempotency.delete(key);
  }
}
