import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, isApiError } from './api-error.js';
import { toEtag } from './etag.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { recordOf } from './request-record.js';
import { backoffDelay, parseRetryAfter } from './retry-after.js';
import { sleep } from './sleep.js';

const NOW = Date.parse('2026-03-05T09:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    assert.equal(parseRetryAfter('0', NOW), 0);
    assert.equal(parseRetryAfter(' 120 ', NOW), 120_000);
  });

  it('reads an HTTP date relative to now', () => {
    assert.equal(parseRetryAfter('Thu, 05 Mar 2026 09:00:30 GMT', NOW), 30_000);
  });

  it('reads a past date as no wait', () => {
    assert.equal(parseRetryAfter('Thu, 05 Mar 2026 08:00:00 GMT', NOW), 0);
  });

  it('ignores what is neither', () => {
    assert.equal(parseRetryAfter(null, NOW), undefined);
    assert.equal(parseRetryAfter('', NOW), undefined);
    assert.equal(parseRetryAfter('1.5', NOW), undefined);
    assert.equal(parseRetryAfter('-3', NOW), undefined);
    assert.equal(parseRetryAfter('soon', NOW), undefined);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, with jitter within the upper half', () => {
    assert.equal(
      backoffDelay(1, 300, 10_000, () => 0),
      150,
    );
    assert.equal(
      backoffDelay(1, 300, 10_000, () => 1),
      300,
    );
    assert.equal(
      backoffDelay(3, 300, 10_000, () => 0),
      600,
    );
  });

  it('never exceeds the cap', () => {
    assert.equal(
      backoffDelay(20, 300, 10_000, () => 1),
      10_000,
    );
  });
});

describe('sleep', () => {
  it('resolves after the wait', async () => {
    assert.equal(await sleep(1), undefined);
  });

  it('rejects at once with the reason of an aborted signal', async () => {
    const reason = new Error('stop');
    await assert.rejects(sleep(60_000, AbortSignal.abort(reason)), reason);
  });

  it('rejects with the reason when aborted while waiting', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    await assert.rejects(waiting, { name: 'AbortError' });
  });
});

describe('toEtag', () => {
  it('quotes a bare version and keeps a quoted ETag', () => {
    assert.equal(toEtag('v3'), '"v3"');
    assert.equal(toEtag(' "v3" '), '"v3"');
    assert.equal(toEtag('W/"v3"'), 'W/"v3"');
  });
});

describe('newIdempotencyKey', () => {
  it('makes distinct version 4 UUIDs', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    assert.equal(keys.size, 50);
    for (const key of keys) {
      assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]/);
    }
  });

  it('makes them from random bytes where randomUUID is missing', (t) => {
    // Browsers leave randomUUID out of pages served over plain HTTP.
    Object.defineProperty(crypto, 'randomUUID', {
      value: undefined,
      configurable: true,
    });
    t.after(() => {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    });

    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    assert.equal(keys.size, 50);
    for (const key of keys) {
      assert.match(
        key,
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });
});

describe('recordOf', () => {
  it('drops user info and secret-looking query values', () => {
    const record = recordOf(
      'get',
      'https://me:pw@api.example.test/v1/x?access_token=abc&q=zoe',
    );

    assert.deepEqual(record, {
      method: 'GET',
      url: 'https://api.example.test/v1/x?access_token=redacted&q=zoe',
    });
  });

  it('keeps an ordinary URL byte for byte', () => {
    const url = 'https://api.example.test/v1/u?spaceRole=admin,member';
    assert.equal(recordOf('GET', url).url, url);
  });
});

describe('isApiError', () => {
  const error = new ApiError({
    status: 409,
    code: 'owner_role_held',
    title: 'Owner',
    request: { method: 'DELETE', url: 'https://api.example.test/v1/x' },
  });

  it('recognizes an ApiError, with or without a code', () => {
    assert.equal(isApiError(error), true);
    assert.equal(isApiError(error, 'owner_role_held'), true);
    assert.equal(isApiError(error, 'last_owner'), false);
  });

  it('rejects other values', () => {
    assert.equal(isApiError(new Error('x')), false);
    assert.equal(isApiError({ name: 'ApiError', code: 'x' }), false);
    assert.equal(isApiError(undefined), false);
  });

  it('recognizes an ApiError of another copy of the SDK', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'ApiError',
      code: 'timeout',
      request: { method: 'GET', url: '' },
    });
    assert.equal(isApiError(foreign, 'timeout'), true);
  });
});
