/**
 * The rules of the domain (shared/DOMAIN.md), through the sandbox's HTTP
 * surface: who is billable, the actions and their refusals, the audit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  advanceTo,
  callerFor,
  teamSandbox,
  type Caller,
} from './test-support.js';
import type { Sandbox } from './sandbox.js';

const ORG = '/orgs/org_team';

async function seats(owner: Caller): Promise<number> {
  return (await owner.get(`${ORG}/seats`)).body.billableUsers;
}

async function findByEmail(owner: Caller, email: string) {
  const page = await owner.get(`${ORG}/users?q=${encodeURIComponent(email)}`);
  return page.body.items.find((u: { email: string }) => u.email === email);
}

/** Invites `email` and has them accept, so they hold `role` in `spaceId`. */
async function memberOf(
  sandbox: Sandbox,
  owner: Caller,
  email: string,
  spaceId: string,
  role = 'member',
): Promise<string> {
  const sent = await owner.post(`${ORG}/invitations`, {
    spaceId,
    role,
    emails: [email],
  });
  assert.equal(sent.status, 201);
  return sandbox.enterSpace(spaceId, email).userId;
}

describe('billable users', () => {
  it('counts an invitee at once, as invited, until exactly 7 x 24 h later across a DST change', async () => {
    const { sandbox, owner } = teamSandbox();
    // The US moves its clocks on 2026-03-08; UTC instants do not care.
    advanceTo(sandbox, '2026-03-05T12:00:00.000Z');
    const before = await seats(owner);
    const sent = await owner.post(`${ORG}/invitations`, {
      spaceId: 'sp_team_eng',
      role: 'member',
      emails: ['dst@example.test'],
    });
    assert.equal(sent.status, 201);
    assert.equal(sent.body.items[0].expiresAt, '2026-03-12T12:00:00.000Z');
    assert.equal(await seats(owner), before + 1);
    const invitee = await findByEmail(owner, 'dst@example.test');
    assert.equal(invitee.status, 'invited');
    assert.equal(invitee.invitationExpiresAt, '2026-03-12T12:00:00.000Z');

    advanceTo(sandbox, '2026-03-12T11:59:59.999Z');
    assert.equal((await owner.get(`${ORG}/users/${invitee.id}`)).status, 200);
    const lastMoment = await seats(owner);

    sandbox.advance(1);
    const gone = await owner.get(`${ORG}/users/${invitee.id}`);
    assert.equal(gone.status, 404);
    assert.equal(gone.body.code, 'not_an_organization_user');
    assert.equal(await seats(owner), lastMoment - 1);
    assert.equal(await findByEmail(owner, 'dst@example.test'), undefined);
    const invitations = await owner.get(`${ORG}/invitations?state=expired`);
    assert.ok(
      invitations.body.items.some(
        (i: { email: string }) => i.email === 'dst@example.test',
      ),
    );
  });

  it('never counts a visitor or guest invitation', async () => {
    const { owner } = teamSandbox();
    const before = await seats(owner);
    await owner.post(`${ORG}/invitations`, {
      spaceId: 'sp_team_hq',
      role: 'visitor',
      emails: ['visitor@example.test'],
    });
    assert.equal(await seats(owner), before);
    assert.equal(await findByEmail(owner, 'visitor@example.test'), undefined);
  });

  it('counts a person once however many roles and invitations they have', async () => {
    const { sandbox, owner } = teamSandbox();
    const before = await seats(owner);
    const id = await memberOf(
      sandbox,
      owner,
      'once@example.test',
      'sp_team_eng',
    );
    await owner.put(`${ORG}/spaces/sp_team_hq/members/${id}`, {
      role: 'admin',
    });
    await owner.post(`${ORG}/invitations`, {
      spaceId: 'sp_team_sales',
      role: 'member',
      emails: ['once@example.test'],
    });
    assert.equal(await seats(owner), before + 1);
    const user = (await owner.get(`${ORG}/users/${id}`)).body;
    assert.equal(user.status, 'active');
    assert.deepEqual(
      user.billableReasons.spaces.map((s: { spaceId: string }) => s.spaceId),
      ['sp_team_hq', 'sp_team_eng'],
    );
    assert.equal(user.billableReasons.invitations.length, 1);
  });

  it('keeps a demoted user who still qualifies through another space', async () => {
    const { sandbox, owner } = teamSandbox();
    const id = await memberOf(
      sandbox,
      owner,
      'demo@example.test',
      'sp_team_eng',
    );
    await owner.put(`${ORG}/spaces/sp_team_hq/members/${id}`, {
      role: 'member',
    });
    const before = await seats(owner);

    const visitor = await owner.put(`${ORG}/spaces/sp_team_eng/members/${id}`, {
      role: 'visitor',
    });
    assert.equal(visitor.status, 200);
    assert.equal(visitor.body.role, 'visitor');
    assert.equal((await owner.get(`${ORG}/users/${id}`)).status, 200);
    assert.equal(await seats(owner), before);

    await owner.put(`${ORG}/spaces/sp_team_hq/members/${id}`, {
      role: 'guest',
    });
    const gone = await owner.get(`${ORG}/users/${id}`);
    assert.equal(gone.body.code, 'not_an_organization_user');
    assert.equal(await seats(owner), before - 1);
  });

  it('keeps an owner on the list with no space role, and lets them go when the role is removed', async () => {
    const { owner } = teamSandbox();
    const third = await owner.get(`${ORG}/users/usr_team_owner_3`);
    assert.equal(third.body.orgRole, 'owner');
    assert.deepEqual(third.body.billableReasons.spaces, []);
    const before = await seats(owner);
    const removed = await owner.del(`${ORG}/owners/usr_team_owner_3`);
    assert.equal(removed.status, 204);
    assert.equal(await seats(owner), before - 1);
  });

  it('answers the seat summary with pending seats and the next change', async () => {
    const { sandbox, owner } = teamSandbox();
    const summary = (await owner.get(`${ORG}/seats`)).body;
    assert.equal(summary.contractedSeats, 250);
    assert.equal(summary.asOf, '2026-03-05T09:00:00.000Z');
    assert.ok(summary.pendingInvitationSeats > 0);
    assert.ok(summary.pendingInvitationSeatsExpiringWithin24h > 0);
    assert.ok(
      summary.pendingInvitationSeatsExpiringWithin24h <=
        summary.pendingInvitationSeats,
    );
    const next = summary.nextChangeAt as string;
    advanceTo(sandbox, next);
    const after = (await owner.get(`${ORG}/seats`)).body;
    assert.ok(after.billableUsers < summary.billableUsers);
    assert.ok(after.nextChangeAt > next);
  });
});

