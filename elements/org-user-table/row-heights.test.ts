import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { RowHeights } from './row-heights.js';

describe('RowHeights', () => {
  it('places uniform rows one height apart', () => {
    const heights = new RowHeights(48);

    assert.equal(heights.offset(0), 0);
    assert.equal(heights.offset(100_000), 4_800_000);
    assert.equal(heights.indexAt(0, 100_000), 0);
    assert.equal(heights.indexAt(47.9, 100_000), 0);
    assert.equal(heights.indexAt(48, 100_000), 1);
    assert.equal(heights.indexAt(251_088, 100_000), 5_231);
  });

  it('shifts the rows after a taller one', () => {
    const heights = new RowHeights(48);
    heights.set(10, 148);

    assert.equal(heights.offset(10), 480);
    assert.equal(heights.offset(11), 628);
    assert.equal(heights.indexAt(500, 100), 10);
    assert.equal(heights.indexAt(627, 100), 10);
    assert.equal(heights.indexAt(628, 100), 11);
    assert.equal(heights.offset(100), 4_900);
  });

  it('combines several exceptions in any order of measurement', () => {
    const heights = new RowHeights(50);
    heights.set(30, 80);
    heights.set(5, 20);

    assert.equal(heights.offset(6), 270);
    assert.equal(heights.offset(30), 1_470);
    assert.equal(heights.offset(31), 1_550);
    assert.equal(heights.indexAt(260, 100), 5);
    assert.equal(heights.indexAt(1_549, 100), 30);
    assert.equal(heights.indexAt(1_550, 100), 31);
  });

  it('forgets a row measured back at the ordinary height', () => {
    const heights = new RowHeights(48);
    heights.set(3, 100);
    heights.set(3, 48);

    assert.equal(heights.offset(10), 480);
  });

  it('clamps positions beyond either end of the list', () => {
    const heights = new RowHeights(48);

    assert.equal(heights.indexAt(-10, 5), 0);
    assert.equal(heights.indexAt(10_000, 5), 4);
    heights.clear();
    assert.equal(heights.offset(5), 240);
  });
});
