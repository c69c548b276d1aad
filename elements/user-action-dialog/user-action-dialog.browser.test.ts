import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createSandbox, sandboxHandlers } from '../../demo/sandbox/index.js';
import { createOrgUserClient, type OrgUser } from '../../sdk/index.js';
import type { OrgActionCompleteEvent } from '../events/org-action-complete.js';
import type { OrgActionRequestEvent } from '../events/org-action-request.js';
import type { OrgUsersChangedEvent } from '../events/org-users-changed.js';
import '../register.js';
import { setLocale } from '../shared/localize.js';
import type { UserActionDialog } from './user-action-dialog.js';

const sandbox = createSandbox();
const worker = setupWorker(...sandboxHandlers(sandbox));
const baseUrl = new URL('/v1', location.href).href;
const owner = () => client();

/** Requests the worker saw that are not reads, in order. */
let writes: Request[] = [];

function client(token = 'tok_team_owner') {
  return createOrgUserClient({ baseUrl, token, retry: { maxAttempts: 1 } });
}

interface Opened {
  dialog: UserActionDialog;
  opener: HTMLButtonElement;
  closed: Promise<boolean>;
}

/** Renders a page with an opener button and the dialog, and opens it. */
async function open(
  action: Parameters<UserActionDialog['show']>[0],
  userId: string,
  user?: OrgUser,
): Promise<Opened> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <button type="button" id="opener">Open</button>
      <user-action-dialog org-id="org_team"></user-action-dialog>
    </div>`,
  );
  const dialog = page.querySelector<UserActionDialog>('user-action-dialog')!;
  const opener = page.querySelector<HTMLButtonElement>('#opener')!;
  dialog.client = client();
  opener.focus();

  const shown = user ?? (await owner().getUser('org_team', userId));
  const closed = dialog.show(action, shown);
  await waitUntil(() => dialog.open && nativeDialog(dialog).open);
  if (action === 'delete') {
    await waitUntil(
      () => !part(dialog, 'state-loading'),
      'the deletion preview never loaded',
    );
  }
  return { dialog, opener, closed };
}

function nativeDialog(dialog: UserActionDialog): HTMLDialogElement {
  return dialog.shadowRoot!.querySelector('dialog')!;
}

function part(dialog: UserActionDialog, name: string): HTMLElement | null {
  return dialog.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function focused(dialog: UserActionDialog): Element | null {
  return document.activeElement === dialog
    ? dialog.shadowRoot!.activeElement
    : document.activeElement;
}

function problem(status: number, code: string, headers = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title: code, status, code },
    {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    },
  );
}

describe('<user-action-dialog>', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    worker.events.on('request:start', ({ request }) => {
      if (request.method !== 'GET') {
        writes.push(request.clone());
      }
    });
  });

  afterEach(() => {
    worker.resetHandlers();
    sandbox.reset();
    writes = [];
  });

  after(() => worker.stop());

  describe('rendering', () => {
    it('explains re-authentication in plain words', async () => {
      const { dialog } = await open('reauthenticate', 'usr_t0011');

      expect(text(part(dialog, 'title'))).to.equal(
        'Require re-authentication?',
      );
      expect(text(part(dialog, 'explanation'))).to.contain(
        'On their next access they see the account authentication screen and confirm by email',
      );
      expect(text(part(dialog, 'confirm-button'))).to.equal(
        'Require re-authentication',
      );
    });

    it('explains a 2FA reset: a 48-hour link, 2FA kept until used', async () => {
      const { dialog } = await open('reset-two-factor', 'usr_t_markup');
      const explanation = text(part(dialog, 'explanation'));

      expect(explanation).to.contain('a reset link that works for 48 hours');
      expect(explanation).to.contain(
        'Their current authenticator keeps working until they use the link',
      );
    });

    it('shows the seats before and after a delete', async () => {
      const { dialog } = await open('delete', 'usr_t0011');
      const values = [...part(dialog, 'seats')!.querySelectorAll('dd')].map(
        (dd) => text(dd),
      );

      expect(values).to.deep.equal(['231', '230']);
      expect(text(part(dialog, 'explanation'))).to.contain(
        'Their role becomes Guest in every space',
      );
      expect(text(part(dialog, 'spaces'))).to.equal(
        'Design Studio (now Member) Engineering (now Member) Lounge (now Member)',
      );
    });

    it('names each space whose access settings would readmit the user', async () => {
      const { dialog } = await open('delete', 'usr_t0011');

      expect(text(part(dialog, 'warning'))).to.contain(
        "these spaces' access settings would give this user a role again",
      );
      expect(
        [...part(dialog, 'warning')!.querySelectorAll('li')].map(text),
      ).to.deep.equal(['Engineering (Member)']);
    });

    it('explains cancelling an invitation and lists it', async () => {
      const { dialog } = await open('cancel-invitation', 'usr_n_1');

      expect(text(part(dialog, 'explanation'))).to.contain(
        'this user leaves the organization user list and their seat is freed',
      );
      expect(text(part(dialog, 'invitations'))).to.contain(
        'Engineering (Member)',
      );
      expect(text(part(dialog, 'cancel-button'))).to.equal('Keep invitation');
    });

    it('renders markup in a name as text', async () => {
      const { dialog } = await open('reauthenticate', 'usr_t_markup');
      const name = part(dialog, 'user')!.querySelector('.user-text')!;

      expect(name.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(name.getAttribute('dir')).to.equal('auto');
      expect(dialog.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('truncates a 200-character email and keeps it whole in title', async () => {
      const { dialog } = await open('reauthenticate', 'usr_t_long_email');
      const email = part(dialog, 'user')!.querySelectorAll('.user-text')[1]!;

      expect(email.getAttribute('title')!.length).to.equal(200);
      expect(getComputedStyle(email).textOverflow).to.equal('ellipsis');
      expect(email.scrollWidth).to.be.above(email.clientWidth);
    });

    it('renders a right-to-left name with dir="auto"', async () => {
      const { dialog } = await open('reauthenticate', 'usr_t_hebrew');
      const name = part(dialog, 'user')!.querySelector('.user-text')!;

      expect(name.textContent).to.equal('דניאל כהן');
      expect(name.matches(':dir(rtl)')).to.equal(true);
    });
  });

  describe('events', () => {
    it('fires request, then complete, then org-users-changed', async () => {
      const { dialog } = await open('reauthenticate', 'usr_t0011');
      const seen: string[] = [];
      let writesAtRequest = -1;
      dialog.addEventListener('org-action-request', (event) => {
        writesAtRequest = writes.length;
        seen.push(`${event.type}:${event.action}:${event.user.id}`);
      });
      dialog.addEventListener('org-action-complete', (event) => {
        const result = event.result as OrgUser;
        seen.push(`${event.type}:${event.action}:${result.status}`);
      });
      const onWindow = (event: OrgUsersChangedEvent) =>
        seen.push(`${event.type}:${event.orgId}:${event.userId}`);
      window.addEventListener('org-users-changed', onWindow);

      try {
        part(dialog, 'confirm-button')!.click();
        await waitUntil(() => seen.length === 3);
      } finally {
        window.removeEventListener('org-users-changed', onWindow);
      }
      expect(writesAtRequest).to.equal(0);
      expect(seen).to.deep.equal([
        'org-action-request:reauthenticate:usr_t0011',
        'org-action-complete:reauthenticate:reauthentication_required',
        'org-users-changed:org_team:usr_t0011',
      ]);
    });

    it('sends nothing and stays open when the request is vetoed', async () => {
      const { dialog } = await open('delete', 'usr_t0011');
      let vetoed: OrgActionRequestEvent | null = null;
      dialog.addEventListener('org-action-request', (event) => {
        event.preventDefault();
        vetoed = event;
      });
      part(dialog, 'confirm-button')!.click();
      await dialog.updateComplete;

      expect(vetoed).to.not.equal(null);
      expect(writes).to.deep.equal([]);
      expect(dialog.open).to.equal(true);
      expect(nativeDialog(dialog).open).to.equal(true);
    });

    it('resolves show() with true after success', async () => {
      const { dialog, closed } = await open('delete', 'usr_t0011');
      part(dialog, 'confirm-button')!.click();

      expect(await closed).to.equal(true);
      expect(dialog.open).to.equal(false);
    });

    it('announces the outcome in a live region after closing', async () => {
      const { dialog, closed } = await open('delete', 'usr_t0011');
      part(dialog, 'confirm-button')!.click();
      await closed;
      await dialog.updateComplete;

      expect(
        text(
          dialog.shadowRoot!.querySelector('.visually-hidden[role="status"]'),
        ),
      ).to.equal(
        'Bea Yamamoto was deleted from the organization. A seat is free.',
      );
    });

    it('completes a delete with the seats afterwards', async () => {
      const { dialog } = await open('delete', 'usr_t0011');
      const completed = new Promise<OrgActionCompleteEvent>((resolve) =>
        dialog.addEventListener('org-action-complete', resolve, {
          once: true,
        }),
      );
      part(dialog, 'confirm-button')!.click();
      const event = await completed;

      expect(event.alreadyDone).to.equal(false);
      expect(event.result).to.deep.include({ userId: 'usr_t0011' });
      expect(
        (event.result as { seats: { billableUsers: number } }).seats
          .billableUsers,
      ).to.equal(230);
    });
  });

  describe('requests', () => {
    it('sends one request for a double click', async () => {
      const { dialog, closed } = await open('reauthenticate', 'usr_t0011');
      const confirm = part(dialog, 'confirm-button')!;
      confirm.click();
      confirm.click();
      await closed;

      expect(writes.length).to.equal(1);
    });

    it('shows confirm as disabled while the request is in flight', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.post('*/v1/orgs/:orgId/users/:userId/reauthenticate', async () => {
          await held;
          return undefined;
        }),
      );
      const { dialog, closed } = await open('reauthenticate', 'usr_t0011');
      part(dialog, 'confirm-button')!.click();
      await waitUntil(() => writes.length === 1);
      await dialog.updateComplete;

      const confirm = part(dialog, 'confirm-button')!;
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      expect(text(confirm)).to.equal('Working…');
      release();
      expect(await closed).to.equal(true);
    });

    it('sends If-Match with the user version and an Idempotency-Key', async () => {
      const user = await owner().getUser('org_team', 'usr_t0011');
      const { dialog, closed } = await open('delete', user.id, user);
      part(dialog, 'confirm-button')!.click();
      await closed;
      const [request] = writes;

      expect(request!.method).to.equal('DELETE');
      expect(request!.headers.get('If-Match')!.replace(/"/g, '')).to.equal(
        user.version,
      );
      expect(request!.headers.get('Idempotency-Key')).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    });

    it('reuses the Idempotency-Key when retrying after a lost answer', async () => {
      worker.use(
        http.post(
          '*/v1/orgs/:orgId/users/:userId/reauthenticate',
          () => HttpResponse.error(),
          { once: true },
        ),
      );
      const { dialog, closed } = await open('reauthenticate', 'usr_t0011');
      part(dialog, 'confirm-button')!.click();
      await waitUntil(() => part(dialog, 'error') !== null);

      expect(text(part(dialog, 'confirm-button'))).to.equal('Try again');
      part(dialog, 'confirm-button')!.click();
      expect(await closed).to.equal(true);
      const keys = writes.map((r) => r.headers.get('Idempotency-Key'));
      expect(keys.length).to.equal(2);
      expect(keys[1]).to.equal(keys[0]);
    });

    it('keeps the dialog open with a retry after a server error', async () => {
      worker.use(
        http.delete(
          '*/v1/orgs/:orgId/users/:userId',
          () => problem(500, 'internal_error'),
          { once: true },
        ),
      );
      const { dialog, closed } = await open('delete', 'usr_t0011');
      part(dialog, 'confirm-button')!.click();
      await waitUntil(() => part(dialog, 'error') !== null);

      expect(text(part(dialog, 'error'))).to.contain('Something went wrong.');
      expect(dialog.open).to.equal(true);
      part(dialog, 'confirm-button')!.click();
      expect(await closed).to.equal(true);
    });
  });

  describe('refusals', () => {
    it('tells to remove the owner role before deleting an owner', async () => {
      const { dialog } = await open('delete', 'usr_team_owner_3');

      expect(text(part(dialog, 'notice'))).to.equal(
        'This user is an organization owner. Remove the owner role first, then delete the user.',
      );
      expect(part(dialog, 'confirm-button')).to.equal(null);
    });

    it('explains a 2FA reset for a user without 2FA', async () => {
      const { dialog } = await open('reset-two-factor', 'usr_t0190');
      part(dialog, 'confirm-button')!.click();
      await waitUntil(() => part(dialog, 'error') !== null);

      expect(text(part(dialog, 'error'))).to.equal(
        'This user has no two-factor authentication to reset. Nothing to do: they have not set it up, or the organization does not require it.',
      );
      expect(part(dialog, 'confirm-button')).to.equal(null);
    });

    it('offers to reload a user changed meanwhile, then succeeds', async () => {
      const stale = await owner().getUser('org_team', 'usr_t_markup');
      await owner().reauthenticateUser('org_team', stale.id);
      const { dialog, closed } = await open(
        'reset-two-factor',
        stale.id,
        stale,
      );
      part(dialog, 'confirm-button')!.click();
      await waitUntil(() => part(dialog, 'reload-button') !== null);

      expect(text(part(dialog, 'error'))).to.contain(
        'This user changed since the list was loaded.',
      );
      expect(
        part(dialog, 'confirm-button')!.getAttribute('aria-disabled'),
      ).to.equal('true');
      part(dialog, 'reload-button')!.click();
      await waitUntil(() => part(dialog, 'error') === null);
      part(dialog, 'confirm-button')!.click();
      expect(await closed).to.equal(true);
      const keys = writes
        .filter((r) => r.url.endsWith('/reset-two-factor'))
        .map((r) => r.headers.get('Idempotency-Key'));
      expect(keys.length).to.equal(2);
      expect(keys[1]).to.not.equal(keys[0]);
    });

    it('asks to wait as long as Retry-After says', async () => {
      worker.use(
        http.post('*/v1/orgs/:orgId/users/:userId/reauthenticate', () =>
          problem(429, 'rate_limited', { 'Retry-After': '7' }),
        ),
      );
      const { dialog } = await open('reauthenticate', 'usr_t0011');
      part(dialog, 'confirm-button')!.click();
      await waitUntil(() => part(dialog, 'error') !== null);

      expect(text(part(dialog, 'error'))).to.equal(
        'Too many requests at once. Wait 7 seconds, then try again.',
      );
      expect(text(part(dialog, 'confirm-button'))).to.equal('Try again');
    });

    it('treats a user deleted meanwhile as already done', async () => {
      const { dialog, closed } = await open('delete', 'usr_t0002');
      await client('tok_team_owner_2').deleteUser('org_team', 'usr_t0002');
      const completed = new Promise<OrgActionCompleteEvent>((resolve) =>
        dialog.addEventListener('org-action-complete', resolve, {
          once: true,
        }),
      );
      part(dialog, 'confirm-button')!.click();
      const event = await completed;

      expect(event.alreadyDone).to.equal(true);
      expect(event.result).to.equal(null);
      expect(await closed).to.equal(true);
      await dialog.updateComplete;
      expect(
        text(
          dialog.shadowRoot!.querySelector('.visually-hidden[role="status"]'),
        ),
      ).to.equal('Carlos Becker was already removed from the organization.');
    });
  });

  describe('keyboard', () => {
    it('moves focus into the dialog on open', async () => {
      const { dialog } = await open('reauthenticate', 'usr_t0011');

      expect(focused(dialog)).to.equal(part(dialog, 'cancel-button'));
    });

    it('never lets Tab reach the page behind the dialog', async () => {
      const { dialog } = await open('delete', 'usr_t0011');
      const reached = new Set<string>();
      for (let i = 0; i < 6; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = focused(dialog);
        // Focus leaves for the browser's own controls between rounds,
        // as native modal dialogs allow; the page then shows body.
        reached.add(
          active === document.body
            ? 'browser'
            : nativeDialog(dialog).contains(active)
              ? (active?.getAttribute('part') ?? 'dialog')
              : 'page',
        );
      }

      expect([...reached].sort()).to.deep.equal([
        'browser',
        'cancel-button',
        'confirm-button',
      ]);
    });

    it('cancels with Escape and returns focus to the opener', async () => {
      const { dialog, opener, closed } = await open('delete', 'usr_t0011');
      await sendKeys({ press: 'Escape' });

      expect(await closed).to.equal(false);
      expect(dialog.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
      expect(writes).to.deep.equal([]);
    });

    it('confirms with Tab and Enter and returns focus to the opener', async () => {
      const { dialog, opener, closed } = await open(
        'reauthenticate',
        'usr_t0011',
      );
      await sendKeys({ press: 'Tab' });

      expect(focused(dialog)).to.equal(part(dialog, 'confirm-button'));
      await sendKeys({ press: 'Enter' });
      expect(await closed).to.equal(true);
      expect(document.activeElement).to.equal(opener);
      expect(writes.length).to.equal(1);
    });

    it('returns focus to the opener given to show()', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <button type="button" id="row-action">Delete</button>
          <user-action-dialog org-id="org_team"></user-action-dialog>
        </div>`,
      );
      const dialog =
        page.querySelector<UserActionDialog>('user-action-dialog')!;
      const opener = page.querySelector<HTMLButtonElement>('#row-action')!;
      dialog.client = client();
      const user = await owner().getUser('org_team', 'usr_t0011');
      const closed = dialog.show('reauthenticate', user, opener);
      await waitUntil(() => nativeDialog(dialog).open);
      dialog.close();

      expect(await closed).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });
  });

  describe('accessibility', () => {
    for (const [action, userId] of [
      ['reauthenticate', 'usr_t0011'],
      ['reset-two-factor', 'usr_t_markup'],
      ['delete', 'usr_t0011'],
      ['cancel-invitation', 'usr_n_1'],
    ] as const) {
      it(`passes axe confirming ${action}`, async () => {
        const { dialog } = await open(action, userId);

        expect(nativeDialog(dialog).open).to.equal(true);
        await expect(dialog).to.be.accessible();
      });
    }

    it('passes axe showing a refusal', async () => {
      const { dialog } = await open('reset-two-factor', 'usr_t0190');
      part(dialog, 'confirm-button')!.click();
      await waitUntil(() => part(dialog, 'error') !== null);

      await expect(dialog).to.be.accessible();
    });

    it('labels the dialog by its heading and explanation', async () => {
      const { dialog } = await open('delete', 'usr_t0011');
      const native = nativeDialog(dialog);

      expect(native.getAttribute('aria-labelledby')).to.equal('title');
      expect(native.getAttribute('aria-describedby')).to.equal('explanation');
    });
  });

  describe('localization', () => {
    afterEach(() => setLocale('en'));

    it('renders in Japanese after setLocale("ja")', async () => {
      await setLocale('ja');
      const { dialog } = await open('delete', 'usr_t0011');

      expect(text(part(dialog, 'title'))).to.equal(
        'この組織ユーザーを削除しますか？',
      );
      expect(text(part(dialog, 'confirm-button'))).to.equal('ユーザーを削除');
    });

    it('mirrors the buttons on a right-to-left page', async () => {
      document.documentElement.dir = 'rtl';
      try {
        const { dialog } = await open('reauthenticate', 'usr_t0011');
        const cancel = part(dialog, 'cancel-button')!.getBoundingClientRect();
        const confirm = part(dialog, 'confirm-button')!.getBoundingClientRect();

        expect(confirm.left).to.be.below(cancel.left);
      } finally {
        document.documentElement.removeAttribute('dir');
      }
    });
  });
});
