import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  cleared,
  hasFilters,
  INITIAL_QUERY,
  isNarrowed,
  nextSort,
  sameQuery,
  sortDirection,
  toListUsersQuery,
  withFilter,
  withoutFilters,
} from './query.js';

describe('query', () => {
  it('sends only the sort for the initial query', () => {
    assert.deepEqual(toListUsersQuery(INITIAL_QUERY), { sort: 'username' });
  });

  it('trims the search and keeps set filters', () => {
    const query = withFilter(
      withFilter({ ...INITIAL_QUERY, q: '  zoe ' }, 'status', ['invited']),
      'group',
      ['grp_1', 'grp_2'],
    );

    assert.deepEqual(toListUsersQuery(query), {
      q: 'zoe',
      status: ['invited'],
      group: ['grp_1', 'grp_2'],
      sort: 'username',
    });
  });

  it('tells filters and search apart', () => {
    const searched = { ...INITIAL_QUERY, q: 'x' };
    const filtered = withFilter(INITIAL_QUERY, 'orgRole', ['owner']);

    assert.equal(hasFilters(searched), false);
    assert.equal(isNarrowed(searched), true);
    assert.equal(hasFilters(filtered), true);
    assert.equal(isNarrowed({ ...INITIAL_QUERY, q: '   ' }), false);
  });

  it('clears search and filters but keeps the sort', () => {
    const query = withFilter(
      { ...INITIAL_QUERY, q: 'x', sort: '-email' },
      'spaceRole',
      ['admin'],
    );

    assert.deepEqual(cleared(query), { ...INITIAL_QUERY, sort: '-email' });
  });

  it('clears only the filters, keeping search and sort', () => {
    const query = withFilter(
      { ...INITIAL_QUERY, q: 'x', sort: 'email' },
      'group',
      ['grp_1'],
    );

    assert.deepEqual(withoutFilters(query), {
      ...INITIAL_QUERY,
      q: 'x',
      sort: 'email',
    });
  });

  it('flips the direction of the sorted column', () => {
    assert.equal(nextSort('username', 'username'), '-username');
    assert.equal(nextSort('-username', 'username'), 'username');
  });

  it('starts a new column ascending, last access most recent first', () => {
    assert.equal(nextSort('username', 'email'), 'email');
    assert.equal(nextSort('username', 'lastAccessAt'), '-lastAccessAt');
  });

  it('names the aria-sort of a header', () => {
    assert.equal(sortDirection('email', 'email'), 'ascending');
    assert.equal(sortDirection('-email', 'email'), 'descending');
    assert.equal(sortDirection('-email', 'username'), undefined);
  });

  it('compares queries by what they ask the server', () => {
    assert.equal(
      sameQuery({ ...INITIAL_QUERY, q: 'a ' }, { ...INITIAL_QUERY, q: 'a' }),
      true,
    );
    assert.equal(
      sameQuery(INITIAL_QUERY, { ...INITIAL_QUERY, sort: 'email' }),
      false,
    );
  });
});
