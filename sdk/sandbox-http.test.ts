import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../demo/server/server.js';
import { isApiError } from './api-error.js';
import { createOrgUserClient } from './client.js';
import { sandboxSuite } from './sandbox-suite.js';

let server: RunningServer | undefined;
before(async () => {
  server = await startServer({ port: 0 });
});
after(() => server?.close());

sandboxSuite('the SDK against the sandbox over HTTP on 127.0.0.1', {
  baseUrl: () => {
    if (!server) {
      throw new Error('the sandbox server has not started');
    }
    return server.apiUrl;
  },
});

/** A port on 127.0.0.1 that nothing listens on any more. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

describe('the SDK over HTTP without a server', () => {
  it('rejects with network_error when the connection is refused', async () => {
    const port = await closedPort();
    const client = createOrgUserClient({
      baseUrl: `http://127.0.0.1:${port}/v1`,
      token: 'tok_team_owner',
      retry: { maxAttempts: 1 },
    });

    const error = await client.getSeatSummary('org_team').catch((e) => e);

    assert.ok(isApiError(error, 'network_error'));
    assert.equal(error.status, 0);
    assert.equal(
      error.request.url,
      `http://127.0.0.1:${port}/v1/orgs/org_team/seats`,
    );
  });
});
