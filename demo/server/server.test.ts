/** The sandbox over real HTTP on 127.0.0.1, started on a free port. */
import assert from 'node:assert/strict';
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { resolveStaticPath, staticCandidates } from './static-files.js';
import { startServer, type RunningServer } from './server.js';

const auth = { Authorization: 'Bearer tok_team_owner' };

describe('the sandbox server', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  it('listens on 127.0.0.1 and serves the API under /v1', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(
      `${server.apiUrl}/orgs/org_team/users?limit=2`,
      {
        headers: auth,
      },
    );
    assert.equal(response.status, 200);
    const page = await response.json();
    assert.equal(page.items.length, 2);
    assert.ok(response.headers.get('x-request-id'));
  });

  it('answers bad JSON with malformed_request', async () => {
    const response = await fetch(`${server.apiUrl}/orgs/org_team/groups`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{"name":',
    });
    assert.equal(response.status, 400);
    assert.equal(
      response.headers.get('content-type'),
      'application/problem+json',
    );
    assert.equal((await response.json()).code, 'malformed_request');
  });

  it('answers a body over 1 MiB with payload_too_large', async () => {
    const response = await fetch(`${server.apiUrl}/orgs/org_team/groups`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }),
    });
    assert.equal(response.status, 413);
    assert.equal((await response.json()).code, 'payload_too_large');
  });

  it('answers an unknown parameter with validation_failed', async () => {
    const response = await fetch(
      `${server.apiUrl}/orgs/org_team/users?colour=red`,
      {
        headers: auth,
      },
    );
    assert.equal(response.status, 400);
    const problem = await response.json();
    assert.equal(problem.code, 'validation_failed');
    assert.equal(problem.errors[0].location, 'query.colour');
  });

  it('answers a CORS preflight', async () => {
    const response = await fetch(`${server.apiUrl}/orgs/org_team/users/x`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'DELETE',
        'Access-Control-Request-Headers': 'authorization, idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(
      response.headers.get('access-control-allow-headers')!,
      /Idempotency-Key/,
    );
  });

  it('runs an action end to end', async () => {
    const headers = { ...auth, 'Idempotency-Key': 'server-delete-1' };
    const url = `${server.apiUrl}/orgs/org_team/users/usr_t_alex_ops`;
    const first = await fetch(url, { method: 'DELETE', headers });
    const second = await fetch(url, { method: 'DELETE', headers });
    assert.equal(first.status, 200);
    assert.deepEqual(await second.json(), await first.json());
    const read = await fetch(url, { headers: auth });
    assert.equal((await read.json()).code, 'not_an_organization_user');
  });

  it('serves the demo page and refuses paths out of the demo folder', async () => {
    const page = await fetch(`${server.url}/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await page.text(), /<html/);
    for (const path of [
      '/..%2fpackage.json',
      '/app/%2e%2e/%2e%2e/package.json',
      '/app/..%5c..%5cpackage.json',
      '/sandbox/sandbox.ts',
      '/.git/config',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 404, path);
      await response.body?.cancel();
    }
  });
});

describe('static paths', () => {
  const root = '/srv/demo';
  it('maps the page, its folders and public files at the root', () => {
    assert.equal(resolveStaticPath(root, '/'), '/srv/demo/index.html');
    assert.equal(
      resolveStaticPath(root, '/app/demo.css'),
      '/srv/demo/app/demo.css',
    );
    assert.equal(
      resolveStaticPath(root, '/dist/main.js'),
      '/srv/demo/dist/main.js',
    );
    assert.equal(
      resolveStaticPath(root, '/mockServiceWorker.js'),
      '/srv/demo/public/mockServiceWorker.js',
    );
  });

  it('falls back to the package build for /dist/ files', () => {
    assert.deepEqual(
      staticCandidates(root, '/srv/dist', '/dist/org-user-kit.bundle.js'),
      [
        '/srv/demo/dist/org-user-kit.bundle.js',
        '/srv/dist/org-user-kit.bundle.js',
      ],
    );
    assert.deepEqual(staticCandidates(root, '/srv/dist', '/app/a.js'), [
      '/srv/demo/app/a.js',
    ]);
    assert.deepEqual(staticCandidates(root, '/srv/dist', '/dist/../../x'), []);
  });

  it('refuses traversal, hidden files and bad encodings', () => {
    for (const path of [
      '/../x',
      '/app/../../x',
      '/%2e%2e/x',
      '/.env',
      '/%E0%A4%A',
      '/a%00b',
    ]) {
      assert.equal(resolveStaticPath(root, path), null, path);
    }
  });
});

describe('static files from given folders', () => {
  let dir: string;
  let server: RunningServer;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'org-user-kit-static-'));
    await mkdir(join(dir, 'demo/app'), { recursive: true });
    await mkdir(join(dir, 'dist'), { recursive: true });
    await writeFile(join(dir, 'demo/index.html'), '<!doctype html><html>');
    await writeFile(join(dir, 'demo/app/style.css'), 'body{}');
    await writeFile(join(dir, 'dist/bundle.js'), 'export {};');
    server = await startServer({
      port: 0,
      staticRoot: join(dir, 'demo'),
      packageDist: join(dir, 'dist'),
    });
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves each with its MIME type', async () => {
    for (const [path, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/app/style.css', 'text/css; charset=utf-8'],
      ['/dist/bundle.js', 'text/javascript; charset=utf-8'],
    ]) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), type, path);
      await response.body?.cancel();
    }
    const missing = await fetch(`${server.url}/app/none.js`);
    assert.equal(missing.status, 404);
    await missing.body?.cancel();
  });
});

describe('the state file', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'org-user-kit-state-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('keeps the state across a restart, written atomically', async () => {
    const stateFile = join(dir, 'sandbox.json');
    const first = await startServer({ port: 0, stateFile });
    const seatsUrl = `${first.apiUrl}/orgs/org_team/seats`;
    const before = (await (await fetch(seatsUrl, { headers: auth })).json())
      .billableUsers;
    const deleted = await fetch(
      `${first.apiUrl}/orgs/org_team/users/usr_team_member`,
      {
        method: 'DELETE',
        headers: auth,
      },
    );
    assert.equal(deleted.status, 200);
    await fetch(`${first.apiUrl}/sandbox/clock/advance`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ seconds: 120 }),
    });
    await first.close();
    assert.deepEqual(await readdir(dir), ['sandbox.json']);
    const saved = JSON.parse(await readFile(stateFile, 'utf8'));
    assert.equal(saved.now, '2026-03-05T09:02:00.000Z');

    const second = await startServer({ port: 0, stateFile });
    try {
      const seats = await (
        await fetch(`${second.apiUrl}/orgs/org_team/seats`, { headers: auth })
      ).json();
      assert.equal(seats.billableUsers, before - 1);
      assert.equal(seats.asOf, '2026-03-05T09:02:00.000Z');
      const gone = await fetch(
        `${second.apiUrl}/orgs/org_team/users/usr_team_member`,
        { headers: auth },
      );
      assert.equal((await gone.json()).code, 'not_an_organization_user');
    } finally {
      await second.close();
    }
  });

  it('starts from the seed when the file does not exist yet', async () => {
    const server = await startServer({
      port: 0,
      stateFile: join(dir, 'new.json'),
    });
    try {
      const state = await (
        await fetch(`${server.apiUrl}/sandbox/state`)
      ).json();
      assert.equal(state.now, '2026-03-05T09:00:00.000Z');
    } finally {
      await server.close();
    }
  });
});