describe('delete', () => {
  it('makes every role guest, cancels invitations, frees a seat, and warns of readmitting spaces', async () => {
    const { sandbox, owner } = teamSandbox();
    const email = 'leaver@example.test';
    const id = await memberOf(sandbox, owner, email, 'sp_team_eng');
    await owner.put(`${ORG}/spaces/sp_team_design/members/${id}`, {
      role: 'admin',
    });
    await owner.post(`${ORG}/invitations`, {
      spaceId: 'sp_team_hq',
      role: 'member',
      emails: [email],
    });
    await owner.post(`${ORG}/spaces/sp_team_lounge/access-settings`, {
      email: email.toUpperCase(),
      role: 'member',
    });
    await owner.post(`${ORG}/spaces/sp_team_support/access-settings`, {
      email,
      role: 'admin',
    });
    await owner.post(`${ORG}/spaces/sp_team_support/blocklist`, { email });
    await owner.post(`${ORG}/spaces/sp_team_sales/access-settings`, {
      email,
      role: 'visitor',
    });
    const before = await seats(owner);

    const preview = await owner.get(`${ORG}/users/${id}/deletion-preview`);
    assert.equal(preview.status, 200);
    assert.equal(preview.body.seatsBefore, before);
    assert.equal(preview.body.seatsAfter, before - 1);
    assert.deepEqual(preview.body.readmittingSpaces, [
      { spaceId: 'sp_team_lounge', spaceName: 'Lounge', role: 'member' },
    ]);
    assert.equal(preview.body.invitationsToCancel.length, 1);

    const deleted = await owner.del(`${ORG}/users/${id}`);
    assert.equal(deleted.status, 200);
    assert.deepEqual(
      deleted.body.spacesBecameGuest.map(
        (s: { spaceId: string; role: string }) => [s.spaceId, s.role],
      ),
      [
        ['sp_team_design', 'admin'],
        ['sp_team_eng', 'member'],
      ],
    );
    assert.equal(deleted.body.invitationsCancelled, 1);
    assert.equal(deleted.body.seats.billableUsers, before - 1);
    assert.deepEqual(
      deleted.body.readmittingSpaces,
      preview.body.readmittingSpaces,
    );
    assert.equal(await seats(owner), before - 1);

    const members = await owner.get(
      `${ORG}/spaces/sp_team_eng/members?limit=200`,
    );
    const held = members.body.items.find(
      (m: { userId: string }) => m.userId === id,
    );
    assert.equal(held.role, 'guest');
    const pending = await owner.get(`${ORG}/invitations?state=pending`);
    assert.ok(
      !pending.body.items.some((i: { email: string }) => i.email === email),
    );
  });

  it('answers not_an_organization_user to a second delete of the same user', async () => {
    const { sandbox, owner } = teamSandbox();
    const id = await memberOf(
      sandbox,
      owner,
      'twice@example.test',
      'sp_team_eng',
    );
    const second = callerFor(sandbox, 'tok_team_owner_2');
    assert.equal((await owner.del(`${ORG}/users/${id}`)).status, 200);
    const again = await second.del(`${ORG}/users/${id}`);
    assert.equal(again.status, 404);
    assert.equal(again.body.code, 'not_an_organization_user');
  });

  it('refuses to delete an owner with owner_role_held', async () => {
    const { owner } = teamSandbox();
    const refused = await owner.del(`${ORG}/users/usr_team_owner_2`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'owner_role_held');
    const preview = await owner.get(
      `${ORG}/users/usr_team_owner_2/deletion-preview`,
    );
    assert.equal(preview.body.code, 'owner_role_held');
    assert.equal(
      (await owner.get(`${ORG}/users/usr_team_owner_2`)).status,
      200,
    );
  });

  it('lets a deleted user back through the access settings, but not when blocked', async () => {
    const { sandbox, owner } = teamSandbox();
    const email = 'returner@example.test';
    const id = await memberOf(sandbox, owner, email, 'sp_team_eng');
    await owner.post(`${ORG}/spaces/sp_team_lounge/access-settings`, {
      email,
      role: 'member',
    });
    await owner.post(`${ORG}/spaces/sp_team_sales/access-settings`, {
      email,
      role: 'member',
    });
    await owner.post(`${ORG}/spaces/sp_team_sales/blocklist`, { email });
    await owner.del(`${ORG}/users/${id}`);
    const before = await seats(owner);

    assert.throws(
      () => sandbox.enterSpace('sp_team_sales', email),
      (error: { code?: string }) => error.code === 'email_blocked',
    );
    assert.equal(await seats(owner), before);

    const entry = sandbox.enterSpace('sp_team_lounge', email);
    assert.deepEqual(entry, {
      userId: id,
      spaceId: 'sp_team_lounge',
      role: 'member',
      via: 'access_settings',
    });
    assert.equal(await seats(owner), before + 1);
    const back = await owner.get(`${ORG}/users/${id}`);
    assert.equal(back.body.status, 'active');
    assert.equal(back.body.lastAccessAt, '2026-03-05T09:00:00.000Z');
  });

  it('never applies a blocklist to the space admins', async () => {
    const { sandbox, owner } = teamSandbox();
    const email = 'blocked.admin@example.test';
    await memberOf(sandbox, owner, email, 'sp_team_sales', 'admin');
    await owner.post(`${ORG}/spaces/sp_team_sales/blocklist`, { email });
    const entry = sandbox.enterSpace('sp_team_sales', email);
    assert.equal(entry.role, 'admin');
    assert.equal(entry.via, 'existing_role');
  });
});

