import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MinHeap } from './min-heap.js';
import { Random } from './random.js';

describe('MinHeap', () => {
  it('pops entries by instant, then by sequence', () => {
    const heap = new MinHeap<string>();
    const random = new Random(7);
    const pushed: { at: number; seq: number }[] = [];
    for (let seq = 0; seq < 500; seq++) {
      const at = random.int(0, 50);
      pushed.push({ at, seq });
      heap.push({ at, seq, value: `${at}:${seq}` });
    }
    const popped: string[] = [];
    while (heap.size > 0) {
      popped.push(heap.pop()!.value);
    }
    const expected = pushed
      .sort((a, b) => a.at - b.at || a.seq - b.seq)
      .map((e) => `${e.at}:${e.seq}`);
    assert.deepEqual(popped, expected);
    assert.equal(heap.pop(), undefined);
    assert.equal(heap.peek(), undefined);
  });
});
