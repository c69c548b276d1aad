/**
 * The HTTP surface: check order, validation, problem details, ETags and
 * If-Match, idempotency keys, CORS and request ids.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callerFor, teamSandbox, BASE } from '../test-support.js';

const ORG = '/orgs/org_team';

describe('checks in the contract order', () => {
  it('answers 401 first, then 404, then not_an_owner, then plan_not_eligible, then 400', async () => {
    const { sandbox, anonymous } = teamSandbox();
    const stranger = callerFor(sandbox, 'tok_nobody');
    const member = callerFor(sandbox, 'tok_team_member');
    const free = callerFor(sandbox, 'tok_free_owner');
    const owner = callerFor(sandbox, 'tok_team_owner');
    const cases: [typeof owner, string, number, string][] = [
      [anonymous, '/orgs/org_none/users?limit=0', 401, 'unauthorized'],
      [stranger, '/orgs/org_team/users', 401, 'unauthorized'],
      [owner, '/orgs/org_none/users?limit=0', 404, 'organization_not_found'],
      [member, '/orgs/org_team/users?limit=0', 403, 'not_an_owner'],
      [free, '/orgs/org_free/users?limit=0', 403, 'plan_not_eligible'],
      [owner, '/orgs/org_team/users?limit=0', 400, 'validation_failed'],
    ];
    for (const [caller, path, status, code] of cases) {
      const answer = await caller.get(path);
      assert.deepEqual([answer.status, answer.body.code], [status, code], path);
    }
    const unauthorized = await anonymous.get('/orgs/org_team/seats');
    assert.match(unauthorized.headers.get('WWW-Authenticate')!, /^Bearer/);
  });

  it('answers the organization itself on every plan', async () => {
    const { sandbox } = teamSandbox();
    const free = callerFor(sandbox, 'tok_free_owner');
    const org = await free.get('/orgs/org_free');
    assert.equal(org.status, 200);
    assert.deepEqual(org.body, {
      id: 'org_free',
      name: 'Pebble Studio',
      plan: 'free',
      contractedSeats: 5,
      requiresTwoFactor: false,
      userManagementAvailable: false,
    });
  });
});

describe('validation', () => {
  const invalid = [
    'limit=0',
    'limit=201',
    'limit=ten',
    'limit=1.5',
    'sort=name',
    'status=gone',
    'status=active&status=invited',
    'spaceRole=admin,admin',
    'spaceRole=admin,',
    'orgRole=',
    'unknown=1',
    `q=${'x'.repeat(501)}`,
    `group=${Array.from({ length: 51 }, (_, i) => `g${i}`).join(',')}`,
  ];
  for (const query of invalid) {
    it(`refuses ${query.slice(0, 40)} with validation_failed`, async () => {
      const { owner } = teamSandbox();
      const answer = await owner.get(`${ORG}/users?${query}`);
      assert.equal(answer.status, 400);
      assert.equal(answer.body.code, 'validation_failed');
      const name = query.split('=')[0];
      assert.equal(answer.body.errors[0].location, `query.${name}`);
    });
  }

  it('accepts comma-separated arrays and the limit bounds', async () => {
    const { owner } = teamSandbox();
    for (const query of [
      'spaceRole=admin,member',
      'status=active,invited,reauthentication_required',
      'limit=1',
      'limit=200',
      'sort=-lastAccessAt',
      'group=grp_team_remote',
    ]) {
      assert.equal(
        (await owner.get(`${ORG}/users?${query}`)).status,
        200,
        query,
      );
    }
  });

  it('answers malformed_request to a body that is not JSON', async () => {
    const { owner } = teamSandbox();
    const answer = await owner.post(`${ORG}/groups`, '{"name": ');
    assert.equal(answer.status, 400);
    assert.equal(answer.body.code, 'malformed_request');
  });

  it('answers payload_too_large to a body over 1 MiB', async () => {
    const { owner } = teamSandbox();
    const answer = await owner.post(`${ORG}/groups`, {
      name: 'x'.repeat(1024 * 1024),
    });
    assert.equal(answer.status, 413);
    assert.equal(answer.body.code, 'payload_too_large');
  });

  it('refuses unknown, missing and mistyped body properties', async () => {
    const { owner } = teamSandbox();
    const unknown = await owner.post(`${ORG}/groups`, { name: 'A', extra: 1 });
    assert.equal(unknown.body.errors[0].location, 'body.extra');
    const missing = await owner.post(`${ORG}/groups`, {});
    assert.equal(missing.body.errors[0].location, 'body.name');
    const role = await owner.put(
      `${ORG}/spaces/sp_team_eng/members/usr_team_member`,
      { role: 'boss' },
    );
    assert.equal(role.body.errors[0].location, 'body.role');
    const empty = await owner.post(`${ORG}/invitations`);
    assert.equal(empty.body.code, 'validation_failed');
  });

  it('answers 404 to an unknown path and 405 to a wrong method', async () => {
    const { owner } = teamSandbox();
    assert.equal((await owner.get('/nowhere')).status, 404);
    const wrong = await owner.post(`${ORG}/seats`, {});
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('Allow'), 'GET');
  });
});

describe('problem details', () => {
  it('carry type, title, status, code, detail and the request id', async () => {
    const { owner } = teamSandbox();
    const answer = await owner.del(`${ORG}/users/usr_team_owner_2`);
    assert.equal(
      answer.headers.get('Content-Type'),
      'application/problem+json',
    );
    assert.equal(
      answer.body.type,
      'https://org-user-kit.invalid/errors/owner_role_held',
    );
    assert.equal(answer.body.status, 409);
    assert.equal(typeof answer.body.title, 'string');
    assert.match(answer.body.detail, /owner role/);
    assert.equal(answer.body.requestId, answer.headers.get('X-Request-Id'));
  });

  it('put a distinct X-Request-Id on every response', async () => {
    const { owner } = teamSandbox();
    const ids = new Set<string>();
    for (const answer of [
      await owner.get(`${ORG}/seats`),
      await owner.get('/nowhere'),
      await owner.post(`${ORG}/users/usr_team_member/reauthenticate`),
    ]) {
      ids.add(answer.headers.get('X-Request-Id')!);
    }
    assert.equal(ids.size, 3);
  });
});

describe('ETag and If-Match', () => {
  it('answers a user with its version as ETag and refuses a stale If-Match', async () => {
    const { owner } = teamSandbox();
    const read = await owner.get(`${ORG}/users/usr_team_member`);
    const etag = read.headers.get('ETag')!;
    assert.equal(etag, `"${read.body.version}"`);

    const changed = await owner.post(
      `${ORG}/users/usr_team_member/reauthenticate`,
      undefined,
      { 'If-Match': etag },
    );
    assert.equal(changed.status, 200);
    const newTag = changed.headers.get('ETag')!;
    assert.notEqual(newTag, etag);

    const stale = await owner.del(`${ORG}/users/usr_team_member`, {
      'If-Match': etag,
    });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.code, 'stale_version');
    assert.equal(stale.headers.get('ETag'), newTag);
    assert.equal((await owner.get(`${ORG}/users/usr_team_member`)).status, 200);

    const weak = await owner.del(`${ORG}/users/usr_team_member`, {
      'If-Match': `W/${newTag}`,
    });
    assert.equal(weak.status, 200);
  });

  it('accepts the bare version as If-Match', async () => {
    const { owner } = teamSandbox();
    const read = await owner.get(`${ORG}/users/usr_team_member`);
    const answer = await owner.post(
      `${ORG}/users/usr_team_member/reauthenticate`,
      undefined,
      { 'If-Match': read.body.version },
    );
    assert.equal(answer.status, 200);
  });
});

describe('Idempotency-Key', () => {
  it('answers a repeat with the first response and applies it once', async () => {
    const { sandbox, owner } = teamSandbox();
    const key = { 'Idempotency-Key': 'delete-member-1' };
    const seats = (await owner.get(`${ORG}/seats`)).body.billableUsers;
    const first = await owner.del(`${ORG}/users/usr_team_member`, key);
    const second = await owner.del(`${ORG}/users/usr_team_member`, key);
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(
      (await owner.get(`${ORG}/seats`)).body.billableUsers,
      seats - 1,
    );
    const deletes = (await owner.get(`${ORG}/audit-events`)).body.items.filter(
      (e: { action: string }) => e.action === 'user.delete',
    );
    assert.equal(deletes.length, 1);

    const again = await owner.del(`${ORG}/users/usr_team_member`);
    assert.equal(again.body.code, 'not_an_organization_user');
    void sandbox;
  });

  it('sends one email for a repeated action POST', async () => {
    const { sandbox, owner } = teamSandbox();
    const key = { 'Idempotency-Key': 'reset-1' };
    const path = `${ORG}/users/usr_team_member/reset-two-factor`;
    const first = await owner.post(path, undefined, key);
    const second = await owner.post(path, undefined, key);
    assert.equal(first.status, 202);
    assert.deepEqual(second.body, first.body);
    assert.equal(sandbox.outbox({ to: 'lars.jensen@acme.example' }).length, 1);
  });

  it('refuses the same key for another request with idempotency_key_reused', async () => {
    const { owner } = teamSandbox();
    const key = { 'Idempotency-Key': 'k-1' };
    await owner.post(`${ORG}/groups`, { name: 'One' }, key);
    const reused = await owner.post(`${ORG}/groups`, { name: 'Two' }, key);
    assert.equal(reused.status, 422);
    assert.equal(reused.body.code, 'idempotency_key_reused');
  });

  it('keeps keys apart per caller', async () => {
    const { sandbox, owner } = teamSandbox();
    const other = callerFor(sandbox, 'tok_team_owner_2');
    const key = { 'Idempotency-Key': 'shared' };
    const a = await owner.post(`${ORG}/groups`, { name: 'A' }, key);
    const b = await other.post(`${ORG}/groups`, { name: 'A' }, key);
    assert.notEqual(a.body.id, b.body.id);
  });
});

describe('CORS', () => {
  it('answers a preflight from another origin', async () => {
    const { sandbox } = teamSandbox();
    const response = await sandbox.handle(
      new Request(`${BASE}${ORG}/users/u1`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://partner.example',
          'Access-Control-Request-Method': 'DELETE',
          'Access-Control-Request-Headers':
            'authorization,if-match,idempotency-key',
        },
      }),
    );
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    const allowed = response.headers.get('Access-Control-Allow-Headers')!;
    for (const name of ['Authorization', 'If-Match', 'Idempotency-Key']) {
      assert.ok(allowed.includes(name), name);
    }
    assert.match(
      response.headers.get('Access-Control-Allow-Methods')!,
      /DELETE/,
    );
    assert.ok(response.headers.get('X-Request-Id'));
  });

  it('exposes ETag, Retry-After and X-Request-Id on answers', async () => {
    const { owner } = teamSandbox();
    const answer = await owner.get(`${ORG}/users/usr_team_member`);
    const exposed = answer.headers.get('Access-Control-Expose-Headers')!;
    for (const name of ['ETag', 'Retry-After', 'X-Request-Id']) {
      assert.ok(exposed.includes(name), name);
    }
  });
});

describe('path parameters', () => {
  it('decodes a percent-encoded email', async () => {
    const { owner } = teamSandbox();
    const email = 'a+b/c@example.test';
    await owner.post(`${ORG}/spaces/sp_team_hq/access-settings`, {
      email,
      role: 'member',
    });
    const removed = await owner.del(
      `${ORG}/spaces/sp_team_hq/access-settings/${encodeURIComponent(email)}`,
    );
    assert.equal(removed.status, 204);
    const again = await owner.del(
      `${ORG}/spaces/sp_team_hq/access-settings/${encodeURIComponent(email)}`,
    );
    assert.equal(again.body.code, 'access_setting_not_found');
  });
});
