import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from './random.js';
import { SortedIndex } from './sorted-index.js';

interface Item {
  id: string;
  key: string;
}

describe('SortedIndex', () => {
  it('stays ordered by key then id under inserts and removals', () => {
    const random = new Random(3);
    const index = new SortedIndex<Item>((item) => item.key, 'string');
    const live: Item[] = [];
    for (let i = 0; i < 2000; i++) {
      if (live.length > 0 && random.chance(0.3)) {
        const [gone] = live.splice(random.int(0, live.length - 1), 1);
        assert.ok(index.remove(gone!));
      } else {
        const item = {
          id: `u${random.int(0, 99999)}_${i}`,
          key: `k${random.int(0, 20)}`,
        };
        live.push(item);
        index.insert(item);
      }
    }
    const expected = [...live].sort((a, b) =>
      a.key === b.key ? (a.id < b.id ? -1 : 1) : a.key < b.key ? -1 : 1,
    );
    assert.deepEqual(index.items, expected);
    const fresh = new SortedIndex<Item>((item) => item.key, 'string');
    fresh.load([...live].reverse());
    assert.deepEqual(fresh.items, expected);
  });

  it('finds the bounds around a position that is no longer there', () => {
    const index = new SortedIndex<{ id: string; at: number }>(
      (i) => i.at,
      'number',
    );
    index.load([
      { id: 'a', at: 1 },
      { id: 'b', at: 2 },
      { id: 'c', at: 2 },
      { id: 'd', at: 3 },
    ]);
    assert.equal(index.upperBound(index.items, 2, 'b'), 2);
    assert.equal(index.upperBound(index.items, 2, 'bb'), 2);
    assert.equal(index.lowerBound(index.items, 2, 'c'), 2);
    assert.equal(index.lowerBound(index.items, 9, 'z'), 4);
  });

  it('tracks nothing while unloaded, and sorts on load', () => {
    const index = new SortedIndex<Item>((item) => item.key, 'string');
    index.unload();
    index.insert({ id: 'x', key: 'b' });
    assert.equal(index.loaded, false);
    assert.equal(index.items.length, 0);
    index.load([
      { id: 'y', key: 'b' },
      { id: 'x', key: 'a' },
    ]);
    assert.deepEqual(
      index.items.map((i) => i.id),
      ['x', 'y'],
    );
  });
});
