import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { isApiError } from './api-error.js';
import { sleep } from './sleep.js';
import {
  API,
  problem,
  rejection,
  SEATS,
  testClient,
  useServer,
} from './test-harness.js';

const server = useServer();

/**
 * A handler that answers only once its request is aborted; `arrived`
 * resolves when a request reaches it, and `arrivals` counts them.
 */
function hanging(url = `${API}/seats`): {
  arrived: Promise<void>;
  arrivals: () => number;
} {
  let arrivals = 0;
  let signalArrival = (): void => {};
  const arrived = new Promise<void>((resolve) => (signalArrival = resolve));
  server.use(
    http.get(url, ({ request }) => {
      arrivals += 1;
      signalArrival();
      return new Promise<Response>((resolve) => {
        request.signal.addEventListener('abort', () =>
          resolve(HttpResponse.json(SEATS)),
        );
      });
    }),
  );
  return { arrived, arrivals: () => arrivals };
}

describe('timeouts and aborts', () => {
  describe('timeout', () => {
    it('rejects an attempt without an answer with timeout', async () => {
      const seats = hanging();
      const { client } = testClient({
        timeoutMs: 20,
        retry: { maxAttempts: 1 },
      });

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'timeout'));
      assert.equal(error.status, 0);
      assert.equal(error.request.url, `${API}/seats`);
      assert.equal(seats.arrivals(), 1);
    });

    it('retries a timed-out GET before giving up', async () => {
      const seats = hanging();
      const { client, waits } = testClient({
        timeoutMs: 20,
        retry: { maxAttempts: 2 },
      });

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'timeout'));
      assert.equal(seats.arrivals(), 2);
      assert.equal(waits.length, 1);
    });
  });

  describe("the caller's signal", () => {
    it('rejects with the AbortError of abort() while waiting', async () => {
      const seats = hanging();
      const { client } = testClient();
      const controller = new AbortController();

      const call = client.getSeatSummary('org_1', {
        signal: controller.signal,
      });
      await seats.arrived;
      controller.abort();
      const error = await rejection(call);

      assert.ok(error instanceof DOMException);
      assert.equal(error.name, 'AbortError');
      assert.equal(error, controller.signal.reason);
      assert.equal(seats.arrivals(), 1);
    });

    it('rejects with the reason given to abort(reason)', async () => {
      const groups = hanging(`${API}/groups`);
      const { client } = testClient();
      const controller = new AbortController();
      const reason = new Error('navigated away');

      const call = client.listGroups('org_1', { signal: controller.signal });
      await groups.arrived;
      controller.abort(reason);

      assert.equal(await rejection(call), reason);
      assert.equal(groups.arrivals(), 1);
    });

    it('sends nothing when already aborted', async () => {
      const seats = hanging();
      const { client } = testClient();

      const error = await rejection(
        client.getSeatSummary('org_1', { signal: AbortSignal.abort() }),
      );

      assert.equal((error as Error).name, 'AbortError');
      assert.equal(seats.arrivals(), 0);
    });

    it('stops a Retry-After wait and sends no retry', async () => {
      let arrivals = 0;
      server.use(
        http.get(`${API}/seats`, () => {
          arrivals += 1;
          return problem(429, 'rate_limited', {
            headers: { 'Retry-After': '30' },
          });
        }),
      );
      const controller = new AbortController();
      let startWaiting = (): void => {};
      const waiting = new Promise<void>((resolve) => (startWaiting = resolve));
      const { client } = testClient({}, (ms, signal) => {
        startWaiting();
        return sleep(ms, signal);
      });

      const call = client.getSeatSummary('org_1', {
        signal: controller.signal,
      });
      await waiting;
      controller.abort();
      const error = await rejection(call);

      assert.equal((error as Error).name, 'AbortError');
      assert.equal(arrivals, 1);
    });
  });
});

describe('aborting a token refresh', () => {
  it('rejects the caller at once and lets the refresh finish', async () => {
    let finishRefresh = (_token: string): void => {};
    let refreshStarted = (): void => {};
    const started = new Promise<void>((resolve) => (refreshStarted = resolve));
    const { client } = testClient({
      token: undefined,
      getToken: ({ forceRefresh }) => {
        if (!forceRefresh) {
          return 'old';
        }
        refreshStarted();
        return new Promise<string>((resolve) => (finishRefresh = resolve));
      },
    });
    const arrived: string[] = [];
    server.use(
      http.get(`${API}/seats`, ({ request }) => {
        const authorization = request.headers.get('Authorization') ?? '';
        arrived.push(authorization);
        return authorization === 'Bearer new'
          ? HttpResponse.json(SEATS)
          : problem(401, 'unauthorized');
      }),
    );
    const controller = new AbortController();

    const aborted = client.getSeatSummary('org_1', {
      signal: controller.signal,
    });
    await started;
    const other = client.getSeatSummary('org_1');
    controller.abort();
    const error = await rejection(aborted);
    finishRefresh('new');

    assert.equal((error as Error).name, 'AbortError');
    assert.deepEqual(await other, SEATS);
    assert.deepEqual(arrived, ['Bearer old', 'Bearer new']);
  });
});
