import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SearchText, searchable } from './search-text.js';

describe('SearchText', () => {
  it('finds every entry containing the query once, in order', () => {
    const entries = [
      { searchKey: 'ana\u0000ana@x' },
      { searchKey: 'bob\u0000bob@x' },
      { searchKey: 'anabel\u0000anabel@x' },
      { searchKey: 'x' },
    ];
    const text = new SearchText(entries);
    assert.deepEqual(text.match('ana'), [0, 2]);
    assert.deepEqual(text.match('@x'), [0, 1, 2]);
    assert.deepEqual(text.match('x'), [0, 1, 2, 3]);
    assert.deepEqual(text.match('zz'), []);
  });

  it('never matches across two entries', () => {
    const entries = [{ searchKey: 'ab' }, { searchKey: 'cd' }];
    const text = new SearchText(entries);
    assert.deepEqual(text.match('bc'), []);
    entries.push({ searchKey: 'bcd' });
    assert.deepEqual(text.match('bc'), [2]);
  });

  it('keeps the separators out of keys and queries', () => {
    assert.equal(searchable('a\u0000b\u0001c'), 'a b c');
  });
});
