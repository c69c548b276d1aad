/**
 * Listing the organization user list: search, filters, sort and cursor
 * pagination over the sorted indexes kept by `Org`.
 *
 * Without search or filters a page is a binary search into the index.
 * With them, the matching rows are collected once in index order and
 * cached until the list changes, so paging through a filtered result and
 * counting it costs one scan, not one per page.
 */
import { decodeCursor, encodeCursor } from './cursor.js';
import { emailKey, fold } from './fold.js';
import { Refusal } from './refusal.js';
import { ROLE_BITS, type Row } from './model.js';
import type { Org } from './org.js';
import { searchable } from './search-text.js';
import type { SortedIndex, SortKey } from './sorted-index.js';
import type {
  OrgRoleFilter,
  SpaceRole,
  UserSort,
  UserStatus,
} from './types.js';
import type { World } from './world.js';

export interface UserQuery {
  q?: string;
  orgRole?: OrgRoleFilter[];
  spaceRole?: SpaceRole[];
  status?: UserStatus[];
  group?: string[];
  sort?: UserSort;
  cursor?: string;
  limit?: number;
}

export interface RowPage {
  rows: Row[];
  total: number;
  nextCursor: string | null;
}

const CACHE_SIZE = 16;

export function listRows(world: World, org: Org, query: UserQuery): RowPage {
  const sort = query.sort ?? 'username';
  const descending = sort.startsWith('-');
  const index = indexFor(org, sort);
  const matches = matchingRows(world, org, index, query);
  const limit = query.limit ?? 50;
  const keyOf = index.keyOf;

  let start: number;
  if (query.cursor) {
    const position = decodeCursor(query.cursor, `${org.id}:users:${sort}`);
    const numeric = index === org.byAccess;
    if ((typeof position.key === 'number') !== numeric) {
      throw new Refusal('validation_failed', 'The cursor is damaged.', {
        errors: [{ location: 'query.cursor', message: 'damaged' }],
      });
    }
    start = descending
      ? index.lowerBound(matches, position.key, position.id) - 1
      : index.upperBound(matches, position.key, position.id);
  } else {
    start = descending ? matches.length - 1 : 0;
  }

  const rows: Row[] = [];
  const step = descending ? -1 : 1;
  let i = start;
  for (; i >= 0 && i < matches.length && rows.length < limit; i += step) {
    rows.push(matches[i]!);
  }
  const last = rows[rows.length - 1];
  const more = i >= 0 && i < matches.length;
  return {
    rows,
    total: matches.length,
    nextCursor:
      more && last
        ? encodeCursor({
            scope: `${org.id}:users:${sort}`,
            key: keyOf(last),
            id: last.id,
          })
        : null,
  };
}

function indexFor(org: Org, sort: UserSort): SortedIndex<Row> {
  return org.sorted(sort.replace(/^-/, '') as 'username');
}

/**
 * Below this many search hits, the hits are sorted on their own instead
 * of walking the whole index in order.
 */
const FEW_HITS = 5000;

/** The rows matching search and filters, in the index's order. */
function matchingRows(
  world: World,
  org: Org,
  index: SortedIndex<Row>,
  query: UserQuery,
): readonly Row[] {
  const q = fold(searchable(query.q ?? '').trim());
  const exact = q ? exactEmailRow(world, org, query.q) : undefined;
  const filters = filterTests(query);
  if (!q && filters.length === 0) {
    return index.items;
  }
  const cacheKey = JSON.stringify([
    sortKeyName(org, index),
    q,
    query.orgRole ?? [],
    query.spaceRole ?? [],
    query.status ?? [],
    query.group ?? [],
  ]);
  const cached = org.listCache.get(cacheKey);
  if (cached && cached.version === org.listVersion) {
    return cached.rows;
  }
  const test = allOf(filters);
  let rows: Row[];
  if (exact) {
    rows = test(exact) ? [exact] : [];
  } else if (q) {
    rows = searchRows(org, index, q, test);
  } else {
    rows = index.items.filter(test);
  }
  remember(org, cacheKey, rows);
  return rows;
}

function searchRows(
  org: Org,
  index: SortedIndex<Row>,
  q: string,
  test: RowTest,
): Row[] {
  const hits = org.searchText.match(q);
  if (hits.length < FEW_HITS) {
    const rows: Row[] = [];
    for (const ordinal of hits) {
      const row = org.rows.get(org.memberAccounts[ordinal]!.id);
      if (row && test(row)) {
        rows.push(row);
      }
    }
    return index.sortLike(rows);
  }
  const marks = new Uint8Array(org.memberAccounts.length);
  for (const ordinal of hits) {
    marks[ordinal] = 1;
  }
  return index.items.filter((row) => marks[row.ordinal] === 1 && test(row));
}

function sortKeyName(org: Org, index: SortedIndex<Row>): string {
  return index === org.byUsername ? 'u' : index === org.byEmail ? 'e' : 'a';
}

function remember(org: Org, cacheKey: string, rows: Row[]): void {
  org.listCache.delete(cacheKey);
  org.listCache.set(cacheKey, { version: org.listVersion, rows });
  if (org.listCache.size > CACHE_SIZE) {
    const oldest = org.listCache.keys().next().value;
    if (oldest !== undefined) {
      org.listCache.delete(oldest);
    }
  }
}

/**
 * A query that is a whole email names one person: it finds exactly that
 * user, so "ana+ops@example.com" does not also find "diana+ops@...".
 */
function exactEmailRow(
  world: World,
  org: Org,
  q: string | undefined,
): Row | undefined {
  const text = q?.trim() ?? '';
  if (!text.includes('@')) {
    return undefined;
  }
  const account = world.accountsByEmail.get(emailKey(text));
  return account ? org.rows.get(account.id) : undefined;
}

type RowTest = (row: Row) => boolean;

/** The tests of the four filters that narrow anything. */
function filterTests(query: UserQuery): RowTest[] {
  const tests: RowTest[] = [];
  const orgRoles = query.orgRole ?? [];
  if (orgRoles.length === 1) {
    const owner = orgRoles[0] === 'owner';
    tests.push((row) => row.isOwner === owner);
  }
  const roles = query.spaceRole ?? [];
  if (roles.length > 0) {
    let mask = 0;
    for (const role of roles) {
      mask |= ROLE_BITS[role];
    }
    tests.push((row) => (row.roleMask & mask) !== 0);
  }
  const statuses = query.status ?? [];
  if (statuses.length > 0 && statuses.length < 3) {
    const wanted = new Set(statuses);
    tests.push((row) => wanted.has(row.status));
  }
  const groups = query.group ?? [];
  if (groups.length > 0) {
    tests.push((row) => {
      const held = row.membership.groups;
      for (const group of groups) {
        if (held.includes(group)) {
          return true;
        }
      }
      return false;
    });
  }
  return tests;
}

/** One test passing when every test passes (a loop: no per-row closure). */
function allOf(tests: RowTest[]): RowTest {
  if (tests.length === 0) {
    return () => true;
  }
  if (tests.length === 1) {
    return tests[0]!;
  }
  return (row) => {
    for (const test of tests) {
      if (!test(row)) {
        return false;
      }
    }
    return true;
  };
}

export type { SortKey };
