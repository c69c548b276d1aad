import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { COLUMN_IDS, formatColumns, parseColumns } from './columns.js';

describe('columns', () => {
  it('reads the listed columns in their order', () => {
    assert.deepEqual(parseColumns('status, email,user'), [
      'status',
      'email',
      'user',
    ]);
  });

  it('skips unknown names and repeats', () => {
    assert.deepEqual(parseColumns('email nope email groups'), [
      'email',
      'groups',
    ]);
  });

  it('shows every column when the list is empty', () => {
    assert.deepEqual(parseColumns(''), [...COLUMN_IDS]);
    assert.deepEqual(parseColumns(null), [...COLUMN_IDS]);
    assert.deepEqual(parseColumns('unknown'), [...COLUMN_IDS]);
  });

  it('writes a list back as the attribute', () => {
    assert.equal(formatColumns(['user', 'last-access']), 'user,last-access');
  });
});
