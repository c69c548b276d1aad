/**
 * The table's columns: their ids, the default set and order, and how the
 * `columns` attribute is read.
 */
import type { SortKey } from './query.js';

/** Every column the table can show, in the default order. */
export const COLUMN_IDS = Object.freeze([
  'user',
  'email',
  'org-role',
  'space-roles',
  'groups',
  'two-factor',
  'status',
  'last-access',
  'actions',
] as const);

/** One column's id, as written in the `columns` attribute. */
export type ColumnId = (typeof COLUMN_IDS)[number];

/** The sort key of each sortable column. */
export const SORT_KEYS: Readonly<Partial<Record<ColumnId, SortKey>>> =
  Object.freeze({
    user: 'username',
    email: 'email',
    'last-access': 'lastAccessAt',
  });

/** Whether `value` names a column. */
export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value);
}

/**
 * The columns named in a comma- or space-separated list, in its order,
 * unknown names and repeats skipped. An empty or missing list means every
 * column.
 */
export function parseColumns(value: string | null | undefined): ColumnId[] {
  const ids = (value ?? '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(isColumnId);
  const unique = [...new Set(ids)];

  return unique.length ? unique : [...COLUMN_IDS];
}

/** The `columns` attribute for a list of columns. */
export function formatColumns(columns: readonly ColumnId[]): string {
  return columns.join(',');
}
