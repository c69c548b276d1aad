/*
 * The SDK against the sandbox backend, written once and run over each way
 * the sandbox is served (MSW in-process, the Node HTTP server). It talks
 * to the sandbox only through HTTP, its own endpoints included, so the
 * same tests hold for both.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { isApiError } from './api-error.js';
import { createOrgUserClient, type OrgUserClient } from './client.js';
import type { ClientOptions } from './options.js';
import type { ListUsersQuery, OrgUser } from './types.js';

const TEAM = 'org_team';
const OWNER = 'tok_team_owner';

/** How a test file serves the sandbox: its API base URL, once ready. */
export interface SandboxConnection {
  baseUrl: () => string;
}

export function sandboxSuite(name: string, connection: SandboxConnection) {
  const base = () => connection.baseUrl();
  const connect = (options: Partial<ClientOptions> = {}): OrgUserClient =>
    createOrgUserClient({ baseUrl: base(), token: OWNER, ...options });

  /** Calls one of the sandbox's own endpoints and answers its JSON. */
  async function sandbox<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${base()}/sandbox${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    assert.ok(response.ok, `sandbox${path} answered ${response.status}`);
    return (await response.json()) as T;
  }

  async function all(client: OrgUserClient, query: ListUsersQuery = {}) {
    const users: OrgUser[] = [];
    for await (const user of client.iterateUsers(TEAM, query)) {
      users.push(user);
    }
    return users;
  }

  async function firstUser(client: OrgUserClient, query: ListUsersQuery) {
    const page = await client.listUsers(TEAM, { ...query, limit: 1 });
    assert.ok(page.items[0], `no user matches ${JSON.stringify(query)}`);
    return page.items[0];
  }

  describe(name, () => {
    beforeEach(() => sandbox('/reset', {}));

    describe('listing', () => {
      it('iterates every user once, matching total and seats', async () => {
        const client = connect();

        const { total } = await client.listUsers(TEAM, { limit: 1 });
        const users = await all(client, { limit: 37 });
        const seats = await client.getSeatSummary(TEAM);

        assert.ok(total > 200, `only ${total} users`);
        assert.equal(users.length, total);
        assert.equal(new Set(users.map((u) => u.id)).size, total);
        assert.equal(seats.billableUsers, total);
      });

      it('finds composed and decomposed accents by search', async () => {
        const client = connect();

        const composed = await client.listUsers(TEAM, {
          q: ' ZO\u00cb MARTIN ',
        });
        const decomposed = await client.listUsers(TEAM, {
          q: 'Zoe\u0308 Lefe\u0300',
        });

        assert.deepEqual(
          composed.items.map((u) => u.id),
          ['usr_t_zoe_nfc'],
        );
        assert.deepEqual(
          decomposed.items.map((u) => u.id),
          ['usr_t_zoe_nfd'],
        );
      });

      it('combines the values of an array filter with OR', async () => {
        const client = connect();
        const count = async (status: ListUsersQuery['status']) =>
          (await client.listUsers(TEAM, { status, limit: 1 })).total;

        const active = await count(['active']);
        const pending = await count(['reauthentication_required']);
        const both = await count(['active', 'reauthentication_required']);

        assert.ok(active > 0 && pending > 0);
        assert.equal(both, active + pending);
      });

      it('combines different filters with AND', async () => {
        const client = connect();

        const users = await all(client, {
          orgRole: ['none'],
          spaceRole: ['admin'],
          limit: 200,
        });

        assert.ok(users.length > 0);
        for (const user of users) {
          assert.equal(user.orgRole, null);
          assert.ok(user.spaceRoles.some((held) => held.role === 'admin'));
        }
      });

      it('sorts descending as the exact reverse of ascending', async () => {
        const client = connect();

        const ascending = await all(client, { sort: 'email', limit: 200 });
        const descending = await all(client, { sort: '-email', limit: 200 });

        assert.deepEqual(
          descending.map((u) => u.id),
          ascending.map((u) => u.id).reverse(),
        );
      });

      it('lists spaces and groups', async () => {
        const client = connect();

        assert.equal((await client.listSpaces(TEAM)).length, 6);
        assert.equal((await client.listGroups(TEAM)).length, 5);
      });
    });

    describe('versions and deletes', () => {
      it('answers the version as ETag and refuses a stale If-Match', async () => {
        const client = connect();
        const { id } = await firstUser(client, {
          status: ['active'],
          orgRole: ['none'],
        });

        const read = await client.raw.GET('/orgs/{orgId}/users/{userId}', {
          params: { path: { orgId: TEAM, userId: id } },
        });
        const version = read.data?.version ?? '';
        const changed = await client.reauthenticateUser(TEAM, id, {
          ifMatch: version,
        });
        const error = await client
          .deleteUser(TEAM, id, { ifMatch: read.response.headers.get('ETag')! })
          .catch((e: unknown) => e);

        assert.equal(read.response.headers.get('ETag'), `"${version}"`);
        assert.equal(changed.status, 'reauthentication_required');
        assert.notEqual(changed.version, version);
        assert.ok(isApiError(error, 'stale_version'));
        assert.equal(error.status, 412);
      });

      it('deletes once, then answers not_an_organization_user', async () => {
        const client = connect();
        const user = await firstUser(client, {
          status: ['active'],
          orgRole: ['none'],
        });
        const before = await client.getSeatSummary(TEAM);

        const result = await client.deleteUser(TEAM, user.id, {
          ifMatch: user.version,
        });
        const again = await client.deleteUser(TEAM, user.id).catch((e) => e);

        assert.equal(result.userId, user.id);
        assert.equal(result.seats.billableUsers, before.billableUsers - 1);
        assert.ok(isApiError(again, 'not_an_organization_user'));
        assert.equal(again.status, 404);
      });

      it('refuses to delete an owner with owner_role_held', async () => {
        const client = connect();
        const owner = await firstUser(client, { orgRole: ['owner'] });

        const error = await client.deleteUser(TEAM, owner.id).catch((e) => e);
        const preview = await client
          .previewDeletion(TEAM, owner.id)
          .catch((e) => e);

        assert.ok(isApiError(error, 'owner_role_held'));
        assert.equal(error.status, 409);
        assert.ok(isApiError(preview, 'owner_role_held'));
      });

      it('keeps the last owner with last_owner', async () => {
        const client = connect();
        const owners = await all(client, { orgRole: ['owner'] });
        const others = owners.filter((o) => o.id !== 'usr_team_owner');

        for (const owner of others) {
          const left = await client.removeOwner(TEAM, owner.id);
          assert.equal(left === null || left.orgRole === null, true);
        }
        const error = await client
          .removeOwner(TEAM, 'usr_team_owner')
          .catch((e) => e);

        assert.ok(others.length >= 1);
        assert.ok(isApiError(error, 'last_owner'));
      });

      it('cancels an invitation; the user leaves the list', async () => {
        const client = connect();
        const invited = await firstUser(client, { status: ['invited'] });

        assert.equal(
          await client.cancelInvitation(TEAM, invited.id),
          undefined,
        );
        const error = await client.getUser(TEAM, invited.id).catch((e) => e);

        assert.ok(isApiError(error, 'not_an_organization_user'));
      });
    });

    describe('refusals', () => {
      it('answers plan_not_eligible on the free plan', async () => {
        const client = connect({ token: 'tok_free_owner' });

        const organization = await client.getOrganization('org_free');
        const error = await client.listUsers('org_free').catch((e) => e);

        assert.equal(organization.userManagementAvailable, false);
        assert.ok(isApiError(error, 'plan_not_eligible'));
        assert.equal(error.status, 403);
      });

      it('answers not_an_owner to a plain member', async () => {
        const client = connect({ token: 'tok_team_member' });

        const error = await client.getSeatSummary(TEAM).catch((e) => e);

        assert.ok(isApiError(error, 'not_an_owner'));
        assert.ok(error.requestId);
      });

      it('answers two_factor_not_enabled without 2FA set up', async () => {
        const client = connect();
        const users = await all(client, { status: ['active'], limit: 200 });
        const without = users.find((u) => u.twoFactor === 'not_set_up');
        assert.ok(without);

        const error = await client
          .resetTwoFactor(TEAM, without.id)
          .catch((e) => e);

        assert.ok(isApiError(error, 'two_factor_not_enabled'));
      });

      it('applies a repeated idempotency key once', async () => {
        const client = connect();
        const users = await all(client, { status: ['active'], limit: 200 });
        const target = users.find((u) => u.twoFactor === 'active');
        assert.ok(target);
        const outbox = async () =>
          (
            await sandbox<{ items: unknown[] }>(
              `/outbox?to=${encodeURIComponent(target.email)}`,
            )
          ).items.length;
        const before = await outbox();

        const first = await client.resetTwoFactor(TEAM, target.id, {
          idempotencyKey: 'reset-once',
        });
        const second = await client.resetTwoFactor(TEAM, target.id, {
          idempotencyKey: 'reset-once',
        });

        assert.deepEqual(second, first);
        assert.equal(await outbox(), before + 1);
      });
    });

    describe('token refresh', () => {
      /** getToken over short-lived sandbox tokens; counts refreshes. */
      function shortLivedTokens() {
        let token: string | undefined;
        const counts = { issued: 0, refreshes: 0 };
        const issue = async () => {
          counts.issued += 1;
          const issued = await sandbox<{ token: string }>('/tokens', {
            userId: 'usr_team_owner',
            ttlSeconds: 60,
          });
          return issued.token;
        };
        const getToken = async ({
          forceRefresh,
        }: {
          forceRefresh: boolean;
        }) => {
          if (forceRefresh) {
            counts.refreshes += 1;
          }
          if (forceRefresh || token === undefined) {
            token = await issue();
          }
          return token;
        };
        return { getToken, counts };
      }

      it('refreshes an expired token once and carries on', async () => {
        const tokens = shortLivedTokens();
        const client = connect({ token: undefined, getToken: tokens.getToken });

        await client.getSeatSummary(TEAM);
        await sandbox('/clock/advance', { seconds: 61 });
        const results = await Promise.all([
          client.getSeatSummary(TEAM),
          client.listUsers(TEAM, { limit: 5 }),
          client.listGroups(TEAM),
        ]);

        assert.equal(results[1].items.length, 5);
        assert.equal(tokens.counts.refreshes, 1);
        assert.equal(tokens.counts.issued, 2);
      });

      it('rejects with unauthorized when the new token is refused', async () => {
        const client = connect({
          token: undefined,
          getToken: () => 'tok_unknown',
        });

        const error = await client.getSeatSummary(TEAM).catch((e) => e);

        assert.ok(isApiError(error, 'unauthorized'));
        assert.equal(error.status, 401);
        assert.ok(!error.message.includes('tok_unknown'));
      });
    });
  });
}
