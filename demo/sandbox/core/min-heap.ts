/**
 * A binary min-heap ordered by `(at, seq)`. Pending invitations wait here
 * in expiry order, so reading the list settles exactly the invitations
 * that expired since the last read, without scanning the others.
 */
export interface HeapEntry<T> {
  at: number;
  seq: number;
  value: T;
}

export class MinHeap<T> {
  private readonly items: HeapEntry<T>[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): HeapEntry<T> | undefined {
    return this.items[0];
  }

  push(entry: HeapEntry<T>): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(items[i]!, items[parent]!)) {
        break;
      }
      swap(items, i, parent);
      i = parent;
    }
  }

  pop(): HeapEntry<T> | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      this.sinkFromTop();
    }
    return top;
  }

  private sinkFromTop(): void {
    const items = this.items;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && less(items[left]!, items[smallest]!)) {
        smallest = left;
      }
      if (right < items.length && less(items[right]!, items[smallest]!)) {
        smallest = right;
      }
      if (smallest === i) {
        return;
      }
      swap(items, i, smallest);
      i = smallest;
    }
  }
}

function less<T>(a: HeapEntry<T>, b: HeapEntry<T>): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

function swap<T>(items: T[], i: number, j: number): void {
  const tmp = items[i]!;
  items[i] = items[j]!;
  items[j] = tmp;
}
