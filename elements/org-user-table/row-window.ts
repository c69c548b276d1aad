/**
 * Renders only the rows of a long list that are in view, plus a few on
 * each side, inside the element that scrolls them.
 *
 * Why not @lit-labs/virtualizer: it weighs 7.9 KB of brotli, a quarter of
 * the 30 KB budget of the three elements with Lit and the SDK (the bundle
 * was 32.4 KB with it, 26 KB with this), and version 2.1 stops following
 * its scroller after the element moves in the document (lit/lit#4232).
 * This handles the one layout the table needs: rows of one height, a few
 * taller.
 *
 * The list element gets its full height and, as top padding, the offset
 * of the first rendered row, both through the CSSOM (`element.style`),
 * which a strict `style-src` Content-Security-Policy allows; the rows
 * themselves are in normal flow, so a row that grows (expanded) simply
 * pushes the next ones down and is measured after it renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RowHeights } from './row-heights.js';

/** How a {@link RowWindow} reports to its element. */
export interface RowWindowOptions {
  /** Called when the range of rendered rows changes. */
  readonly onRange: (first: number, last: number) => void;
  /** Rows rendered beyond each edge of the viewport; default 10. */
  readonly overscan?: number;
}

/** The range of rows to render, following the scroll position. */
export class RowWindow implements ReactiveController {
  /** The first rendered row. */
  first = 0;
  /** The last rendered row; below `first` when none is. */
  last = -1;
  /** Row offsets, from measured heights. */
  readonly heights = new RowHeights();

  readonly #host: ReactiveControllerHost;
  readonly #options: RowWindowOptions;
  #count = 0;
  #measured = false;
  #scroller: HTMLElement | null = null;
  #list: HTMLElement | null = null;
  #resize: ResizeObserver | null = null;

  constructor(host: ReactiveControllerHost, options: RowWindowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** How many rows the list has. */
  get count(): number {
    return this.#count;
  }

  set count(count: number) {
    this.#count = count;
    this.last = Math.min(this.last, count - 1);
  }

  /** The indexes of the rows to render, in order. */
  get indexes(): number[] {
    const indexes: number[] = [];
    for (let index = this.first; index <= this.last; index++) {
      indexes.push(index);
    }
    return indexes;
  }

  /**
   * Follows `scroller` and lays out `list`, whose children carrying
   * `data-index` are the rendered rows. Call after each render with the
   * elements then in the DOM (null when the list is not shown).
   */
  observe(scroller: HTMLElement | null, list: HTMLElement | null): void {
    if (scroller === this.#scroller && list === this.#list) {
      return;
    }
    this.#unobserve();
    this.#scroller = scroller;
    this.#list = list;
    if (scroller) {
      scroller.addEventListener('scroll', this.#update, { passive: true });
      this.#resize = new ResizeObserver(this.#update);
      this.#resize.observe(scroller);
      this.hostUpdated();
    }
  }

  hostDisconnected(): void {
    this.#unobserve();
    this.#scroller = null;
    this.#list = null;
  }

  hostUpdated(): void {
    const scroller = this.#scroller;
    const list = this.#list;
    if (!scroller || !list) {
      return;
    }

    // Rows above the one at the top may turn out taller or shorter than
    // estimated; the scroll position moves with them so the view stays.
    const top = this.#top();
    const anchor = this.heights.indexAt(top, this.#count);
    const before = this.heights.offset(anchor);
    this.#measure(list);
    const shift = this.heights.offset(anchor) - before;
    if (shift !== 0 && anchor > this.first) {
      scroller.scrollTop += shift;
    }

    list.style.blockSize = `${this.heights.offset(this.#count)}px`;
    list.style.paddingBlockStart = `${this.heights.offset(this.first)}px`;
    this.#update();
  }

  #measure(list: HTMLElement): void {
    const rows = list.querySelectorAll<HTMLElement>(':scope > [data-index]');
    const heights = [...rows].map((row) => row.getBoundingClientRect().height);
    // Nothing to learn from rows that are not laid out (a hidden table).
    if (heights.length === 0 || Math.min(...heights) < 1) {
      return;
    }

    // The shortest rendered row is an ordinary one; a new ordinary height
    // (another font size) makes every stored exception stale.
    const ordinary = Math.min(...heights);
    if (!this.#measured || Math.abs(ordinary - this.heights.rowHeight) > 0.5) {
      this.heights.rowHeight = ordinary;
      this.heights.clear();
      this.#measured = true;
    }
    rows.forEach((row, i) => {
      this.heights.set(Number(row.dataset['index']), heights[i]!);
    });
  }

  /** The scroll position from the top of the list, in pixels. */
  #top(): number {
    const scroller = this.#scroller;
    const list = this.#list;
    return scroller && list
      ? Math.max(0, scroller.scrollTop - list.offsetTop)
      : 0;
  }

  readonly #update = (): void => {
    const scroller = this.#scroller;
    if (!scroller || this.#count === 0) {
      return;
    }
    const overscan = this.#options.overscan ?? 10;
    const top = this.#top();
    const start = this.heights.indexAt(top, this.#count);
    const end = this.heights.indexAt(top + scroller.clientHeight, this.#count);
    const first = Math.max(0, start - overscan);
    // However tall the viewport, a bounded number of rows is rendered.
    const last = Math.min(this.#count - 1, end + overscan, first + 200);

    if (first !== this.first || last !== this.last) {
      this.first = first;
      this.last = last;
      this.#options.onRange(first, last);
      // Later, not now: this may run inside the element's update.
      queueMicrotask(() => this.#host.requestUpdate());
    }
  };

  #unobserve(): void {
    this.#scroller?.removeEventListener('scroll', this.#update);
    this.#resize?.disconnect();
    this.#resize = null;
  }
}
