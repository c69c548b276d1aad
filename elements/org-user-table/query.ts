/**
 * The table's search, filters and sort as one immutable value, and how it
 * becomes the query of `listUsers`.
 */
import type {
  OrgRoleFilter,
  SpaceRole,
  UserSort,
  UserStatus,
} from './types.js';

/** The columns a header button sorts by. */
export type SortKey = 'username' | 'email' | 'lastAccessAt';

/** What the table asks the server for, apart from the page. */
export interface TableQuery {
  readonly q: string;
  readonly orgRole: readonly OrgRoleFilter[];
  readonly spaceRole: readonly SpaceRole[];
  readonly status: readonly UserStatus[];
  readonly group: readonly string[];
  readonly sort: UserSort;
}

/** The filter fields, each an array whose values combine with OR. */
export type FilterName = 'orgRole' | 'spaceRole' | 'status' | 'group';

/** The values each filter offers, in the order they are listed. */
export const FILTER_VALUES = Object.freeze({
  orgRole: ['owner', 'none'],
  spaceRole: ['admin', 'member', 'visitor', 'guest'],
  status: ['active', 'invited', 'reauthentication_required'],
} as const);

/** No search, no filter, sorted by username. */
export const INITIAL_QUERY: TableQuery = Object.freeze({
  q: '',
  orgRole: [],
  spaceRole: [],
  status: [],
  group: [],
  sort: 'username',
});

/** The query of `listUsers` (without cursor and limit) for a table query. */
export function toListUsersQuery(query: TableQuery) {
  const q = query.q.trim();

  return {
    ...(q ? { q } : {}),
    ...(query.orgRole.length ? { orgRole: [...query.orgRole] } : {}),
    ...(query.spaceRole.length ? { spaceRole: [...query.spaceRole] } : {}),
    ...(query.status.length ? { status: [...query.status] } : {}),
    ...(query.group.length ? { group: [...query.group] } : {}),
    sort: query.sort,
  };
}

/** Whether any filter is set (the search aside). */
export function hasFilters(query: TableQuery): boolean {
  return (
    query.orgRole.length > 0 ||
    query.spaceRole.length > 0 ||
    query.status.length > 0 ||
    query.group.length > 0
  );
}

/** Whether the search or any filter narrows the list. */
export function isNarrowed(query: TableQuery): boolean {
  return query.q.trim() !== '' || hasFilters(query);
}

/** The same query with one filter set to `values` (empty means any). */
export function withFilter(
  query: TableQuery,
  name: FilterName,
  values: readonly string[],
): TableQuery {
  return Object.freeze({ ...query, [name]: Object.freeze([...values]) });
}

/** The same query with every filter cleared, search and sort kept. */
export function withoutFilters(query: TableQuery): TableQuery {
  return Object.freeze({ ...INITIAL_QUERY, q: query.q, sort: query.sort });
}

/** The same query with the search and every filter cleared, sort kept. */
export function cleared(query: TableQuery): TableQuery {
  return Object.freeze({ ...INITIAL_QUERY, sort: query.sort });
}

/**
 * The sort after a click on a header: the same key flips direction, a new
 * key starts ascending, except last access, which starts with the most
 * recent first because that is what an administrator looks for.
 */
export function nextSort(current: UserSort, key: SortKey): UserSort {
  if (current === key) {
    return `-${key}`;
  }
  if (current === `-${key}`) {
    return key;
  }
  return key === 'lastAccessAt' ? '-lastAccessAt' : key;
}

/** The `aria-sort` value of a header sorting by `key`, if it is sorted. */
export function sortDirection(
  sort: UserSort,
  key: SortKey,
): 'ascending' | 'descending' | undefined {
  if (sort === key) {
    return 'ascending';
  }
  return sort === `-${key}` ? 'descending' : undefined;
}

/** Two queries ask for the same rows (whitespace around the search aside). */
export function sameQuery(a: TableQuery, b: TableQuery): boolean {
  return (
    JSON.stringify(toListUsersQuery(a)) === JSON.stringify(toListUsersQuery(b))
  );
}
