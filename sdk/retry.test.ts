import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { isApiError } from './api-error.js';
import {
  API,
  NOW,
  problem,
  rejection,
  SEATS,
  testClient,
  useServer,
} from './test-harness.js';

const server = useServer();

/** Answers `failures` in turn, then the seat summary; counts arrivals. */
function seatsAfter(...failures: (() => Response)[]): { arrivals: number } {
  const seen = { arrivals: 0 };
  server.use(
    http.get(`${API}/seats`, () => {
      const failure = failures[seen.arrivals];
      seen.arrivals += 1;
      return failure ? failure() : HttpResponse.json(SEATS);
    }),
  );
  return seen;
}

const rateLimited = (retryAfter?: string) => () =>
  problem(429, 'rate_limited', {
    headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter },
  });

describe('retries', () => {
  describe('429', () => {
    it('waits the seconds Retry-After gives, then succeeds', async () => {
      const seen = seatsAfter(rateLimited('2'));
      const { client, waits } = testClient();

      const seats = await client.getSeatSummary('org_1');

      assert.deepEqual(seats, SEATS);
      assert.equal(seen.arrivals, 2);
      assert.deepEqual(waits, [2000]);
    });

    it('waits until the HTTP date Retry-After gives', async () => {
      const at = new Date(NOW + 5000).toUTCString();
      const seen = seatsAfter(rateLimited(at));
      const { client, waits } = testClient();

      await client.getSeatSummary('org_1');

      assert.equal(seen.arrivals, 2);
      assert.deepEqual(waits, [5000]);
    });

    it('retries at once for an HTTP date in the past', async () => {
      const at = new Date(NOW - 60_000).toUTCString();
      seatsAfter(rateLimited(at));
      const { client, waits } = testClient();

      await client.getSeatSummary('org_1');

      assert.deepEqual(waits, [0]);
    });

    it('backs off exponentially without Retry-After', async () => {
      const seen = seatsAfter(rateLimited(), rateLimited(), rateLimited());
      const { client, waits } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'rate_limited'));
      assert.equal(error.status, 429);
      assert.equal(error.retryAfterMs, undefined);
      assert.equal(seen.arrivals, 3);
      // Equal jitter at its middle: 3/4 of 300, then of 600.
      assert.deepEqual(waits, [225, 450]);
    });

    it('caps the backoff at maxDelayMs', async () => {
      const failures = Array.from({ length: 6 }, () => rateLimited());
      seatsAfter(...failures);
      const { client, waits } = testClient({
        retry: { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 3000 },
      });

      await rejection(client.getSeatSummary('org_1'));

      assert.deepEqual(waits, [750, 1500, 2250, 2250, 2250]);
    });

    it('surfaces a Retry-After beyond 60 s instead of waiting', async () => {
      const seen = seatsAfter(rateLimited('120'));
      const { client, waits } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'rate_limited'));
      assert.equal(error.retryAfterMs, 120_000);
      assert.equal(error.requestId, 'req_rate_limited');
      assert.equal(seen.arrivals, 1);
      assert.deepEqual(waits, []);
    });

    it('does not retry when maxAttempts is 1', async () => {
      const seen = seatsAfter(rateLimited('1'));
      const { client } = testClient({ retry: { maxAttempts: 1 } });

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'rate_limited'));
      assert.equal(error.retryAfterMs, 1000);
      assert.equal(seen.arrivals, 1);
    });
  });

  describe('503 and 500', () => {
    it('retries a 503 and resolves with the next answer', async () => {
      const unavailable = () =>
        problem(503, 'service_unavailable', {
          headers: { 'Retry-After': '1' },
        });
      const seen = seatsAfter(unavailable);
      const { client, waits } = testClient();

      assert.deepEqual(await client.getSeatSummary('org_1'), SEATS);
      assert.equal(seen.arrivals, 2);
      assert.deepEqual(waits, [1000]);
    });

    it('gives up on 503 after maxAttempts', async () => {
      const unavailable = () => problem(503, 'service_unavailable');
      const seen = seatsAfter(unavailable, unavailable, unavailable);
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'service_unavailable'));
      assert.equal(seen.arrivals, 3);
    });

    it('never retries a 500, even for a GET', async () => {
      const seen = seatsAfter(() =>
        problem(500, 'internal_error', { detail: 'Database on fire' }),
      );
      const { client, waits } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'internal_error'));
      assert.equal(error.status, 500);
      assert.equal(error.title, 'Title of internal_error');
      assert.equal(error.detail, 'Database on fire');
      assert.equal(error.requestId, 'req_internal_error');
      assert.equal(seen.arrivals, 1);
      assert.deepEqual(waits, []);
    });
  });

  describe('network errors', () => {
    it('retries a dropped connection for a GET', async () => {
      const seen = seatsAfter(() => HttpResponse.error());
      const { client, waits } = testClient();

      assert.deepEqual(await client.getSeatSummary('org_1'), SEATS);
      assert.equal(seen.arrivals, 2);
      assert.deepEqual(waits, [225]);
    });

    it('rejects with network_error when every attempt drops', async () => {
      const drop = () => HttpResponse.error();
      const seen = seatsAfter(drop, drop, drop);
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'network_error'));
      assert.equal(error.status, 0);
      assert.equal(error.request.method, 'GET');
      assert.equal(error.request.url, `${API}/seats`);
      assert.equal(seen.arrivals, 3);
    });
  });
});
