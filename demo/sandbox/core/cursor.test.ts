import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCursor, encodeCursor } from './cursor.js';
import { isRefusal } from './refusal.js';

describe('cursors', () => {
  it('round-trip a position, Unicode keys included', () => {
    for (const key of ['zoë martin', '渡辺', 1772701200000, -1]) {
      const cursor = encodeCursor({ scope: 'users:username', key, id: 'u1' });
      assert.match(cursor, /^[A-Za-z0-9_-]+$/);
      assert.deepEqual(decodeCursor(cursor, 'users:username'), {
        scope: 'users:username',
        key,
        id: 'u1',
      });
    }
  });

  it('refuse damaged cursors and cursors of another scope', () => {
    const cursor = encodeCursor({ scope: 'users:email', key: 'a', id: 'u1' });
    for (const [text, scope] of [
      [cursor, 'users:username'],
      ['%%%', 'users:email'],
      [cursor.slice(0, -3), 'users:email'],
      [btoa('[2,"users:email","a","u1"]'), 'users:email'],
    ] as const) {
      assert.throws(
        () => decodeCursor(text, scope),
        (error) => isRefusal(error, 'validation_failed'),
      );
    }
  });
});
