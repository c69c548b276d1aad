/**
 * Substring search over every account of an organization in one native
 * scan. The folded search keys are joined into one string, so a query is
 * a handful of `indexOf` calls instead of 100,000 `includes` calls; each
 * hit is mapped back to its account by binary search over start offsets.
 *
 * Keys never change (usernames and emails are fixed in the sandbox), so
 * the text only grows: it is rebuilt, once, after accounts were added.
 */
const SEPARATOR = '\u0001';

export interface Searchable {
  readonly searchKey: string;
}

export class SearchText {
  private text = '';
  private starts = new Int32Array(0);
  private indexed = 0;

  constructor(private readonly entries: readonly Searchable[]) {}

  /**
   * The positions in `entries` whose key contains `query`, ascending.
   * `query` must be folded and free of the separator characters.
   */
  match(query: string): number[] {
    this.refresh();
    const hits: number[] = [];
    const { text, starts } = this;
    let from = 0;
    for (;;) {
      const at = text.indexOf(query, from);
      if (at < 0) {
        return hits;
      }
      const entry = entryAt(starts, at);
      hits.push(entry);
      from = entry + 1 < starts.length ? starts[entry + 1]! : text.length;
    }
  }

  private refresh(): void {
    if (this.indexed === this.entries.length) {
      return;
    }
    const keys = this.entries.map((entry) => entry.searchKey);
    const starts = new Int32Array(keys.length);
    let offset = 0;
    keys.forEach((key, i) => {
      starts[i] = offset;
      offset += key.length + SEPARATOR.length;
    });
    this.text = keys.join(SEPARATOR);
    this.starts = starts;
    this.indexed = keys.length;
  }
}

/** The entry whose key holds text offset `at`. */
function entryAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= at) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Removes the characters the joined text uses as separators. */
export function searchable(text: string): string {
  return text.replace(/[\u0000\u0001]/g, ' ');
}