describe('owners', () => {
  it('refuses to remove the last owner with last_owner', async () => {
    const { owner } = teamSandbox();
    assert.equal(
      (await owner.del(`${ORG}/owners/usr_team_owner_3`)).status,
      204,
    );
    const second = await owner.del(`${ORG}/owners/usr_team_owner_2`);
    assert.equal(second.status, 200);
    assert.equal(second.body.orgRole, null);
    const last = await owner.del(`${ORG}/owners/usr_team_owner`);
    assert.equal(last.status, 409);
    assert.equal(last.body.code, 'last_owner');
  });

  it('grants the owner role, which puts an account on the list', async () => {
    const { sandbox, owner } = teamSandbox();
    const account = sandbox.world.accountForEmail('new.owner@example.test');
    const before = await seats(owner);
    const granted = await owner.put(`${ORG}/owners/${account.id}`);
    assert.equal(granted.status, 200);
    assert.equal(granted.body.orgRole, 'owner');
    assert.equal(granted.body.billableReasons.owner, true);
    assert.equal(await seats(owner), before + 1);
    const again = await owner.put(`${ORG}/owners/${account.id}`);
    assert.equal(again.status, 200);
    assert.equal(await seats(owner), before + 1);
    const now = callerFor(sandbox, `tok_${account.id}`);
    assert.equal((await now.get(`${ORG}/seats`)).status, 200);
  });
});

