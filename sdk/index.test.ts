import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('org-user-kit/sdk', () => {
  it('imports in Node without a DOM', async () => {
    assert.equal(
      typeof (globalThis as { window?: unknown }).window,
      'undefined',
    );

    const sdk = await import('./index.js');

    assert.deepEqual(Object.keys(sdk).sort(), [
      'ApiError',
      'createOrgUserClient',
      'isApiError',
      'paginate',
      'unwrap',
    ]);
  });

  it('sends nothing when a client is created', async () => {
    const { createOrgUserClient } = await import('./index.js');
    let calls = 0;

    const client = createOrgUserClient({
      baseUrl: 'https://api.example.test/v1/',
      token: 't',
      fetch: async () => {
        calls += 1;
        return new Response(null, { status: 204 });
      },
    });

    assert.equal(client.baseUrl, 'https://api.example.test/v1');
    assert.equal(calls, 0);
  });

  it('uses an injected fetch', async () => {
    const { createOrgUserClient } = await import('./index.js');
    const urls: string[] = [];
    const client = createOrgUserClient({
      baseUrl: 'https://api.example.test/v1',
      token: 't',
      fetch: async (input) => {
        urls.push((input as Request).url);
        return Response.json({ items: [] });
      },
    });

    assert.deepEqual(await client.listSpaces('org_1'), []);
    assert.deepEqual(urls, ['https://api.example.test/v1/orgs/org_1/spaces']);
  });
});

describe('createOrgUserClient options', () => {
  it('falls back to the defaults for unusable numbers', async () => {
    const { createOrgUserClient } = await import('./index.js');
    let arrivals = 0;
    const client = createOrgUserClient({
      baseUrl: 'https://api.example.test/v1',
      retry: { maxAttempts: Number.NaN, baseDelayMs: 0, maxDelayMs: 0 },
      timeoutMs: -5,
      fetch: async () => {
        arrivals += 1;
        return new Response(null, { status: 503 });
      },
    });

    await client.listGroups('org_1').catch(() => undefined);

    assert.equal(arrivals, 3);
  });
});
