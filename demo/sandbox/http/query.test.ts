import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery, type QuerySpec } from './query.js';

const spec: QuerySpec = {
  q: { kind: 'string', maxLength: 5 },
  limit: { kind: 'int', min: 1, max: 200 },
  sort: { kind: 'enum', values: ['a', '-a'] },
  role: { kind: 'array', values: ['x', 'y'] },
};

describe('parseQuery', () => {
  it('reads strings, integers, enums and comma-separated arrays', () => {
    const parsed = parseQuery(
      new URLSearchParams('q=ab&limit=20&sort=-a&role=x,y'),
      spec,
    );
    assert.deepEqual(parsed, {
      values: { q: 'ab', limit: 20, sort: '-a', role: ['x', 'y'] },
      errors: [],
    });
  });

  it('reports each problem with its location', () => {
    const parsed = parseQuery(
      new URLSearchParams('q=toolong&limit=0&sort=b&role=z&role=x&other=1'),
      spec,
    );
    assert.deepEqual(
      parsed.errors.map((e) => e.location),
      [
        'query.q',
        'query.limit',
        'query.sort',
        'query.role',
        'query.role',
        'query.other',
      ],
    );
  });

  it('treats names of Object.prototype as unknown parameters', () => {
    const parsed = parseQuery(
      new URLSearchParams('constructor=1&toString=2'),
      spec,
    );
    assert.equal(parsed.errors.length, 2);
  });
});
