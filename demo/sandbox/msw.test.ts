/** The sandbox behind MSW in Node, with unhandled requests failing. */
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { after, before, describe, it } from 'node:test';
import { sandboxHandlers } from './msw.js';
import { createSandbox } from './sandbox.js';

const auth = { Authorization: 'Bearer tok_team_owner' };

describe('sandboxHandlers', () => {
  const sandbox = createSandbox();
  const server = setupServer(
    ...sandboxHandlers(sandbox, { baseUrl: 'https://api.example.test/v1/' }),
  );
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  it('serves the API at the base URL', async () => {
    const response = await fetch(
      'https://api.example.test/v1/orgs/org_team/seats',
      { headers: auth },
    );
    assert.equal(response.status, 200);
    assert.equal(typeof (await response.json()).billableUsers, 'number');
    assert.ok(response.headers.get('X-Request-Id'));
  });

  it('passes bodies and methods through', async () => {
    const response = await fetch(
      'https://api.example.test/v1/orgs/org_team/users/usr_team_member',
      { method: 'DELETE', headers: { ...auth, 'Idempotency-Key': 'msw-1' } },
    );
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.userId, 'usr_team_member');
    const refused = await fetch(
      'https://api.example.test/v1/orgs/org_team/groups',
      {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: '{oops',
      },
    );
    assert.equal((await refused.json()).code, 'malformed_request');
  });

  it('leaves other origins unhandled, so they fail', async () => {
    await assert.rejects(
      fetch('https://elsewhere.example.test/v1/orgs/org_team'),
    );
  });
});

describe('sandboxHandlers without a base URL', () => {
  const server = setupServer(...sandboxHandlers(createSandbox()));
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  it('serves /v1 on any origin', async () => {
    for (const origin of ['https://a.example.test', 'http://localhost:1234']) {
      const response = await fetch(`${origin}/v1/sandbox/state`);
      assert.equal(response.status, 200);
    }
    await assert.rejects(fetch('https://a.example.test/other'));
  });
});
