/**
 * Listing the organization user list: search, filters, sort, cursors and
 * counts, on the team organization and on the 100,000-user one.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fold } from './core/fold.js';
import { createSandbox } from './sandbox.js';
import { allIds, callerFor, teamSandbox, type Caller } from './test-support.js';

const ORG = '/orgs/org_team';

interface User {
  id: string;
  username: string;
  email: string;
  orgRole: string | null;
  status: string;
  lastAccessAt: string | null;
  spaceRoles: { role: string }[];
  groups: { id: string }[];
}

async function everyone(owner: Caller, query = ''): Promise<User[]> {
  const users: User[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { items: User[]; nextCursor: string | null } } =
      await owner.get(
        `${ORG}/users?limit=200${query ? `&${query}` : ''}` +
          (cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''),
      );
    users.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return users;
}

describe('search', () => {
  it('finds a composed and a decomposed "Zoë" for "zoe"', async () => {
    const { owner } = teamSandbox();
    for (const q of ['zoe', 'ZOE', 'Zo\u00eb', 'zoe\u0308', '  zoë  ']) {
      const page = await owner.get(`${ORG}/users?q=${encodeURIComponent(q)}`);
      assert.deepEqual(
        page.body.items.map((u: User) => u.username).sort(),
        ['Zoe\u0308 Lefe\u0300vre', 'Zo\u00eb Martin'],
        `for ${JSON.stringify(q)}`,
      );
      assert.equal(page.body.total, 2);
    }
  });

  it('finds exactly the user of a full plus-addressed email', async () => {
    const { owner } = teamSandbox();
    const exact = await owner.get(
      `${ORG}/users?q=${encodeURIComponent(' alex+ops@acme.example ')}`,
    );
    assert.deepEqual(
      exact.body.items.map((u: User) => u.email),
      ['alex+ops@acme.example'],
    );
    const partial = await owner.get(
      `${ORG}/users?q=${encodeURIComponent('+ops@')}`,
    );
    assert.deepEqual(partial.body.items.map((u: User) => u.email).sort(), [
      'alex+ops@acme.example',
      'salex+ops@acme.example',
    ]);
  });

  it('matches substrings of usernames and emails, and markup as text', async () => {
    const { owner } = teamSandbox();
    const markup = await owner.get(
      `${ORG}/users?q=${encodeURIComponent('<img')}`,
    );
    assert.equal(markup.body.items[0].username, '<img src=x onerror=alert(1)>');
    const rtl = await owner.get(`${ORG}/users?q=${encodeURIComponent('נ')}`);
    assert.equal(rtl.body.items[0].username, 'דניאל כהן');
    const domain = await owner.get(`${ORG}/users?q=newcomers.example`);
    assert.ok(domain.body.total > 5);
    assert.ok(
      domain.body.items.every((u: User) =>
        u.email.endsWith('@newcomers.example'),
      ),
    );
    const none = await owner.get(`${ORG}/users?q=no-such-person`);
    assert.deepEqual([none.body.items, none.body.total], [[], 0]);
  });

  it('treats a query of spaces as no query', async () => {
    const { owner } = teamSandbox();
    const all = await owner.get(`${ORG}/users`);
    const blank = await owner.get(`${ORG}/users?q=%20%20`);
    assert.equal(blank.body.total, all.body.total);
  });
});

describe('filters', () => {
  it('combine with AND across filters and OR within one', async () => {
    const { owner } = teamSandbox();
    const all = await everyone(owner);
    const cases: [string, (u: User) => boolean][] = [
      ['orgRole=owner', (u) => u.orgRole === 'owner'],
      ['orgRole=none', (u) => u.orgRole === null],
      ['orgRole=owner,none', () => true],
      [
        'status=invited,reauthentication_required',
        (u) => u.status !== 'active',
      ],
      [
        'spaceRole=admin&orgRole=owner',
        (u) =>
          u.orgRole === 'owner' && u.spaceRoles.some((s) => s.role === 'admin'),
      ],
      [
        'spaceRole=visitor,guest&status=active',
        (u) =>
          u.status === 'active' &&
          u.spaceRoles.some((s) => s.role === 'visitor' || s.role === 'guest'),
      ],
      [
        'group=grp_team_remote,grp_team_oncall&spaceRole=member',
        (u) =>
          u.groups.some(
            (g) => g.id === 'grp_team_remote' || g.id === 'grp_team_oncall',
          ) && u.spaceRoles.some((s) => s.role === 'member'),
      ],
      [
        'q=an&status=active&group=grp_team_remote',
        (u) =>
          (fold(u.username).includes('an') || fold(u.email).includes('an')) &&
          u.status === 'active' &&
          u.groups.some((g) => g.id === 'grp_team_remote'),
      ],
    ];
    for (const [query, keep] of cases) {
      const expected = all.filter(keep).map((u) => u.id);
      const found = await everyone(owner, query);
      assert.deepEqual(
        found.map((u) => u.id),
        expected,
        query,
      );
      const first = await owner.get(`${ORG}/users?limit=1&${query}`);
      assert.equal(first.body.total, expected.length, query);
      assert.ok(expected.length > 0, `${query} matches someone`);
    }
  });
});

describe('sort', () => {
  const key = {
    username: (u: User) => fold(u.username),
    email: (u: User) => u.email.toLowerCase(),
    lastAccessAt: (u: User) =>
      u.lastAccessAt ? Date.parse(u.lastAccessAt) : -1,
  };

  for (const [name, keyOf] of Object.entries(key)) {
    it(`orders by ${name} with ties by id, and reverses exactly for -${name}`, async () => {
      const { owner } = teamSandbox();
      const ascending = await everyone(owner, `sort=${name}`);
      for (let i = 1; i < ascending.length; i++) {
        const a = ascending[i - 1]!;
        const b = ascending[i]!;
        const ka = keyOf(a);
        const kb = keyOf(b);
        assert.ok(
          ka < kb || (ka === kb && a.id < b.id),
          `${a.id} before ${b.id}`,
        );
      }
      const descending = await everyone(owner, `sort=-${name}`);
      assert.deepEqual(
        descending.map((u) => u.id),
        ascending.map((u) => u.id).reverse(),
      );
    });
  }
});

describe('cursor pagination', () => {
  it('skips nobody on the next page when users of the first page are deleted', async () => {
    const { owner } = teamSandbox();
    const all = await everyone(owner, 'orgRole=none');
    const first = await owner.get(`${ORG}/users?limit=10&orgRole=none`);
    assert.deepEqual(
      first.body.items.map((u: User) => u.id),
      all.slice(0, 10).map((u) => u.id),
    );
    // Delete one user in the middle of page 1, and the one the cursor
    // points at.
    for (const user of [all[4]!, all[9]!]) {
      assert.equal((await owner.del(`${ORG}/users/${user.id}`)).status, 200);
    }
    const second = await owner.get(
      `${ORG}/users?limit=10&orgRole=none&cursor=${encodeURIComponent(
        first.body.nextCursor,
      )}`,
    );
    assert.deepEqual(
      second.body.items.map((u: User) => u.id),
      all.slice(10, 20).map((u) => u.id),
    );
    assert.equal(second.body.total, all.length - 2);
  });

  it('continues a descending sort and ends with a null cursor', async () => {
    const { owner } = teamSandbox();
    const ids = await allIds(owner, 'org_team', 'sort=-lastAccessAt');
    const total = (await owner.get(`${ORG}/users?limit=1`)).body.total;
    assert.equal(ids.length, total);
    assert.equal(new Set(ids).size, total);
  });

  it('defaults to 50 a page and accepts 1 and 200', async () => {
    const { owner } = teamSandbox();
    assert.equal((await owner.get(`${ORG}/users`)).body.items.length, 50);
    assert.equal(
      (await owner.get(`${ORG}/users?limit=1`)).body.items.length,
      1,
    );
    assert.equal(
      (await owner.get(`${ORG}/users?limit=200`)).body.items.length,
      200,
    );
  });

  it('refuses a damaged cursor and one made for another sort', async () => {
    const { owner } = teamSandbox();
    const page = await owner.get(`${ORG}/users?limit=5&sort=email`);
    const cursor = encodeURIComponent(page.body.nextCursor);
    const other = await owner.get(
      `${ORG}/users?sort=username&cursor=${cursor}`,
    );
    assert.equal(other.status, 400);
    assert.equal(other.body.code, 'validation_failed');
    const damaged = await owner.get(`${ORG}/users?cursor=not-a-cursor!`);
    assert.equal(damaged.body.code, 'validation_failed');
  });

  it('refuses a cursor made for another organization', async () => {
    const { sandbox, owner } = teamSandbox();
    const page = await owner.get(`${ORG}/users?limit=5`);
    const cursor = encodeURIComponent(page.body.nextCursor);
    const ownPage = await owner.get(`${ORG}/users?limit=5&cursor=${cursor}`);
    assert.equal(ownPage.status, 200);
    const large = callerFor(sandbox, 'tok_large_owner');
    const other = await large.get(`/orgs/org_large/users?cursor=${cursor}`);
    assert.deepEqual(
      [other.status, other.body.code],
      [400, 'validation_failed'],
    );
  });
});

describe('the 100,000-user organization', () => {
  const sandbox = createSandbox();
  const owner = callerFor(sandbox, 'tok_large_owner');
  const org = '/orgs/org_large';

  before(async () => {
    assert.equal((await owner.get(`${org}/seats`)).status, 200);
  });

  it('lists 100,000 users, billed once each', async () => {
    const page = await owner.get(`${org}/users?limit=200`);
    assert.equal(page.body.total, 100_000);
    assert.equal(page.body.items.length, 200);
    const seats = (await owner.get(`${org}/seats`)).body;
    assert.equal(seats.billableUsers, 100_000);
  });

  it('pages through a search and filters to each match exactly once', async () => {
    const query = 'q=mari&status=active&spaceRole=member&sort=-lastAccessAt';
    const ids = await allIds(owner, 'org_large', query);
    const world = sandbox.world;
    const expected = [...world.org('org_large')!.rows.values()].filter(
      (row) =>
        row.account.searchKey.includes('mari') &&
        row.status === 'active' &&
        [...row.membership.spaceRoles.values()].includes('member'),
    );
    assert.ok(expected.length > 100);
    assert.equal(ids.length, expected.length);
    assert.deepEqual(new Set(ids), new Set(expected.map((row) => row.id)));
    const total = (await owner.get(`${org}/users?limit=1&${query}`)).body.total;
    assert.equal(total, expected.length);
  });

  it('pages through the invited users while they are deleted meanwhile', async () => {
    const first = await owner.get(`${org}/users?limit=100&status=invited`);
    const total = first.body.total;
    assert.ok(total > 300);
    const seen = first.body.items.map((u: User) => u.id);
    for (const id of seen.slice(0, 20)) {
      assert.equal(
        (await owner.post(`${org}/users/${id}/cancel-invitation`)).status,
        204,
      );
    }
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await owner.get(
        `${org}/users?limit=100&status=invited&cursor=${encodeURIComponent(cursor)}`,
      );
      seen.push(...page.body.items.map((u: User) => u.id));
      cursor = page.body.nextCursor;
    }
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
  });
});
