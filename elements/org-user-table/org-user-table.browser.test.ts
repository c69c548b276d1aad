import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { OrgActionSelectEvent } from '../events/org-action-select.js';
import { OrgUsersChangedEvent } from '../events/org-users-changed.js';
import { setLocale } from '../shared/localize.js';
import {
  actionsOf,
  choose,
  clientFor,
  count,
  countIs,
  loadedRows,
  mount,
  part,
  root,
  rowOf,
  rows,
  sandbox,
  scrollTable,
  search,
  settled,
  text,
  totalOf,
  useSandbox,
  WAIT,
  worker,
} from './harness.browser.js';

const USERS = '*/v1/orgs/:orgId/users';

/** Waits for a condition, as long as a sandbox request may take. */
function until<T>(predicate: () => T | Promise<T>, message?: string) {
  return waitUntil(predicate as () => boolean, message, WAIT);
}

/** The text of every header cell, in order. */
function headers(table: Element): string[] {
  return [...table.shadowRoot!.querySelectorAll('[role=columnheader]')].map(
    (cell) => text(cell),
  );
}

/** The emails of the loaded rows, in order. */
function emails(table: Element): string[] {
  return [...table.shadowRoot!.querySelectorAll('[part~=cell-email]')].map(
    (cell) => text(cell),
  );
}

