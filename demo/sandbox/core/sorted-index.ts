/**
 * An array kept sorted by `(key, id)` under inserts and removals, so a
 * list request finds its page by binary search instead of sorting every
 * user on every request. Splicing a 100,000-entry array moves memory but
 * stays well under a millisecond.
 *
 * String and number keys get separate comparison functions: one shared
 * function seeing both kinds would be slower in every JavaScript engine.
 */
export type SortKey = string | number;

export interface Keyed {
  readonly id: string;
}

type Compare = (ak: SortKey, aid: string, bk: SortKey, bid: string) => number;

export class SortedIndex<T extends Keyed> {
  readonly items: T[] = [];
  private readonly compare: Compare;
  /** False while the index waits to be sorted; changes are not tracked. */
  private isLoaded = true;

  constructor(
    readonly keyOf: (item: T) => SortKey,
    readonly keyKind: 'string' | 'number',
  ) {
    this.compare = keyKind === 'number' ? compareNumberKeys : compareStringKeys;
  }

  get loaded(): boolean {
    return this.isLoaded;
  }

  /** Empties the index until the next `load()`. */
  unload(): void {
    this.items.length = 0;
    this.isLoaded = false;
  }

  /** Replaces the content with `items`, sorted once. */
  load(items: readonly T[]): void {
    this.isLoaded = true;
    const keyOf = this.keyOf;
    const compare = this.compare;
    const keyed = items.map((item) => ({ key: keyOf(item), item }));
    keyed.sort((a, b) => compare(a.key, a.item.id, b.key, b.item.id));
    this.items.length = 0;
    for (const entry of keyed) {
      this.items.push(entry.item);
    }
  }

  /** Sorts `items` (a few of this index's entries) into its order. */
  sortLike(items: T[]): T[] {
    const keyOf = this.keyOf;
    const compare = this.compare;
    return items.sort((a, b) => compare(keyOf(a), a.id, keyOf(b), b.id));
  }

  insert(item: T): void {
    if (!this.isLoaded) {
      return;
    }
    const at = this.lowerBound(this.items, this.keyOf(item), item.id);
    this.items.splice(at, 0, item);
  }

  /**
   * Removes `item`, found by the key it was inserted with: call this
   * before the key changes.
   */
  remove(item: T): boolean {
    if (!this.isLoaded) {
      return false;
    }
    const at = this.lowerBound(this.items, this.keyOf(item), item.id);
    if (this.items[at] !== item) {
      return false;
    }
    this.items.splice(at, 1);
    return true;
  }

  /**
   * In `items` (this index's items or a subset in the same order), the
   * first position whose entry is not before `(key, id)`.
   */
  lowerBound(items: readonly T[], key: SortKey, id: string): number {
    const keyOf = this.keyOf;
    const compare = this.compare;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const item = items[mid]!;
      if (compare(keyOf(item), item.id, key, id) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** In `items`, the first position whose entry is after `(key, id)`. */
  upperBound(items: readonly T[], key: SortKey, id: string): number {
    const at = this.lowerBound(items, key, id);
    const item = items[at];
    if (item && this.compare(this.keyOf(item), item.id, key, id) === 0) {
      return at + 1;
    }
    return at;
  }
}

function compareStringKeys(
  ak: SortKey,
  aid: string,
  bk: SortKey,
  bid: string,
): number {
  const a = ak as string;
  const b = bk as string;
  if (a !== b) {
    return a < b ? -1 : 1;
  }
  return aid < bid ? -1 : aid > bid ? 1 : 0;
}

function compareNumberKeys(
  ak: SortKey,
  aid: string,
  bk: SortKey,
  bid: string,
): number {
  const a = ak as number;
  const b = bk as number;
  if (a !== b) {
    return a < b ? -1 : 1;
  }
  return aid < bid ? -1 : aid > bid ? 1 : 0;
}
