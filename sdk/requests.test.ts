import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createTransport } from './transport.js';
import { TokenSource } from './token-source.js';
import {
  API,
  problem,
  rejection,
  testClient,
  useServer,
} from './test-harness.js';

const server = useServer();
const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const PAGE = { items: [], total: 0, nextCursor: null };

const USER = {
  id: 'u_1',
  username: 'Zoë',
  email: 'zoe@example.test',
  avatarUrl: null,
  orgRole: null,
  status: 'reauthentication_required',
  twoFactor: 'active',
  authStatus: 'reauthentication_required',
  lastAccessAt: null,
  spaceRoles: [],
  groups: [],
  billableReasons: { owner: false, spaces: [], invitations: [] },
  invitationExpiresAt: null,
  version: 'v8',
};

/** Records each request's headers to `seen` and answers `answer`. */
function recordHeaders(seen: Headers[], answer: () => Response) {
  return ({ request }: { request: Request }) => {
    seen.push(request.headers);
    return answer();
  };
}

describe('requests', () => {
  describe('query', () => {
    it('sends array filters comma-separated', async () => {
      let search = '';
      server.use(
        http.get(`${API}/users`, ({ request }) => {
          search = new URL(request.url).search;
          return HttpResponse.json(PAGE);
        }),
      );
      const { client } = testClient();

      await client.listUsers('org_1', {
        q: 'zoë +tag',
        spaceRole: ['admin', 'member'],
        status: ['active', 'invited'],
        orgRole: ['owner'],
        group: ['g_1', 'g_2'],
        sort: '-lastAccessAt',
        limit: 200,
      });

      assert.equal(
        search,
        '?q=zo%C3%AB%20%2Btag&spaceRole=admin,member&status=active,invited' +
          '&orgRole=owner&group=g_1,g_2&sort=-lastAccessAt&limit=200',
      );
    });

    it('leaves out empty arrays and missing values', async () => {
      let search = 'not called';
      server.use(
        http.get(`${API}/users`, ({ request }) => {
          search = new URL(request.url).search;
          return HttpResponse.json(PAGE);
        }),
      );
      const { client } = testClient();

      await client.listUsers('org_1', { spaceRole: [], q: undefined });

      assert.equal(search, '');
    });
  });

  describe('headers', () => {
    it('sends the configured headers and asks for JSON', async () => {
      const seen: Headers[] = [];
      server.use(
        http.get(
          `${API}/groups`,
          recordHeaders(seen, () => HttpResponse.json({ items: [] })),
        ),
      );
      const { client } = testClient({ headers: { 'X-Trace': 't-1' } });

      await client.listGroups('org_1');

      assert.equal(seen[0]?.get('X-Trace'), 't-1');
      assert.match(seen[0]?.get('Accept') ?? '', /application\/problem\+json/);
      assert.equal(seen[0]?.has('Idempotency-Key'), false);
    });

    for (const [given, sent] of [
      ['v7', '"v7"'],
      ['"v7"', '"v7"'],
      ['W/"v7"', 'W/"v7"'],
    ]) {
      it(`sends ifMatch ${given} as If-Match ${sent}`, async () => {
        const seen: Headers[] = [];
        server.use(
          http.post(
            `${API}/users/u_1/reauthenticate`,
            recordHeaders(seen, () => HttpResponse.json(USER)),
          ),
        );
        const { client } = testClient();

        await client.reauthenticateUser('org_1', 'u_1', { ifMatch: given });

        assert.equal(seen[0]?.get('If-Match'), sent);
      });
    }

    it('gives each action call a fresh Idempotency-Key', async () => {
      const seen: Headers[] = [];
      server.use(
        http.post(
          `${API}/users/u_1/reauthenticate`,
          recordHeaders(seen, () => HttpResponse.json(USER)),
        ),
      );
      const { client } = testClient();

      await client.reauthenticateUser('org_1', 'u_1');
      await client.reauthenticateUser('org_1', 'u_1');

      const [first, second] = seen.map((h) => h.get('Idempotency-Key'));
      assert.match(first ?? '', UUID);
      assert.match(second ?? '', UUID);
      assert.notEqual(first, second);
      assert.equal(seen[0]?.has('If-Match'), false);
    });

    it('sends the Idempotency-Key a caller gives', async () => {
      const seen: Headers[] = [];
      server.use(
        http.delete(
          `${API}/owners/u_1`,
          recordHeaders(seen, () => new HttpResponse(null, { status: 204 })),
        ),
      );
      const { client } = testClient();

      await client.removeOwner('org_1', 'u_1', { idempotencyKey: 'k-1' });

      assert.equal(seen[0]?.get('Idempotency-Key'), 'k-1');
    });
  });

  describe('a retried write', () => {
    it('arrives again with the same key and body and applies once', async () => {
      const arrivals: { key: string | null; body: unknown }[] = [];
      const applied = new Map<string, unknown>();
      let effects = 0;
      server.use(
        http.post(`${API}/invitations`, async ({ request }) => {
          const key = request.headers.get('Idempotency-Key');
          const body = await request.json();
          arrivals.push({ key, body });
          if (arrivals.length === 1) {
            // The effect is applied, but the answer is lost on the way.
            effects += 1;
            applied.set(key ?? '', body);
            return problem(503, 'service_unavailable', {
              headers: { 'Retry-After': '1' },
            });
          }
          if (!applied.has(key ?? '')) {
            effects += 1;
            applied.set(key ?? '', body);
          }
          return HttpResponse.json({ items: [] }, { status: 201 });
        }),
      );
      const { client, waits } = testClient();
      const body = {
        spaceId: 's_1',
        role: 'member' as const,
        emails: ['a@example.test', 'zoë@example.test'],
      };

      const { data } = await client.raw.POST('/orgs/{orgId}/invitations', {
        params: { path: { orgId: 'org_1' } },
        body,
      });

      assert.deepEqual(data, { items: [] });
      assert.equal(arrivals.length, 2);
      assert.match(arrivals[0]?.key ?? '', UUID);
      assert.equal(arrivals[1]?.key, arrivals[0]?.key);
      assert.deepEqual(arrivals[0]?.body, body);
      assert.deepEqual(arrivals[1]?.body, body);
      assert.equal(effects, 1);
      assert.deepEqual(waits, [1000]);
    });

    it('keeps the key of an action helper across its retries', async () => {
      const keys: (string | null)[] = [];
      server.use(
        http.delete(`${API}/users/u_1`, ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return keys.length === 1
            ? HttpResponse.error()
            : problem(404, 'not_an_organization_user');
        }),
      );
      const { client } = testClient();

      await rejection(client.deleteUser('org_1', 'u_1', { ifMatch: 'v1' }));

      assert.equal(keys.length, 2);
      assert.equal(keys[1], keys[0]);
    });
  });

  describe('without an idempotency key', () => {
    const options = {
      tokens: new TokenSource('t', undefined),
      timeoutMs: 1000,
      maxAttempts: 3,
      baseDelayMs: 1,
      maxDelayMs: 1,
      maxRetryAfterMs: 60_000,
      sleep: async () => {},
      random: () => 0,
      now: () => 0,
    };

    it('does not retry a POST answered 503', async () => {
      let arrivals = 0;
      const send = createTransport({
        ...options,
        fetch: async () => {
          arrivals += 1;
          return new Response(null, { status: 503 });
        },
      });

      const response = await send(
        new Request('https://api.example.test/v1/x', { method: 'POST' }),
      );

      assert.equal(response.status, 503);
      assert.equal(arrivals, 1);
    });

    it('does not retry a POST whose connection dropped', async () => {
      let arrivals = 0;
      const send = createTransport({
        ...options,
        fetch: async () => {
          arrivals += 1;
          throw new TypeError('fetch failed');
        },
      });

      const error = await rejection(
        send(new Request('https://api.example.test/v1/x', { method: 'POST' })),
      );

      assert.equal((error as { code?: string }).code, 'network_error');
      assert.equal(arrivals, 1);
    });
  });
});
