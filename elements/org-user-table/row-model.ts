/**
 * A sparse, bounded model of a cursor-paginated list: rows load page by
 * page as the visible range asks for them, and only a few pages stay in
 * memory, so a list of 100,000 rows costs what a screenful does.
 *
 * Cursors are opaque, so reaching page 500 means following the chain of
 * `nextCursor`s from the last page whose cursor is known. Every cursor
 * seen is kept (a short string per page), so coming back to a page costs
 * one request.
 */

/** One page as `listUsers` answers it. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly nextCursor: string | null;
}

/** Fetches the page that starts at `cursor` (the first page without). */
export type PageFetcher<T> = (
  cursor: string | undefined,
  signal: AbortSignal,
) => Promise<Page<T>>;

/** How a row model is built. */
export interface RowModelOptions<T> {
  /** The page size the fetcher uses; every page but the last is full. */
  readonly pageSize: number;
  readonly fetchPage: PageFetcher<T>;
  /** Called after rows arrive, the total changes, or a fetch fails. */
  readonly onChange: () => void;
  /** Pages kept in memory besides those in view; default 20. */
  readonly maxPages?: number;
  /**
   * The model this one replaces for the same query. Its pages stay on
   * show, marked stale, until fresh ones replace them, so a refresh keeps
   * the rows in view instead of blanking them.
   */
  readonly previous?: RowModel<T>;
}

/** The rows of one query, loaded on demand. */
export class RowModel<T> {
  /** How many rows match, as last reported by the server. */
  total: number;
  /**
   * The rows by index, `undefined` where not loaded. A new array whenever
   * the total changes; mutated in place when rows arrive.
   */
  rows: (T | undefined)[];
  /** The error of the last failed fetch, until `retry()`. */
  error: unknown = undefined;

  readonly #options: RowModelOptions<T>;
  readonly #pages = new Map<number, readonly T[]>();
  readonly #fresh = new Set<number>();
  readonly #cursors: (string | null | undefined)[] = [];
  readonly #abort = new AbortController();
  #first = 0;
  #last = -1;
  #running = false;

  constructor(firstPage: Page<T>, options: RowModelOptions<T>) {
    this.#options = options;
    this.total = firstPage.total;
    this.rows = new Array<T | undefined>(firstPage.total);

    const previous = options.previous;
    for (const [index, items] of previous ? previous.#pages : []) {
      if (index > 0 && index * options.pageSize < this.total) {
        this.#store(index, items);
      }
    }
    this.#accept(0, firstPage);
  }

  /** Whether the row at `index` shows data that a refresh has not renewed. */
  isStale(index: number): boolean {
    const page = Math.floor(index / this.#options.pageSize);
    return this.rows[index] !== undefined && !this.#fresh.has(page);
  }

  /** Whether a page is being fetched. */
  get loading(): boolean {
    return this.#running;
  }

  /** Asks for the rows `first` to `last` (inclusive) to be loaded. */
  request(first: number, last: number): void {
    this.#first = Math.max(0, first);
    this.#last = Math.min(last, this.total - 1);
    void this.#pump();
  }

  /** Clears the last error and resumes loading the requested rows. */
  retry(): void {
    this.error = undefined;
    this.#options.onChange();
    void this.#pump();
  }

  /** Stops every fetch; the model is not used afterwards. */
  dispose(): void {
    this.#abort.abort();
  }

  async #pump(): Promise<void> {
    if (this.#running || this.error !== undefined) {
      return;
    }
    this.#running = true;

    try {
      for (;;) {
        const target = this.#nextWanted();
        if (target === undefined || this.#abort.signal.aborted) {
          break;
        }

        const from = this.#startOfWalk(target);
        if (from === undefined) {
          break;
        }

        const cursor = from === 0 ? undefined : this.#cursors[from];
        const page = await this.#options.fetchPage(
          cursor ?? undefined,
          this.#abort.signal,
        );
        if (this.#abort.signal.aborted) {
          break;
        }
        this.#accept(from, page);
        this.#options.onChange();
      }
    } catch (error) {
      if (!this.#abort.signal.aborted) {
        this.error = error;
        this.#options.onChange();
      }
    } finally {
      this.#running = false;
    }
  }

  /** The first page in the requested range that is not fresh. */
  #nextWanted(): number | undefined {
    const size = this.#options.pageSize;
    const lastPage = Math.floor(this.#last / size);

    for (let page = Math.floor(this.#first / size); page <= lastPage; page++) {
      if (!this.#fresh.has(page)) {
        return page;
      }
    }
    return undefined;
  }

  /**
   * The page to fetch on the way to `target`: the target itself when its
   * cursor is known, otherwise the furthest earlier page whose cursor is.
   * Undefined when the chain ends before the target (the list shrank).
   */
  #startOfWalk(target: number): number | undefined {
    for (let page = target; page > 0; page--) {
      const cursor = this.#cursors[page];
      if (cursor === null) {
        return undefined;
      }
      if (cursor !== undefined) {
        return page;
      }
    }
    return 0;
  }

  #accept(index: number, page: Page<T>): void {
    const size = this.#options.pageSize;

    this.#cursors[index + 1] = page.nextCursor;

    const end =
      page.nextCursor === null ? index * size + page.items.length : page.total;
    this.#resize(Math.min(page.total, end));

    // A page passed on the way to a far one only leaves its cursor.
    if (this.#isNear(index)) {
      this.#store(index, page.items);
      this.#fresh.add(index);
      this.#evict();
    }
  }

  #resize(total: number): void {
    if (total === this.total) {
      return;
    }
    const rows = new Array<T | undefined>(total);

    for (const [index, items] of this.#pages) {
      this.#place(rows, index, items);
    }
    this.total = total;
    this.rows = rows;
    this.#last = Math.min(this.#last, total - 1);
  }

  #store(index: number, items: readonly T[]): void {
    const old = this.#pages.get(index);
    if (old) {
      this.#clear(index, old.length);
    }
    this.#pages.set(index, items);
    this.#place(this.rows, index, items);
  }

  #place(rows: (T | undefined)[], index: number, items: readonly T[]): void {
    const start = index * this.#options.pageSize;
    const end = Math.min(rows.length, start + items.length);

    for (let row = start; row < end; row++) {
      rows[row] = items[row - start];
    }
  }

  #clear(index: number, count: number): void {
    const start = index * this.#options.pageSize;
    const end = Math.min(this.rows.length, start + count);

    for (let row = start; row < end; row++) {
      this.rows[row] = undefined;
    }
  }

  /** Whether a page is in view or next to it, so worth keeping. */
  #isNear(index: number): boolean {
    const size = this.#options.pageSize;
    return (
      index >= Math.floor(this.#first / size) - 1 &&
      index <= Math.floor(this.#last / size) + 1
    );
  }

  /** Drops the pages furthest from view beyond the memory budget. */
  #evict(): void {
    const max = this.#options.maxPages ?? 20;
    if (this.#pages.size <= max) {
      return;
    }
    const center = (this.#first + this.#last) / 2 / this.#options.pageSize;
    const byDistance = [...this.#pages.keys()]
      .filter((index) => !this.#isNear(index))
      .sort((a, b) => Math.abs(b - center) - Math.abs(a - center));

    for (const index of byDistance.slice(0, this.#pages.size - max)) {
      this.#clear(index, this.#pages.get(index)?.length ?? 0);
      this.#pages.delete(index);
      this.#fresh.delete(index);
    }
  }
}