describe('reset 2FA', () => {
  async function activeTwoFactorUser(owner: Caller) {
    const page = await owner.get(
      `${ORG}/users?orgRole=none&status=active&limit=200`,
    );
    return page.body.items.find(
      (u: { twoFactor: string }) => u.twoFactor === 'active',
    );
  }

  it('emails a 48-hour link and changes nothing until it is used', async () => {
    const { sandbox, owner } = teamSandbox();
    const user = await activeTwoFactorUser(owner);
    const sent = await owner.post(`${ORG}/users/${user.id}/reset-two-factor`);
    assert.equal(sent.status, 202);
    assert.equal(sent.body.emailedTo, user.email);
    assert.equal(sent.body.linkExpiresAt, '2026-03-07T09:00:00.000Z');
    const same = (await owner.get(`${ORG}/users/${user.id}`)).body;
    assert.equal(same.twoFactor, 'active');
    assert.equal(same.version, user.version);

    const [email] = sandbox.outbox({ to: user.email });
    assert.equal(email!.kind, 'two_factor_reset');
    advanceTo(sandbox, '2026-03-07T08:59:59.999Z');
    const used = sandbox.useLink(email!.link!.token);
    assert.equal(used.twoFactor, 'reset_pending');
    const after = (await owner.get(`${ORG}/users/${user.id}`)).body;
    assert.equal(after.twoFactor, 'reset_pending');
    assert.notEqual(after.version, user.version);
    assert.throws(
      () => sandbox.useLink(email!.link!.token),
      (error: { code?: string }) => error.code === 'link_used',
    );
    assert.equal(sandbox.setUpTwoFactor(user.id).twoFactor, 'active');
  });

  it('refuses a link used 48 hours after it was sent with link_expired', async () => {
    const { sandbox, owner } = teamSandbox();
    const user = await activeTwoFactorUser(owner);
    await owner.post(`${ORG}/users/${user.id}/reset-two-factor`);
    const [email] = sandbox.outbox({ to: user.email });
    advanceTo(sandbox, '2026-03-07T09:00:00.000Z');
    assert.throws(
      () => sandbox.useLink(email!.link!.token),
      (error: { code?: string }) => error.code === 'link_expired',
    );
    assert.equal(
      (await owner.get(`${ORG}/users/${user.id}`)).body.twoFactor,
      'active',
    );
  });

  it('refuses a user without 2FA with two_factor_not_enabled', async () => {
    const { owner } = teamSandbox();
    const page = await owner.get(`${ORG}/users?limit=200&status=active`);
    const user = page.body.items.find(
      (u: { twoFactor: string }) => u.twoFactor === 'not_set_up',
    );
    const refused = await owner.post(
      `${ORG}/users/${user.id}/reset-two-factor`,
    );
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'two_factor_not_enabled');
  });

  it('refuses when the organization does not require 2FA', async () => {
    const { sandbox, owner } = teamSandbox();
    const user = await activeTwoFactorUser(owner);
    sandbox.world.org('org_team')!.requiresTwoFactor = false;
    const refused = await owner.post(
      `${ORG}/users/${user.id}/reset-two-factor`,
    );
    assert.equal(refused.body.code, 'two_factor_not_enabled');
  });
});

