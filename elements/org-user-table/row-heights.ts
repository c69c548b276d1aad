/**
 * Where each row of a long list starts, when nearly every row has the same
 * height and a few (an expanded row, a wrapped cell) are taller or
 * shorter. Only the exceptions are stored, so a list of 100,000 rows
 * costs what its handful of unusual rows do.
 */
export class RowHeights {
  /** The height of an ordinary row, in pixels. */
  rowHeight: number;

  /** Rows whose height differs from `rowHeight`: index to difference. */
  readonly #extra = new Map<number, number>();
  #sorted: [number, number][] | null = null;

  constructor(rowHeight = 48) {
    this.rowHeight = rowHeight;
  }

  /** Records the measured height of row `index`. */
  set(index: number, height: number): void {
    const extra = height - this.rowHeight;
    if (Math.abs(extra) < 0.5) {
      if (this.#extra.delete(index)) {
        this.#sorted = null;
      }
      return;
    }
    if (this.#extra.get(index) !== extra) {
      this.#extra.set(index, extra);
      this.#sorted = null;
    }
  }

  /** Forgets every measured exception (a new list, or rows reordered). */
  clear(): void {
    this.#extra.clear();
    this.#sorted = null;
  }

  /** Where row `index` starts; `offset(count)` is the whole height. */
  offset(index: number): number {
    let extra = 0;
    for (const [row, more] of this.#exceptions()) {
      if (row >= index) {
        break;
      }
      extra += more;
    }
    return index * this.rowHeight + extra;
  }

  /** The row at `y` pixels from the top, within `0` and `count - 1`. */
  indexAt(y: number, count: number): number {
    let extra = 0;
    for (const [row, more] of this.#exceptions()) {
      const start = row * this.rowHeight + extra;
      if (y < start) {
        break;
      }
      if (y < start + this.rowHeight + more) {
        return Math.min(row, count - 1);
      }
      extra += more;
    }
    const index = Math.floor((y - extra) / this.rowHeight);
    return Math.max(0, Math.min(index, count - 1));
  }

  #exceptions(): [number, number][] {
    this.#sorted ??= [...this.#extra].sort((a, b) => a[0] - b[0]);
    return this.#sorted;
  }
}
