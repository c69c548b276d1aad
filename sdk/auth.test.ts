import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { isApiError } from './api-error.js';
import type { TokenContext } from './token-source.js';
import {
  API,
  problem,
  rejection,
  SEATS,
  testClient,
  TOKEN,
  useServer,
} from './test-harness.js';

const server = useServer();

/** Accepts only `valid` as bearer token; records what arrived. */
function acceptOnly(valid: string): string[] {
  const arrived: string[] = [];
  server.use(
    http.get(`${API}/seats`, ({ request }) => {
      const authorization = request.headers.get('Authorization') ?? '';
      arrived.push(authorization);
      return authorization === `Bearer ${valid}`
        ? HttpResponse.json(SEATS)
        : problem(401, 'unauthorized');
    }),
  );
  return arrived;
}

/** A getToken handing out `tok_1`, `tok_2`, ... on each refresh. */
function rotatingTokens(): {
  getToken: (ctx: TokenContext) => Promise<string>;
  calls: TokenContext[];
} {
  const calls: TokenContext[] = [];
  let generation = 1;
  return {
    calls,
    getToken: async (ctx) => {
      calls.push(ctx);
      if (ctx.forceRefresh) {
        generation += 1;
      }
      return `tok_${generation}`;
    },
  };
}

describe('authentication', () => {
  it('sends a static token as a bearer token', async () => {
    const arrived = acceptOnly(TOKEN);
    const { client } = testClient();

    await client.getSeatSummary('org_1');

    assert.deepEqual(arrived, [`Bearer ${TOKEN}`]);
  });

  it('rejects a refused static token with unauthorized, once', async () => {
    const arrived = acceptOnly('another');
    const { client } = testClient();

    const error = await rejection(client.getSeatSummary('org_1'));

    assert.ok(isApiError(error, 'unauthorized'));
    assert.equal(error.status, 401);
    assert.equal(arrived.length, 1);
  });

  it('asks getToken without forcing a refresh first', async () => {
    const arrived = acceptOnly('tok_1');
    const tokens = rotatingTokens();
    const { client } = testClient({ token: undefined, ...tokens });

    await client.getSeatSummary('org_1');

    assert.deepEqual(tokens.calls, [{ forceRefresh: false }]);
    assert.deepEqual(arrived, ['Bearer tok_1']);
  });

  it('refreshes once after a 401 and retries with the new token', async () => {
    const arrived = acceptOnly('tok_2');
    const tokens = rotatingTokens();
    const { client } = testClient({ token: undefined, ...tokens });

    assert.deepEqual(await client.getSeatSummary('org_1'), SEATS);
    assert.deepEqual(tokens.calls, [
      { forceRefresh: false },
      { forceRefresh: true },
    ]);
    assert.deepEqual(arrived, ['Bearer tok_1', 'Bearer tok_2']);
  });

  it('rejects a second 401 with unauthorized', async () => {
    const arrived = acceptOnly('never');
    const tokens = rotatingTokens();
    const { client } = testClient({ token: undefined, ...tokens });

    const error = await rejection(client.getSeatSummary('org_1'));

    assert.ok(isApiError(error, 'unauthorized'));
    assert.equal(arrived.length, 2);
    const refreshes = tokens.calls.filter((c) => c.forceRefresh);
    assert.equal(refreshes.length, 1);
  });

  it('shares one refresh among three parallel 401s', async () => {
    const arrived = acceptOnly('tok_2');
    const tokens = rotatingTokens();
    const { client } = testClient({ token: undefined, ...tokens });

    const results = await Promise.all([
      client.getSeatSummary('org_1'),
      client.getSeatSummary('org_1'),
      client.getSeatSummary('org_1'),
    ]);

    assert.deepEqual(results, [SEATS, SEATS, SEATS]);
    const refreshes = tokens.calls.filter((c) => c.forceRefresh);
    assert.equal(refreshes.length, 1);
    assert.equal(arrived.filter((a) => a === 'Bearer tok_1').length, 3);
    assert.equal(arrived.filter((a) => a === 'Bearer tok_2').length, 3);
  });

  it('shares the refresh with a 401 that arrives after it ended', async () => {
    const tokens = rotatingTokens();
    const { client } = testClient({ token: undefined, ...tokens });
    let release = (): void => {};
    const late = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`${API}/seats`, async ({ request }) => {
        const ok = request.headers.get('Authorization') === 'Bearer tok_2';
        return ok ? HttpResponse.json(SEATS) : problem(401, 'unauthorized');
      }),
      http.get(`${API}`, async ({ request }) => {
        if (request.headers.get('Authorization') === 'Bearer tok_2') {
          return HttpResponse.json({ id: 'org_1' });
        }
        await late;
        return problem(401, 'unauthorized');
      }),
    );

    // The organization read sent tok_1 and hangs; the seat read refreshes
    // to tok_2 and succeeds; only then does the first 401 arrive.
    const slow = client.raw.GET('/orgs/{orgId}', {
      params: { path: { orgId: 'org_1' } },
    });
    await client.getSeatSummary('org_1');
    release();
    const { data } = await slow;

    assert.deepEqual(data, { id: 'org_1' });
    const refreshes = tokens.calls.filter((c) => c.forceRefresh);
    assert.equal(refreshes.length, 1);
  });

  it('rejects with the error getToken throws', async () => {
    acceptOnly('tok_1');
    const failure = new Error('session ended');
    const { client } = testClient({
      token: undefined,
      getToken: () => {
        throw failure;
      },
    });

    assert.equal(await rejection(client.getSeatSummary('org_1')), failure);
  });
});

describe('the token stays secret', () => {
  const secret = 'tok_do_not_leak_4242';

  /** Every string an error exposes: message, stack, fields, JSON. */
  function exposed(error: unknown): string {
    assert.ok(isApiError(error));
    return [
      error.message,
      error.stack ?? '',
      JSON.stringify(error),
      JSON.stringify(error.request),
      String(error),
    ].join('\n');
  }

  it('is in no part of an unauthorized error', async () => {
    acceptOnly('other');
    const { client } = testClient({ token: secret });

    const error = await rejection(client.getSeatSummary('org_1'));

    assert.ok(isApiError(error, 'unauthorized'));
    assert.ok(!exposed(error).includes(secret));
  });

  it('is in no part of a network error', async () => {
    server.use(http.get(`${API}/seats`, () => HttpResponse.error()));
    const { client } = testClient({ token: secret });

    const error = await rejection(client.getSeatSummary('org_1'));

    assert.ok(isApiError(error, 'network_error'));
    assert.ok(!exposed(error).includes(secret));
  });

  it('is in no part of a malformed_response error', async () => {
    server.use(
      http.get(`${API}/seats`, () =>
        HttpResponse.text('{"billable', {
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    );
    const { client } = testClient({ token: secret });

    const error = await rejection(client.getSeatSummary('org_1'));

    assert.ok(isApiError(error, 'malformed_response'));
    assert.ok(!exposed(error).includes(secret));
  });

  it('is in no part of an error from a refreshed token', async () => {
    acceptOnly('other');
    const { client } = testClient({
      token: undefined,
      getToken: ({ forceRefresh }) => `${secret}_${forceRefresh}`,
    });

    const error = await rejection(client.getSeatSummary('org_1'));

    assert.ok(isApiError(error, 'unauthorized'));
    assert.ok(!exposed(error).includes(secret));
  });
});
