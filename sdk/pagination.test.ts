import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { paginate } from './paginate.js';
import type { OrgUser } from './types.js';
import { unwrap } from './unwrap.js';
import { API, rejection, testClient, useServer } from './test-harness.js';

const server = useServer();

/** Seven users served three to a page; records each request's query. */
function sevenUsers(): URLSearchParams[] {
  const queries: URLSearchParams[] = [];
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  server.use(
    http.get(`${API}/users`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      const start = Number(query.get('cursor') ?? '0');
      const end = start + Number(query.get('limit') ?? '3');
      const items = ids.slice(start, end).map((id) => ({ id }) as OrgUser);
      return HttpResponse.json({
        items,
        total: ids.length,
        nextCursor: end < ids.length ? String(end) : null,
      });
    }),
  );
  return queries;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) {
    all.push(item);
  }
  return all;
}

describe('pagination', () => {
  it('iterates every user of every page, then stops', async () => {
    const queries = sevenUsers();
    const { client } = testClient();

    const users = await collect(
      client.iterateUsers('org_1', { limit: 3, status: ['active'] }),
    );

    assert.deepEqual(
      users.map((u) => u.id),
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    );
    assert.deepEqual(
      queries.map((q) => q.get('cursor')),
      [null, '3', '6'],
    );
    assert.ok(queries.every((q) => q.get('status') === 'active'));
  });

  it('starts from the cursor of the query', async () => {
    sevenUsers();
    const { client } = testClient();

    const users = await collect(
      client.iterateUsers('org_1', { limit: 3, cursor: '5' }),
    );

    assert.deepEqual(
      users.map((u) => u.id),
      ['f', 'g'],
    );
  });

  it('fetches no further page after the loop breaks', async () => {
    const queries = sevenUsers();
    const { client } = testClient();

    for await (const user of client.iterateUsers('org_1', { limit: 3 })) {
      if (user.id === 'b') {
        break;
      }
    }

    assert.equal(queries.length, 1);
  });

  it('stops with the reason once the signal aborts', async () => {
    const queries = sevenUsers();
    const { client } = testClient();
    const controller = new AbortController();
    const seen: string[] = [];

    const error = await rejection(
      (async () => {
        const users = client.iterateUsers(
          'org_1',
          { limit: 3 },
          { signal: controller.signal },
        );
        for await (const user of users) {
          seen.push(user.id);
          if (user.id === 'c') {
            controller.abort();
          }
        }
      })(),
    );

    assert.equal((error as Error).name, 'AbortError');
    assert.deepEqual(seen, ['a', 'b', 'c']);
    assert.equal(queries.length, 1);
  });

  it('walks any cursor list of the raw client with paginate', async () => {
    const pages: Record<string, { items: { id: string }[]; next: string }> = {
      first: { items: [{ id: 'i_1' }, { id: 'i_2' }], next: 'p2' },
      p2: { items: [{ id: 'i_3' }], next: '' },
    };
    server.use(
      http.get(`${API}/invitations`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        const page = pages[cursor ?? 'first'];
        return HttpResponse.json({
          items: page?.items ?? [],
          total: 3,
          nextCursor: page?.next || null,
        });
      }),
    );
    const { client } = testClient();

    const invitations = paginate(async (cursor) =>
      unwrap(
        await client.raw.GET('/orgs/{orgId}/invitations', {
          params: { path: { orgId: 'org_1' }, query: { cursor } },
        }),
      ),
    );

    assert.deepEqual(
      (await collect(invitations)).map((i) => i.id),
      ['i_1', 'i_2', 'i_3'],
    );
  });
});
