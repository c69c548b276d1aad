/**
 * The sandbox object and its own endpoints: seed, clock, tokens, the
 * user's side over HTTP, the outbox, reset, and saving and restoring.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from './sandbox.js';
import { callerFor, teamSandbox } from './test-support.js';

const ORG = '/orgs/org_team';

describe('seed', () => {
  it('builds the same data for the same seed', async () => {
    const a = callerFor(createSandbox(), 'tok_team_owner');
    const b = callerFor(createSandbox(), 'tok_team_owner');
    const pageA = await a.get(`${ORG}/users?limit=200&sort=email`);
    const pageB = await b.get(`${ORG}/users?limit=200&sort=email`);
    assert.deepEqual(pageA.body, pageB.body);
  });

  it('seeds the team organization as documented', async () => {
    const { owner } = teamSandbox();
    const org = (await owner.get(ORG)).body;
    assert.deepEqual([org.plan, org.requiresTwoFactor], ['team', true]);
    const total = (await owner.get(`${ORG}/users?limit=1`)).body.total;
    assert.ok(total >= 220 && total <= 260, `${total} users`);
    const owners = (await owner.get(`${ORG}/users?orgRole=owner`)).body;
    assert.equal(owners.total, 3);
    assert.equal((await owner.get(`${ORG}/spaces`)).body.items.length, 6);
    assert.equal((await owner.get(`${ORG}/groups`)).body.items.length, 5);
    const reauth = await owner.get(
      `${ORG}/users?status=reauthentication_required`,
    );
    assert.ok(reauth.body.total > 0);
    const all = (await owner.get(`${ORG}/users?limit=200`)).body.items;
    const active = all.filter(
      (u: { twoFactor: string }) => u.twoFactor === 'active',
    );
    assert.ok(active.length > all.length / 2);
    const long = await owner.get(`${ORG}/users/usr_t_long_email`);
    assert.equal(long.body.email.length, 200);
    const nfd = await owner.get(`${ORG}/users/usr_t_zoe_nfd`);
    assert.notEqual(nfd.body.username, nfd.body.username.normalize('NFC'));
    const blocklist = await owner.get(`${ORG}/spaces/sp_team_sales/blocklist`);
    assert.ok(blocklist.body.items.length >= 2);
    const access = await owner.get(`${ORG}/spaces/sp_team_eng/access-settings`);
    assert.ok(access.body.items.length >= 3);
    const expired = await owner.get(`${ORG}/invitations?state=expired`);
    assert.ok(expired.body.total >= 2);
  });

  it('gives every seeded user a token, which only owners may use', async () => {
    const { sandbox } = teamSandbox();
    const member = callerFor(sandbox, 'tok_usr_t0001');
    const refused = await member.get(`${ORG}/users`);
    assert.deepEqual(
      [refused.status, refused.body.code],
      [403, 'not_an_owner'],
    );
    const owner3 = callerFor(sandbox, 'tok_usr_team_owner_3');
    assert.equal((await owner3.get(`${ORG}/users`)).status, 200);
  });

  it('lists the personas with their tokens', async () => {
    const { anonymous } = teamSandbox();
    const state = await anonymous.get('/sandbox/state');
    assert.equal(state.body.now, '2026-03-05T09:00:00.000Z');
    assert.deepEqual(
      state.body.personas.map((p: { key: string }) => p.key),
      [
        'team-owner',
        'team-owner-2',
        'team-member',
        'free-owner',
        'large-owner',
      ],
    );
  });

  it('starts at another instant when told', () => {
    const sandbox = createSandbox({ startTime: '2027-01-01T00:00:00Z' });
    assert.equal(sandbox.now().toISOString(), '2027-01-01T00:00:00.000Z');
  });
});

describe('clock', () => {
  it('moves only forward, by advance() or the endpoint', async () => {
    const { sandbox, anonymous } = teamSandbox();
    const moved = await anonymous.post('/sandbox/clock/advance', {
      seconds: 90,
    });
    assert.equal(moved.body.now, '2026-03-05T09:01:30.000Z');
    sandbox.advance(500);
    assert.equal(sandbox.now().toISOString(), '2026-03-05T09:01:30.500Z');
    assert.throws(() => sandbox.advance(-1), RangeError);
    const negative = await anonymous.post('/sandbox/clock/advance', {
      seconds: -1,
    });
    assert.equal(negative.status, 400);
  });

  it('runs with real time in real mode', () => {
    const sandbox = createSandbox({ clock: 'real' });
    const start = sandbox.now().getTime();
    assert.ok(start >= Date.parse('2026-03-05T09:00:00Z'));
    assert.ok(start < Date.parse('2026-03-05T09:01:00Z'));
    sandbox.advance(60_000);
    assert.ok(sandbox.now().getTime() >= start + 60_000);
  });
});

describe('tokens', () => {
  it('issues a token that expires by the sandbox clock', async () => {
    const { sandbox, anonymous } = teamSandbox();
    const issued = await anonymous.post('/sandbox/tokens', {
      userId: 'usr_team_owner',
      ttlSeconds: 60,
    });
    assert.equal(issued.status, 201);
    assert.equal(issued.body.expiresAt, '2026-03-05T09:01:00.000Z');
    const session = callerFor(sandbox, issued.body.token);
    assert.equal((await session.get(`${ORG}/seats`)).status, 200);
    sandbox.advance(60_000);
    const expired = await session.get(`${ORG}/seats`);
    assert.deepEqual(
      [expired.status, expired.body.code],
      [401, 'unauthorized'],
    );
  });

  it('refuses an unknown user and a bad lifetime', async () => {
    const { anonymous } = teamSandbox();
    const unknown = await anonymous.post('/sandbox/tokens', {
      userId: 'usr_none',
    });
    assert.deepEqual(
      [unknown.status, unknown.body.code],
      [404, 'user_not_found'],
    );
    const long = await anonymous.post('/sandbox/tokens', {
      userId: 'usr_team_owner',
      ttlSeconds: 86_401,
    });
    assert.equal(long.status, 400);
  });
});

describe("the user's side over HTTP", () => {
  it('enters a space, refuses no access and a blocked email', async () => {
    const { anonymous } = teamSandbox();
    const none = await anonymous.post('/sandbox/spaces/sp_team_eng/enter', {
      email: 'stranger@example.test',
    });
    assert.deepEqual([none.status, none.body.code], [403, 'no_access']);
    const blocked = await anonymous.post(
      '/sandbox/spaces/sp_team_sales/enter',
      {
        email: 'spam@bad.example',
      },
    );
    assert.deepEqual(
      [blocked.status, blocked.body.code],
      [403, 'email_blocked'],
    );
    const contractor = await anonymous.post(
      '/sandbox/spaces/sp_team_eng/enter',
      {
        email: 'contractor@partner.example',
      },
    );
    assert.equal(contractor.status, 200);
    assert.equal(contractor.body.via, 'access_settings');
    assert.equal(contractor.body.role, 'member');
    const missing = await anonymous.post('/sandbox/spaces/sp_none/enter', {
      email: 'a@b.c',
    });
    assert.equal(missing.body.code, 'space_not_found');
  });

  it('completes a re-authentication and a 2FA set-up, and lists the outbox', async () => {
    const { owner, anonymous } = teamSandbox();
    await owner.post(`${ORG}/users/usr_team_member/reauthenticate`);
    const sent = await anonymous.post(
      '/sandbox/users/usr_team_member/reauthentication-email',
    );
    assert.equal(sent.status, 201);
    assert.equal(sent.body.kind, 'reauthentication_link');
    const used = await anonymous.post(
      `/sandbox/links/${sent.body.link.token}/use`,
    );
    assert.equal(used.body.authStatus, 'verified');
    const twice = await anonymous.post(
      `/sandbox/links/${sent.body.link.token}/use`,
    );
    assert.deepEqual([twice.status, twice.body.code], [410, 'link_used']);
    const unknown = await anonymous.post('/sandbox/links/nope/use');
    assert.deepEqual(
      [unknown.status, unknown.body.code],
      [404, 'link_not_found'],
    );
    const setup = await anonymous.post(
      '/sandbox/users/usr_team_member/two-factor/setup',
    );
    assert.equal(setup.body.twoFactor, 'active');

    const outbox = await anonymous.get(
      '/sandbox/outbox?to=LARS.JENSEN@acme.example',
    );
    assert.deepEqual(
      outbox.body.items.map((e: { kind: string }) => e.kind),
      ['reauthentication_link', 'reauthentication_notice'],
    );
    assert.equal(outbox.body.items[0].link.used, true);
  });
});

describe('reset', () => {
  it('restores the seeded data and the start time', async () => {
    const { sandbox, owner, anonymous } = teamSandbox();
    const before = (await owner.get(`${ORG}/seats`)).body;
    await owner.del(`${ORG}/users/usr_team_member`);
    sandbox.advance(3_600_000);
    const state = await anonymous.post('/sandbox/reset');
    assert.equal(state.body.now, '2026-03-05T09:00:00.000Z');
    assert.deepEqual((await owner.get(`${ORG}/seats`)).body, before);
    assert.equal(sandbox.outbox().length, 0);
  });
});

describe('saving and restoring', () => {
  it('rebuilds the same state from an exported snapshot', async () => {
    const { sandbox, owner, anonymous } = teamSandbox();
    await owner.del(`${ORG}/users/usr_team_member`);
    await owner.del(`${ORG}/users/usr_team_owner_2`);
    await anonymous.post('/sandbox/clock/advance', { seconds: 3600 });
    await owner.post(
      `${ORG}/groups`,
      { name: 'Saved' },
      { 'Idempotency-Key': 'k' },
    );
    const snapshot = JSON.parse(JSON.stringify(sandbox.exportState()));

    const restored = createSandbox();
    await restored.importState(snapshot);
    const again = callerFor(restored, 'tok_team_owner');
    assert.equal(restored.now().toISOString(), sandbox.now().toISOString());
    for (const path of [
      `${ORG}/seats`,
      `${ORG}/users?limit=200`,
      `${ORG}/groups`,
      `${ORG}/audit-events`,
    ]) {
      assert.deepEqual(
        (await again.get(path)).body,
        (await owner.get(path)).body,
        path,
      );
    }
    const replay = await again.post(
      `${ORG}/groups`,
      { name: 'Saved' },
      { 'Idempotency-Key': 'k' },
    );
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
  });

  it('refuses a snapshot made with another seed', async () => {
    const snapshot = createSandbox({ seed: 1 }).exportState();
    await assert.rejects(
      createSandbox().importState(snapshot),
      /other settings/,
    );
  });
});