describe('<org-user-table>', () => {
  useSandbox();

  describe('rendering', () => {
    it('shows every column in the default order', async () => {
      const table = await mount();
      await settled(table);

      expect(headers(table)).to.deep.equal([
        'User',
        'Email',
        'Org Role',
        'Space roles',
        'Groups',
        '2FA',
        'Status',
        'Last access',
        'Actions',
      ]);
    });

    it('shows the total count of users', async () => {
      const total = await totalOf();
      const table = await mount();
      await settled(table);

      expect(count(table)).to.equal(`${total} users`);
      expect(
        part(table, '[role=table]').getAttribute('aria-rowcount'),
      ).to.equal(String(total + 1));
    });

    it('shows an owner with the Owner role, 2FA, status and last access', async () => {
      const table = await mount();
      await settled(table);
      await search(table, 'aiko.tanaka');
      const row = await rowOf(table, 'aiko.tanaka@acme.example');

      expect(text(row.querySelector('[part~=avatar]')!)).to.equal('A');
      expect(text(row.querySelector('[part~=name]')!)).to.equal('Aiko Tanaka');
      expect(text(row.querySelector('[part~=cell-org-role]')!)).to.equal(
        'Owner',
      );
      expect(text(row.querySelector('[part~=cell-two-factor]')!)).to.equal(
        'Active',
      );
      expect(text(row.querySelector('[part~=cell-status]')!)).to.equal(
        'Active',
      );
      expect(text(row.querySelector('[part~=cell-last-access]')!)).to.match(
        /ago$|^yesterday$|^last (week|month)$/,
      );
    });

    it('shows "-" for a user who is not an owner', async () => {
      const table = await mount();
      await search(table, 'lars.jensen');
      const row = await rowOf(table, 'lars.jensen@acme.example');
      const cell = row.querySelector('[part~=cell-org-role]')!;

      expect(cell.querySelector('[aria-hidden=true]')?.textContent).to.equal(
        '-',
      );
      expect(text(cell.querySelector('.visually-hidden')!)).to.equal('None');
    });

    it('shows an invitee as invited with the time left on the server clock', async () => {
      const table = await mount();
      await search(table, 'hana.sato');
      const row = await rowOf(table, 'hana.sato@newcomers.example');

      // Sent 6 days 20 hours before the sandbox's present.
      expect(text(row.querySelector('[part~=cell-status]')!)).to.match(
        /^Invited expires in [34] hours$/,
      );
      expect(text(row.querySelector('[part~=cell-space-roles]')!)).to.equal(
        'No space role',
      );
    });

    it('expands space roles to the spaces and invitations that bill the user', async () => {
      const table = await mount();
      await search(table, 'aiko.tanaka');
      const row = await rowOf(table, 'aiko.tanaka@acme.example');
      const button = row.querySelector<HTMLButtonElement>(
        '[part=expand-button]',
      )!;

      expect(text(button)).to.equal('Admin · 1 space');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await table.updateComplete;

      const list = root(table).getElementById(
        button.getAttribute('aria-controls')!,
      )!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect([...list.querySelectorAll('li')].map(text)).to.deep.equal([
        'Organization owner',
        'Headquarters: Admin',
      ]);
    });

    it('renders markup in a name as text', async () => {
      const table = await mount();
      await search(table, 'markup@');
      const row = await rowOf(table, 'markup@acme.example');
      const name = row.querySelector('[part~=name]')!;

      expect(name.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(row.querySelector('img')).to.equal(null);
    });

    it('lets right-to-left names and emoji lay out on their own', async () => {
      const table = await mount();
      await search(table, 'noor.alhuda');
      const row = await rowOf(table, 'noor.alhuda@acme.example');
      const name = row.querySelector('[part~=name]')!;

      expect(name.getAttribute('dir')).to.equal('auto');
      expect(name.textContent).to.equal('نور الهدى');

      await search(table, 'unicorn@');
      const emoji = await rowOf(table, 'unicorn@acme.example');
      expect(emoji.querySelector('[part~=name]')!.textContent).to.equal('🦄✨');
    });

    it('truncates a 500-character name and keeps the full value', async () => {
      const table = await mount();
      await search(table, 'maximiliana@');
      const row = await rowOf(table, 'maximiliana@acme.example');
      const name = row.querySelector<HTMLElement>('[part~=name]')!;

      expect(name.textContent!.length).to.equal(500);
      expect(name.title).to.equal(name.textContent);
      expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
      expect(row.getBoundingClientRect().height).to.be.below(100);
    });
  });

  describe('localization', () => {
    afterEach(() => setLocale('en'));

    it('renders its headers and count in Japanese', async () => {
      const total = await totalOf();
      await setLocale('ja');
      const table = await mount();
      await settled(table);

      expect(headers(table).slice(0, 3)).to.deep.equal([
        'ユーザー',
        'メールアドレス',
        '組織ロール',
      ]);
      expect(count(table)).to.equal(`${total}人のユーザー`);
      expect(text(loadedRows(table)[0]!.querySelector('time')!)).to.match(
        /前$|^昨日$|^先(週|月)$/,
      );
    });

    it('follows a locale change while on the page', async () => {
      const table = await mount();
      await settled(table);
      await setLocale('ja');
      await table.updateComplete;

      expect(headers(table)[1]).to.equal('メールアドレス');
      expect(text(part(table, '[part=export]'))).to.equal('CSVを書き出す');
    });

    it('lays out right to left on a right-to-left page', async () => {
      const table = await mount();
      await settled(table);
      table.dir = 'rtl';
      await table.updateComplete;
      const scroller = part(table, '.scroll').getBoundingClientRect();
      const first = part(table, '[role=columnheader]').getBoundingClientRect();
      const search = part(table, '[part=search]').getBoundingClientRect();

      expect(Math.abs(scroller.right - first.right)).to.be.below(2);
      expect(search.right).to.be.greaterThan(
        table.getBoundingClientRect().right - 300,
      );
    });
  });

  describe('properties', () => {
    it('shows only the columns chosen, in the order chosen', async () => {
      const table = await mount({ columns: 'status, email,user,bogus' });
      await settled(table);

      expect(headers(table)).to.deep.equal(['Status', 'Email', 'User']);
      expect(
        loadedRows(table)[0]!.querySelectorAll('[role=cell]'),
      ).to.have.length(3);
    });

    it('follows a change of the columns property', async () => {
      const table = await mount();
      await settled(table);
      table.columns = ['email', 'actions'];
      await table.updateComplete;

      expect(headers(table)).to.deep.equal(['Email', 'Actions']);
    });

    it('works from base-url and a token property alone', async () => {
      const table = document.createElement('org-user-table');
      table.setAttribute('org-id', 'org_team');
      table.setAttribute('base-url', `${location.origin}/v1`);
      table.token = 'tok_team_owner';
      document.body.append(table);

      try {
        await settled(table);
        expect(count(table)).to.equal(`${await totalOf()} users`);
        expect(table.hasAttribute('token')).to.equal(false);
      } finally {
        table.remove();
      }
    });

    it('loads rows again after it is moved in the document', async () => {
      const table = await mount();
      await settled(table);
      const elsewhere = document.createElement('div');
      document.body.prepend(elsewhere);

      try {
        elsewhere.append(table);
        await table.updateComplete;
        await settled(table);
        await scrollTable(table, 5_000);

        await until(
          () => loadedRows(table).some((row) => Number(row.ariaRowIndex) > 100),
          'no rows loaded after the move',
        );
        expect(count(table)).to.equal(`${await totalOf()} users`);
      } finally {
        elsewhere.remove();
      }
    });

    it('loads another organization when org-id changes', async () => {
      const table = await mount();
      await settled(table);
      table.client = clientFor('tok_large_owner');
      table.orgId = 'org_large';

      await countIs(table, '100,000 users');
      expect(
        part(table, '[role=table]').getAttribute('aria-rowcount'),
      ).to.equal('100001');
    });
  });

  describe('search, filters and sort', () => {
    afterEach(() => worker.events.removeAllListeners());

    it('debounces typing into one request for the last text', async () => {
      const queries: (string | null)[] = [];
      worker.events.on('request:start', ({ request }) => {
        const url = new URL(request.url);
        if (url.pathname.endsWith('/users')) {
          queries.push(url.searchParams.get('q'));
        }
      });
      const expected = await totalOf({ q: 'zoe' });
      const table = await mount();
      table.searchDelay = 250;
      await settled(table);
      queries.length = 0;

      await search(table, 'z');
      await search(table, 'zo');
      await search(table, 'zoe');
      await countIs(table, `${expected} users`);

      expect(queries).to.deep.equal(['zoe']);
      expect(emails(table)).to.have.members([
        'zoe.lefevre@acme.example',
        'zoe.martin@acme.example',
      ]);
    });

    it('keeps a search within the 500 characters the API accepts', async () => {
      const queries: (string | null)[] = [];
      worker.events.on('request:start', ({ request }) => {
        const url = new URL(request.url);
        if (url.pathname.endsWith('/users')) {
          queries.push(url.searchParams.get('q'));
        }
      });
      const table = await mount();
      table.searchDelay = 0;
      await settled(table);
      queries.length = 0;

      await search(table, 'x'.repeat(501));
      await countIs(table, '0 users');

      const input = part<HTMLInputElement>(table, '[part=search]');
      expect(input.maxLength).to.equal(500);
      expect(queries.at(-1)).to.equal('x'.repeat(500));
    });

    it('aborts a stale search and never shows its late answer', async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      let staleAnswered = () => {};
      const answered = new Promise<void>(
        (resolve) => (staleAnswered = resolve),
      );
      worker.use(
        http.get(USERS, async ({ request }) => {
          if (new URL(request.url).searchParams.get('q') === 'alex') {
            await gate;
            const response = await sandbox.handle(request);
            staleAnswered();
            return response;
          }
          return sandbox.handle(request);
        }),
      );
      const signals = new Map<string, AbortSignal>();
      const client = clientFor('tok_team_owner', (input, init) => {
        const request = new Request(input, init);
        const q = new URL(request.url).searchParams.get('q');
        if (q) {
          signals.set(q, request.signal);
        }
        return fetch(request);
      });
      const table = await mount({ client });
      await settled(table);

      await search(table, 'alex');
      await until(() => signals.has('alex'), 'the first search was sent');
      await search(table, 'zoe');
      await countIs(table, '2 users');
      release();
      await answered;
      await table.updateComplete;

      expect(signals.get('alex')?.aborted).to.equal(true);
      expect(count(table)).to.equal('2 users');
      expect(emails(table)).to.have.members([
        'zoe.lefevre@acme.example',
        'zoe.martin@acme.example',
      ]);
    });

    it('combines filters and clears them', async () => {
      const table = await mount();
      await settled(table);
      const all = count(table);
      // The group options come from their own request.
      await waitUntil(
        () => root(table).querySelector('option[value=grp_team_managers]'),
        'the group options never arrived',
        WAIT,
      );

      choose(table, 'status', 'active');
      choose(table, 'spaceRole', 'admin');
      choose(table, 'group', 'grp_team_managers');
      const expected = await totalOf({
        status: ['active'],
        spaceRole: ['admin'],
        group: ['grp_team_managers'],
      });
      await countIs(table, `${expected} ${expected === 1 ? 'user' : 'users'}`);
      expect(expected).to.be.greaterThan(0);

      for (const row of loadedRows(table)) {
        expect(text(row.querySelector('[part~=cell-status]')!)).to.equal(
          'Active',
        );
        expect(text(row.querySelector('[part~=cell-groups]')!)).to.contain(
          'Managers',
        );
      }

      part<HTMLButtonElement>(table, '[part=clear-filters]').click();
      await countIs(table, all);
      const selects = root(table).querySelectorAll('select');
      expect([...selects].map((s) => s.value)).to.deep.equal(['', '', '', '']);
      expect(part<HTMLButtonElement>(table, '[part=clear-filters]').disabled).to
        .be.true;
    });

    it('offers the groups of the organization as filter options', async () => {
      const groups = await clientFor().listGroups('org_team');
      const table = await mount();
      await settled(table);
      await until(
        () =>
          part(table, 'select[name=group]').querySelectorAll('option').length >
          1,
      );
      const options = [
        ...part(table, 'select[name=group]').querySelectorAll('option'),
      ].map((option) => text(option));

      expect(options).to.deep.equal(['Any', ...groups.map((g) => g.name)]);
    });

    it('filters by org role', async () => {
      const table = await mount();
      await settled(table);
      choose(table, 'orgRole', 'owner');

      await countIs(table, '3 users');
      expect(
        loadedRows(table).map((row) =>
          text(row.querySelector('[part~=cell-org-role]')!),
        ),
      ).to.deep.equal(['Owner', 'Owner', 'Owner']);
    });

    it('sorts by a header and tells it through aria-sort', async () => {
      const table = await mount();
      await settled(table);
      const [user, email] = root(table).querySelectorAll('[role=columnheader]');

      expect(user!.getAttribute('aria-sort')).to.equal('ascending');
      expect(email!.hasAttribute('aria-sort')).to.equal(false);

      const firstOf = async (sort: 'email' | '-email') =>
        (await clientFor().listUsers('org_team', { sort, limit: 5 })).items.map(
          (u) => u.email,
        );

      email!.querySelector('button')!.click();
      await until(() => email!.getAttribute('aria-sort') === 'ascending');
      await settled(table);
      expect(user!.hasAttribute('aria-sort')).to.equal(false);
      expect(emails(table).slice(0, 5)).to.deep.equal(await firstOf('email'));

      email!.querySelector('button')!.click();
      await until(() => email!.getAttribute('aria-sort') === 'descending');
      await settled(table);
      expect(emails(table).slice(0, 5)).to.deep.equal(await firstOf('-email'));
    });

    it('sorts last access with the most recent first', async () => {
      const table = await mount();
      await settled(table);
      const header = root(table).querySelectorAll('[role=columnheader]')[7]!;
      header.querySelector('button')!.click();

      await until(() => header.getAttribute('aria-sort') === 'descending');
      await settled(table);
      const first = loadedRows(table)[0]!.querySelector('time')!;
      const second = loadedRows(table)[1]!.querySelector('time')!;
      expect(Date.parse(first.dateTime)).to.be.at.least(
        Date.parse(second.dateTime),
      );
    });
  });

  describe('row actions', () => {
    it('offers re-authenticate, reset 2FA and delete to a member with 2FA', async () => {
      const table = await mount();
      await search(table, 'lars.jensen');
      const row = await rowOf(table, 'lars.jensen@acme.example');

      expect(actionsOf(row)).to.deep.equal([
        'reauthenticate',
        'reset-two-factor',
        'delete',
      ]);
    });

    it('disables delete for an owner and says why', async () => {
      const table = await mount();
      await search(table, 'aiko.tanaka');
      const row = await rowOf(table, 'aiko.tanaka@acme.example');
      const remove = row.querySelector<HTMLButtonElement>(
        '[data-action=delete]',
      )!;
      const reason = root(table).getElementById(
        remove.getAttribute('aria-describedby')!.split(' ').at(-1)!,
      )!;
      let selected = 0;
      table.addEventListener('org-action-select', () => (selected += 1));

      remove.click();

      expect(remove.getAttribute('aria-disabled')).to.equal('true');
      expect(text(reason)).to.equal('Remove the owner role first');
      expect(reason.checkVisibility()).to.equal(true);
      expect(selected).to.equal(0);
    });

    it('hides reset 2FA for a user who has not set it up', async () => {
      let email = '';
      for await (const user of clientFor().iterateUsers('org_team', {
        status: ['active'],
        limit: 200,
      })) {
        if (user.twoFactor === 'not_set_up' && user.orgRole === null) {
          email = user.email;
          break;
        }
      }
      const table = await mount();
      await search(table, email);
      const row = await rowOf(table, email);

      expect(actionsOf(row)).to.deep.equal(['reauthenticate', 'delete']);
    });

    it('offers cancel invitation and no re-authenticate to an invitee', async () => {
      const table = await mount();
      await search(table, 'hana.sato');
      const row = await rowOf(table, 'hana.sato@newcomers.example');

      expect(actionsOf(row)).to.deep.equal(['cancel-invitation', 'delete']);
    });

    it('hides reset 2FA on every row when the org does not require 2FA', async () => {
      worker.use(
        http.get('*/v1/orgs/:orgId', async ({ request }) => {
          const org = await (await sandbox.handle(request)).json();
          return HttpResponse.json({ ...org, requiresTwoFactor: false });
        }),
      );
      const table = await mount();
      await settled(table);
      const offered = loadedRows(table).flatMap(actionsOf);

      expect(offered).to.include('reauthenticate');
      expect(offered).not.to.include('reset-two-factor');
    });
  });

  describe('events', () => {
    afterEach(() => worker.events.removeAllListeners());

    it('fires a cancelable org-action-select that keeps its dialog closed', async () => {
      const table = await mount();
      await search(table, 'lars.jensen');
      const row = await rowOf(table, 'lars.jensen@acme.example');
      table.addEventListener('org-action-select', (e) => e.preventDefault(), {
        once: true,
      });

      const fired = oneEvent(table, 'org-action-select');
      row
        .querySelector<HTMLButtonElement>('[data-action=reauthenticate]')!
        .click();
      const event = (await fired) as unknown as OrgActionSelectEvent;

      expect(event).to.be.instanceOf(OrgActionSelectEvent);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(
        true,
      );
      expect(event.action).to.equal('reauthenticate');
      expect(event.user.email).to.equal('lars.jensen@acme.example');
      const dialog = part(table, 'user-action-dialog');
      expect(
        dialog.shadowRoot!.querySelector('dialog')?.open ?? false,
      ).to.equal(false);
    });

    it('opens its own dialog when org-action-select is not prevented', async () => {
      const table = await mount();
      await search(table, 'lars.jensen');
      const row = await rowOf(table, 'lars.jensen@acme.example');

      row
        .querySelector<HTMLButtonElement>('[data-action=reauthenticate]')!
        .click();
      const dialog = part(table, 'user-action-dialog');
      await until(
        () => dialog.shadowRoot!.querySelector('dialog')?.open,
        'the dialog did not open',
      );

      expect(text(dialog.shadowRoot!.querySelector('dialog')!)).to.contain(
        'Lars Jensen',
      );
    });

    it('removes a user deleted through its dialog and announces the count', async () => {
      const total = await totalOf();
      const table = await mount();
      await search(table, 'lars.jensen');
      const row = await rowOf(table, 'lars.jensen@acme.example');
      const changed = oneEvent(window, 'org-users-changed');

      row.querySelector<HTMLButtonElement>('[data-action=delete]')!.click();
      const dialog = part(table, 'user-action-dialog');
      // Confirm is enabled once the deletion preview has loaded.
      const confirm = () =>
        dialog.shadowRoot!.querySelector<HTMLButtonElement>(
          '[part~=confirm-button][aria-disabled=false]',
        );
      await until(confirm, 'the deletion preview did not load');
      confirm()!.click();
      const event = (await changed) as unknown as OrgUsersChangedEvent;

      expect(event.orgId).to.equal('org_team');
      await countIs(table, '0 users');
      expect(text(part(table, '[part=empty] p'))).to.contain('No users match');
      expect(text(part(table, '.visually-hidden[aria-live]'))).to.equal(
        '0 users',
      );
      expect(await totalOf()).to.equal(total - 1);
    });

    it('loads again after org-users-changed and keeps its scroll position', async () => {
      const table = await mount();
      await settled(table);
      const scroller = part(table, '.scroll');
      await scrollTable(table, 3000);
      await until(() =>
        loadedRows(table).some((row) => Number(row.ariaRowIndex) > 60),
      );
      const total = await totalOf();
      await clientFor().deleteUser('org_team', 'usr_team_member');

      window.dispatchEvent(
        new OrgUsersChangedEvent({ orgId: 'org_team', reason: 'delete' }),
      );
      await countIs(table, `${total - 1} users`);

      expect(scroller.scrollTop).to.equal(3000);
      expect(
        loadedRows(table).some((row) => Number(row.ariaRowIndex) > 60),
      ).to.equal(true);
    });

    it('ignores org-users-changed for another organization', async () => {
      const lists: string[] = [];
      worker.events.on('request:start', ({ request }) => {
        if (new URL(request.url).pathname.endsWith('/users')) {
          lists.push(request.url);
        }
      });
      const table = await mount();
      await settled(table);
      lists.length = 0;

      window.dispatchEvent(
        new OrgUsersChangedEvent({ orgId: 'org_other', reason: 'external' }),
      );
      window.dispatchEvent(
        new OrgUsersChangedEvent({ orgId: 'org_team', reason: 'external' }),
      );
      await until(() => lists.length > 0);
      await settled(table);

      expect(lists).to.have.length(1);
    });
  });

  describe('export', () => {
    let blobs: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;

    beforeEach(() => {
      blobs = [];
      URL.createObjectURL = (blob) => {
        blobs.push(blob as Blob);
        return 'blob:captured';
      };
      HTMLAnchorElement.prototype.click = function () {};
    });

    afterEach(() => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    });

    it('exports every page of the current filters, formulas neutralised', async () => {
      const total = await totalOf();
      const table = await mount({ client: clientFor() });
      table.pageSize = 50;
      await settled(table);

      part<HTMLButtonElement>(table, '[part=export]').click();
      await until(() => blobs.length === 1, 'no file was made');
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      const csv = new TextDecoder().decode(bytes);
      const lines = csv.split('\r\n');

      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
      expect(lines[0]).to.equal(
        'User id,User,Email,Org Role,Status,2FA,Space roles,Groups,' +
          'Invitation expires,Last access',
      );
      expect(lines.length - 2).to.equal(total);
      expect(csv).to.contain(
        `usr_t_formula,"'=HYPERLINK(""http://evil.example"",""click"")",`,
      );
      await until(
        () =>
          text(part(table, '.visually-hidden[aria-live]')) ===
          `Exported ${total} users to CSV`,
      );
    });

    it('exports only the users matching the search and filters', async () => {
      const expected = await totalOf({ status: ['invited'] });
      const table = await mount();
      await settled(table);
      choose(table, 'status', 'invited');
      await countIs(table, `${expected} users`);

      const blob = await table.exportCsv();
      const lines = (await blob!.text()).split('\r\n').slice(1, -1);

      expect(lines).to.have.length(expected);
      expect(lines.every((line) => line.includes(',invited,'))).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('searches, filters, sorts and opens an action from the keyboard', async () => {
      const table = await mount({ columns: 'user,email,actions' });
      await settled(table);
      part(table, '[part=search]').focus();

      await sendKeys({ type: 'lars.jensen' });
      await sendKeys({ press: 'Enter' });
      await countIs(table, '1 user');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await countIs(table, '1 user');
      expect(
        part<HTMLSelectElement>(table, 'select[name=orgRole]').value,
      ).to.equal('none');

      // Three more filters, Clear filters (enabled now), Export, the table.
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(root(table).activeElement?.getAttribute('role')).to.equal('table');
      await sendKeys({ press: 'Tab' });
      expect(text(root(table).activeElement!)).to.equal('User');
      await sendKeys({ press: 'Enter' });
      await until(
        () =>
          root(table)
            .querySelector('[role=columnheader]')!
            .getAttribute('aria-sort') === 'descending',
      );

      await settled(table);
      // The email header's sort button, then the row's first action.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const focused = root(table).activeElement as HTMLElement;
      expect(focused.dataset.action).to.equal('reauthenticate');
      await sendKeys({ press: 'Enter' });
      const dialog = part(table, 'user-action-dialog');
      await until(() => dialog.shadowRoot!.querySelector('dialog')?.open);
      await sendKeys({ press: 'Escape' });
      await until(() => root(table).activeElement === focused);

      expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    });

    it('shows a visible focus ring on a focused control', async () => {
      const table = await mount();
      await settled(table);
      part(table, '[part=search]').focus();
      await sendKeys({ press: 'Tab' });
      const focused = root(table).activeElement!;

      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(getComputedStyle(focused).outlineWidth).to.equal('2px');
    });
  });

  describe('accessibility', () => {
    it('has no axe violations with rows', async () => {
      const table = await mount();
      await settled(table);

      await expect(table).to.be.accessible();
    });

    it('has no axe violations with a row expanded and a blocked action', async () => {
      const table = await mount();
      await search(table, 'aiko.tanaka');
      const row = await rowOf(table, 'aiko.tanaka@acme.example');
      row.querySelector<HTMLButtonElement>('[part=expand-button]')!.click();
      await table.updateComplete;

      await expect(table).to.be.accessible();
    });

    it('writes no style attribute of its own, for a strict CSP', async () => {
      const table = await mount();
      await settled(table);
      // The list's height and the first row's offset are set through the
      // CSSOM, which a strict style-src allows; nothing else has a style.
      const styled = [...root(table).querySelectorAll('[style]')].filter(
        (element) => !element.matches('.body'),
      );

      expect(styled).to.deep.equal([]);
      expect(root(table).querySelectorAll('style')).to.have.length(0);
    });

    it('numbers rows for assistive technology', async () => {
      const table = await mount();
      await settled(table);
      const indexes = rows(table).map((row) => Number(row.ariaRowIndex));

      expect(part(table, '[role=row]').ariaRowIndex).to.equal('1');
      expect(indexes.slice(0, 3)).to.deep.equal([2, 3, 4]);
      expect(part(table, '[role=table]').ariaLabel).to.equal(
        'Organization users',
      );
    });

    it('announces the number of results in a live region', async () => {
      const table = await mount();
      await settled(table);
      const region = part(table, '.visually-hidden[aria-live]');
      await search(table, 'zoe');

      await until(() => text(region) === '2 users');
      expect(region.getAttribute('aria-live')).to.equal('polite');
    });
  });

  describe('errors and states', () => {
    it('shows a loading state until the first page arrives', async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.get(USERS, async ({ request }) => {
          await gate;
          return sandbox.handle(request);
        }),
      );
      const table = await mount();
      await until(() => root(table).querySelector('[part~=state-loading]'));

      expect(text(part(table, '[part~=state-loading]'))).to.equal(
        'Loading users…',
      );
      await expect(table).to.be.accessible();
      release();
      await settled(table);
      expect(root(table).querySelector('[part~=state-loading]')).to.equal(null);
    });

    it('shows an empty state that clears the search and filters', async () => {
      const table = await mount();
      await settled(table);
      choose(table, 'status', 'invited');
      await search(table, 'nobody-matches-this');
      await until(() => root(table).querySelector('[part=empty]'));

      expect(text(part(table, '[part=empty] p'))).to.equal(
        'No users match this search and these filters.',
      );
      await expect(table).to.be.accessible();
      part<HTMLButtonElement>(table, '[part=empty] button').click();
      await settled(table);

      expect(part<HTMLInputElement>(table, '[part=search]').value).to.equal('');
      expect(
        part<HTMLSelectElement>(table, 'select[name=status]').value,
      ).to.equal('');
      expect(count(table)).to.equal(`${await totalOf()} users`);
    });

    it('shows an error with a retry that recovers', async () => {
      worker.use(
        http.get(
          USERS,
          () =>
            HttpResponse.json(
              {
                type: 'about:blank',
                title: 'Internal error',
                status: 500,
                code: 'internal_error',
              },
              {
                status: 500,
                headers: { 'content-type': 'application/problem+json' },
              },
            ),
          { once: true },
        ),
      );
      const table = await mount();
      await until(() => root(table).querySelector('[part~=state-error]'));

      expect(text(part(table, '[part~=state-error] .state-title'))).to.equal(
        'Something went wrong.',
      );
      await expect(table).to.be.accessible();
      part<HTMLButtonElement>(table, '[part=retry-button]').click();
      await settled(table);
      expect(root(table).querySelector('[part~=state-error]')).to.equal(null);
    });

    it('tells a member who is not an owner', async () => {
      const table = await mount({ token: 'tok_team_member' });
      await until(() => root(table).querySelector('[part~=state-not-owner]'));

      expect(text(part(table, '.state-title'))).to.equal(
        'Only organization owners can manage its users.',
      );
      expect(root(table).querySelector('[part=toolbar]')).to.equal(null);
      await expect(table).to.be.accessible();
    });

    it('tells an organization on a plan without user management', async () => {
      const table = await mount({ token: 'tok_free_owner', orgId: 'org_free' });
      await until(() =>
        root(table).querySelector('[part~=state-plan-not-eligible]'),
      );

      expect(text(part(table, '.state-title'))).to.equal(
        'User management is not available on your plan.',
      );
      await expect(table).to.be.accessible();
    });

    describe('offline', () => {
      let online = true;
      const descriptor = Object.getOwnPropertyDescriptor(
        Navigator.prototype,
        'onLine',
      )!;

      beforeEach(() => {
        online = true;
        Object.defineProperty(Navigator.prototype, 'onLine', {
          configurable: true,
          get: () => online,
        });
      });

      afterEach(() => {
        Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
      });

      it('shows the offline state and loads again when back online', async () => {
        online = false;
        const table = await mount();
        await until(() => root(table).querySelector('[part~=state-offline]'));

        expect(text(part(table, '.state-title'))).to.equal('You are offline.');
        await expect(table).to.be.accessible();
        online = true;
        window.dispatchEvent(new Event('online'));
        await settled(table);
        expect(root(table).querySelector('[part~=state-offline]')).to.equal(
          null,
        );
      });

      it('treats a network failure while offline as offline', async () => {
        worker.use(http.get(USERS, () => HttpResponse.error(), { once: true }));
        const table = await mount();
        online = false;
        await until(() => root(table).querySelector('[part~=state-offline]'));

        expect(text(part(table, '[part~=retry-button]'))).to.equal('Try again');
        online = true;
        part<HTMLButtonElement>(table, '[part~=retry-button]').click();
        await settled(table);
        expect(loadedRows(table).length).to.be.greaterThan(0);
      });
    });
  });
});