describe('re-authenticate', () => {
  it('requires a new sign-in, revokes sessions, and repeats without error', async () => {
    const { sandbox, owner, anonymous } = teamSandbox();
    const issued = await anonymous.post('/sandbox/tokens', {
      userId: 'usr_team_owner_2',
    });
    const session = callerFor(sandbox, issued.body.token);
    assert.equal((await session.get(`${ORG}/seats`)).status, 200);

    const first = await owner.post(
      `${ORG}/users/usr_team_owner_2/reauthenticate`,
    );
    assert.equal(first.status, 200);
    assert.equal(first.body.status, 'reauthentication_required');
    assert.equal(first.body.authStatus, 'reauthentication_required');
    assert.equal(first.headers.get('ETag'), `"${first.body.version}"`);
    assert.equal((await session.get(`${ORG}/seats`)).status, 401);

    const again = await owner.post(
      `${ORG}/users/usr_team_owner_2/reauthenticate`,
    );
    assert.equal(again.status, 200);
    assert.equal(again.body.version, first.body.version);
    const notices = sandbox
      .outbox({ to: 'marco.rossi@acme.example' })
      .filter((e) => e.kind === 'reauthentication_notice');
    assert.equal(notices.length, 1);
  });

  it('completes through an emailed link valid one hour', async () => {
    const { sandbox, owner } = teamSandbox();
    const id = await memberOf(
      sandbox,
      owner,
      'reauth@example.test',
      'sp_team_eng',
    );
    await owner.post(`${ORG}/users/${id}/reauthenticate`);
    const old = sandbox.requestReauthenticationEmail(id);
    assert.equal(old.link!.expiresAt, '2026-03-05T10:00:00.000Z');
    sandbox.advance(60 * 60 * 1000);
    assert.throws(
      () => sandbox.useLink(old.link!.token),
      (error: { code?: string }) => error.code === 'link_expired',
    );
    const fresh = sandbox.requestReauthenticationEmail(id);
    assert.equal(sandbox.useLink(fresh.link!.token).authStatus, 'verified');
    assert.equal((await owner.get(`${ORG}/users/${id}`)).body.status, 'active');
    assert.throws(
      () => sandbox.requestReauthenticationEmail(id),
      (error: { code?: string }) =>
        error.code === 'reauthentication_not_required',
    );
  });

  it('refuses a user who is only invited with invitation_only', async () => {
    const { owner } = teamSandbox();
    const invited = await owner.get(`${ORG}/users?status=invited`);
    const refused = await owner.post(
      `${ORG}/users/${invited.body.items[0].id}/reauthenticate`,
    );
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'invitation_only');
  });
});

describe('invitations', () => {
  it('cancels the invitation of an invited-only user, who leaves the list', async () => {
    const { owner } = teamSandbox();
    const invited = (await owner.get(`${ORG}/users?status=invited`)).body
      .items[0];
    const before = await seats(owner);
    const cancelled = await owner.post(
      `${ORG}/users/${invited.id}/cancel-invitation`,
    );
    assert.equal(cancelled.status, 204);
    assert.equal(await seats(owner), before - 1);
    const active = (await owner.get(`${ORG}/users?status=active`)).body
      .items[0];
    const refused = await owner.post(
      `${ORG}/users/${active.id}/cancel-invitation`,
    );
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'not_invitation_only');
  });

  it('invites up to 200 emails at once, each once, and refuses 201', async () => {
    const { owner } = teamSandbox();
    const emails = Array.from(
      { length: 200 },
      (_, i) => `bulk${i}@example.test`,
    );
    const before = await seats(owner);
    const sent = await owner.post(`${ORG}/invitations`, {
      spaceId: 'sp_team_eng',
      role: 'member',
      emails: [...emails.slice(0, 199), ' BULK0@example.test '],
    });
    assert.equal(sent.status, 201);
    assert.equal(sent.body.items.length, 199);
    assert.equal(await seats(owner), before + 199);
    const tooMany = await owner.post(`${ORG}/invitations`, {
      spaceId: 'sp_team_eng',
      role: 'member',
      emails: [...emails, 'one.more@example.test'],
    });
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.code, 'validation_failed');
  });

  it('resends an expired invitation for a new 7-day window and removes one', async () => {
    const { sandbox, owner } = teamSandbox();
    const expired = (await owner.get(`${ORG}/invitations?state=expired`)).body
      .items;
    const target = expired.find((i: { role: string }) => i.role === 'member');
    const before = await seats(owner);
    const resent = await owner.post(`${ORG}/invitations/${target.id}/resend`);
    assert.equal(resent.status, 200);
    assert.equal(resent.body.state, 'pending');
    assert.equal(resent.body.sentAt, sandbox.now().toISOString());
    assert.equal(await seats(owner), before + 1);

    assert.equal(
      (await owner.del(`${ORG}/invitations/${target.id}`)).status,
      204,
    );
    assert.equal(await seats(owner), before);
    const again = await owner.del(`${ORG}/invitations/${target.id}`);
    assert.equal(again.body.code, 'invitation_not_pending');
    const resend = await owner.post(`${ORG}/invitations/${target.id}/resend`);
    assert.equal(resend.body.code, 'invitation_not_pending');
  });

  it('replaces a pending invitation to the same space', async () => {
    const { owner } = teamSandbox();
    const body = {
      spaceId: 'sp_team_hq',
      role: 'member',
      emails: ['re@example.test'],
    };
    const first = (await owner.post(`${ORG}/invitations`, body)).body.items[0];
    await owner.post(`${ORG}/invitations`, body);
    const all = (
      await owner.get(`${ORG}/invitations?limit=200`)
    ).body.items.filter(
      (i: { email: string }) => i.email === 're@example.test',
    );
    assert.deepEqual(
      all.map((i: { id: string; state: string }) =>
        i.id === first.id ? i.state : 'new',
      ),
      ['new', 'cancelled'],
    );
  });

  it('accepts an invitation on entering the space with its role', async () => {
    const { sandbox, owner } = teamSandbox();
    const invited = (await owner.get(`${ORG}/users?status=invited`)).body
      .items[0];
    const ref = invited.billableReasons.invitations[0];
    const entry = sandbox.enterSpace(ref.spaceId, invited.email);
    assert.equal(entry.via, 'invitation');
    const now = (await owner.get(`${ORG}/users/${invited.id}`)).body;
    assert.equal(now.status, 'active');
    assert.equal(now.invitationExpiresAt, null);
  });
});

describe('entering a space', () => {
  it('never lowers a higher role held there', async () => {
    const { sandbox, owner } = teamSandbox();
    const email = 'high@example.test';
    await memberOf(sandbox, owner, email, 'sp_team_hq', 'admin');
    await owner.post(`${ORG}/invitations`, {
      spaceId: 'sp_team_hq',
      role: 'member',
      emails: [email],
    });
    await owner.post(`${ORG}/spaces/sp_team_hq/access-settings`, {
      email,
      role: 'visitor',
    });
    const accepted = sandbox.enterSpace('sp_team_hq', email);
    assert.deepEqual([accepted.role, accepted.via], ['admin', 'invitation']);
    const again = sandbox.enterSpace('sp_team_hq', email);
    assert.deepEqual([again.role, again.via], ['admin', 'existing_role']);
  });

  it('gives the access settings role over a lower role held', async () => {
    const { sandbox, owner } = teamSandbox();
    const email = 'upgrade@example.test';
    const id = await memberOf(sandbox, owner, email, 'sp_team_hq', 'guest');
    await owner.post(`${ORG}/spaces/sp_team_hq/access-settings`, {
      email,
      role: 'member',
    });
    const entry = sandbox.enterSpace('sp_team_hq', email);
    assert.deepEqual([entry.role, entry.via], ['member', 'access_settings']);
    assert.equal((await owner.get(`${ORG}/users/${id}`)).status, 200);
  });
});

describe('audit trail', () => {
  it('records who did what to whom, when, and the result', async () => {
    const { sandbox, owner } = teamSandbox();
    await owner.del(`${ORG}/users/usr_team_owner_2`);
    const id = await memberOf(
      sandbox,
      owner,
      'audited@example.test',
      'sp_team_eng',
    );
    await owner.post(`${ORG}/users/${id}/reauthenticate`);
    const events = (await owner.get(`${ORG}/audit-events?limit=3`)).body;
    assert.deepEqual(
      events.items.map(
        (e: { action: string; result: string; code: string }) => [
          e.action,
          e.result,
          e.code,
        ],
      ),
      [
        ['user.reauthenticate', 'succeeded', null],
        ['invitation.create', 'succeeded', null],
        ['user.delete', 'refused', 'owner_role_held'],
      ],
    );
    assert.deepEqual(events.items[2].actor, {
      userId: 'usr_team_owner',
      username: 'Aiko Tanaka',
    });
    assert.deepEqual(events.items[2].target, {
      type: 'user',
      id: 'usr_team_owner_2',
      label: 'Marco Rossi',
    });
    assert.equal(events.items[2].at, '2026-03-05T09:00:00.000Z');
    assert.equal(events.nextCursor, null);
  });
});
