import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createSandbox, sandboxHandlers } from '../../demo/sandbox/index.js';
import { createOrgUserClient, type SeatSummary } from '../../sdk/index.js';
import { OrgUsersChangedEvent } from '../events/org-users-changed.js';
import '../register.js';
import { setLocale } from '../shared/localize.js';
import type { SeatCounter } from './seat-counter.js';

const sandbox = createSandbox();
const worker = setupWorker(...sandboxHandlers(sandbox));
const baseUrl = new URL('/v1', location.href).href;
const seatsUrl = '*/v1/orgs/:orgId/seats';

/** Seat-summary requests seen by the worker, in order. */
let seatRequests: string[] = [];

function clientFor(token = 'tok_team_owner') {
  return createOrgUserClient({ baseUrl, token, retry: { maxAttempts: 1 } });
}

async function counter(
  template = html`<seat-counter org-id="org_team"></seat-counter>`,
  client = clientFor(),
): Promise<SeatCounter> {
  const element = await fixture<SeatCounter>(template);
  element.client = client;
  await waitUntil(() => settled(element), 'the seat summary never settled');
  return element;
}

function part(element: SeatCounter, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function summary(overrides: Partial<SeatSummary>): SeatSummary {
  return {
    billableUsers: 243,
    contractedSeats: 240,
    pendingInvitationSeats: 0,
    pendingInvitationSeatsExpiringWithin24h: 0,
    nextChangeAt: null,
    asOf: '2026-03-05T09:00:00.000Z',
    ...overrides,
  };
}

function problem(status: number, code: string) {
  return HttpResponse.json(
    { type: 'about:blank', title: code, status, code },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Whether the element shows a result: the count or a failure state. */
function settled(element: SeatCounter): boolean {
  const root = element.shadowRoot!;
  if (root.querySelector('[part~="base"]')) {
    return root.querySelector('[aria-busy="true"]') === null;
  }
  return (
    root.querySelector('[part~="state"]:not([part~="state-loading"])') !== null
  );
}

describe('<seat-counter>', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    worker.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/seats')) {
        seatRequests.push(request.url);
      }
    });
  });

  afterEach(() => {
    worker.resetHandlers();
    sandbox.reset();
    seatRequests = [];
  });

  after(() => worker.stop());

  describe('rendering', () => {
    it('shows billable users over contracted seats with a label', async () => {
      const element = await counter();

      expect(part(element, 'label')!.textContent!.trim()).to.equal(
        'Organization users',
      );
      expect(
        part(element, 'count')!.textContent!.replace(/\s+/g, ' '),
      ).to.equal(' 231 / 250 ');
    });

    it('exposes the count as a meter with ARIA values', async () => {
      const element = await counter();
      const meter = element.shadowRoot!.querySelector('[role="meter"]')!;

      expect(meter.getAttribute('aria-valuemin')).to.equal('0');
      expect(meter.getAttribute('aria-valuemax')).to.equal('250');
      expect(meter.getAttribute('aria-valuenow')).to.equal('231');
      expect(meter.getAttribute('aria-valuetext')).to.equal(
        '231 of 250 seats, near the limit',
      );
      expect(meter.getAttribute('aria-labelledby')).to.equal('label');
    });

    it('shows the label the host sets', async () => {
      const element = await counter(
        html`<seat-counter org-id="org_team" label="Seats"></seat-counter>`,
      );

      expect(part(element, 'label')!.textContent!.trim()).to.equal('Seats');
    });

    it('shows pending-invitation seats only with show-pending', async () => {
      const plain = await counter();
      const withPending = await counter(
        html`<seat-counter org-id="org_team" show-pending></seat-counter>`,
      );

      expect(part(plain, 'pending')).to.equal(null);
      expect(
        part(withPending, 'pending')!.textContent!.replace(/\s+/g, ' '),
      ).to.equal(
        ' 11 seats are held by pending invitations. 4 free up within 24 hours if not accepted. ',
      );
    });

    it('sizes the fill by the share of seats in use', async () => {
      const element = await counter();

      expect(part(element, 'fill')!.classList.contains('fill-92')).to.equal(
        true,
      );
    });

    it('renders nothing and sends nothing while unconfigured', async () => {
      const element = await fixture<SeatCounter>(
        html`<seat-counter></seat-counter>`,
      );
      element.orgId = 'org_team';
      await element.updateComplete;

      expect(part(element, 'base')).to.equal(null);
      expect(seatRequests).to.deep.equal([]);
    });
  });

  describe('properties', () => {
    it('loads through base-url and a token property', async () => {
      const element = await fixture<SeatCounter>(
        html`<seat-counter
          org-id="org_team"
          base-url=${baseUrl}
        ></seat-counter>`,
      );
      element.token = 'tok_team_owner';
      await waitUntil(() => part(element, 'count') !== null);

      expect(part(element, 'count')!.textContent).to.contain('231');
      expect(element.hasAttribute('token')).to.equal(false);
    });

    it('loads through an async getToken property', async () => {
      const element = await fixture<SeatCounter>(
        html`<seat-counter
          org-id="org_team"
          base-url=${baseUrl}
        ></seat-counter>`,
      );
      element.getToken = async () => 'tok_team_owner';
      await waitUntil(() => part(element, 'count') !== null);

      expect(element.seatSummary?.billableUsers).to.equal(231);
    });

    it('loads again for another organization', async () => {
      const element = await counter();
      element.orgId = 'org_free';
      element.client = clientFor('tok_free_owner');
      await waitUntil(() => part(element, 'state-plan-not-eligible') !== null);

      expect(part(element, 'count')).to.equal(null);
    });
  });

  describe('limits', () => {
    it('is near the limit at the default threshold of 90 %', async () => {
      const element = await counter();

      expect(element.level).to.equal('near-limit');
      expect(element.matches(':state(near-limit)')).to.equal(true);
      expect(element.hasAttribute('near-limit')).to.equal(true);
      expect(part(element, 'status')!.textContent!.trim()).to.equal(
        'Near the limit: 19 seats left',
      );
    });

    it('follows the near-limit-threshold attribute', async () => {
      const element = await counter(
        html`<seat-counter
          org-id="org_team"
          near-limit-threshold="0.95"
        ></seat-counter>`,
      );

      expect(element.level).to.equal('ok');
      expect(element.matches(':state(near-limit)')).to.equal(false);
      expect(element.hasAttribute('near-limit')).to.equal(false);
      expect(part(element, 'status')).to.equal(null);
    });

    it('is over the limit with more billable users than seats', async () => {
      worker.use(http.get(seatsUrl, () => HttpResponse.json(summary({}))));
      const element = await counter();
      const meter = element.shadowRoot!.querySelector('[role="meter"]')!;

      expect(element.level).to.equal('over-limit');
      expect(element.matches(':state(over-limit)')).to.equal(true);
      expect(element.matches(':state(near-limit)')).to.equal(false);
      expect(element.hasAttribute('over-limit')).to.equal(true);
      expect(meter.getAttribute('aria-valuetext')).to.equal(
        '243 of 240 seats, 3 over',
      );
      expect(meter.getAttribute('aria-valuemax')).to.equal('240');
      expect(meter.getAttribute('aria-valuenow')).to.equal('240');
      expect(part(element, 'status')!.textContent!.trim()).to.equal(
        '3 over the contract',
      );
      expect(part(element, 'fill')!.classList.contains('fill-100')).to.equal(
        true,
      );
    });

    it('says every seat is in use at exactly the contract', async () => {
      worker.use(
        http.get(seatsUrl, () =>
          HttpResponse.json(summary({ billableUsers: 240 })),
        ),
      );
      const element = await counter();

      expect(element.level).to.equal('near-limit');
      expect(part(element, 'status')!.textContent!.trim()).to.equal(
        'Every contracted seat is in use',
      );
    });
  });

  describe('live updates', () => {
    it('loads again on org-users-changed for its organization', async () => {
      const element = await counter();
      await clientFor().deleteUser('org_team', 'usr_t0011');
      window.dispatchEvent(
        new OrgUsersChangedEvent({ orgId: 'org_team', reason: 'delete' }),
      );
      await waitUntil(() => element.seatSummary?.billableUsers === 230);

      expect(part(element, 'count')!.textContent).to.contain('230');
    });

    it('ignores org-users-changed for another organization', async () => {
      await counter();
      window.dispatchEvent(
        new OrgUsersChangedEvent({ orgId: 'org_free', reason: 'delete' }),
      );
      window.dispatchEvent(
        new OrgUsersChangedEvent({ orgId: 'org_team', reason: 'delete' }),
      );
      await waitUntil(() => seatRequests.length >= 2);

      expect(seatRequests.length).to.equal(2);
    });

    it('frees expired invitations once the sandbox clock passes nextChangeAt', async () => {
      const element = await counter();
      const before = element.seatSummary!;
      const next = Date.parse(before.nextChangeAt!);
      sandbox.advance(next - sandbox.now().getTime());
      window.dispatchEvent(
        new OrgUsersChangedEvent({ orgId: 'org_team', reason: 'clock' }),
      );
      await waitUntil(() => element.seatSummary !== before);
      const expected = await clientFor().getSeatSummary('org_team');

      expect(element.seatSummary!.billableUsers).to.equal(
        expected.billableUsers,
      );
      expect(element.seatSummary!.billableUsers).to.be.below(
        before.billableUsers,
      );
    });

    it('loads again by itself at nextChangeAt', async () => {
      let calls = 0;
      worker.use(
        http.get(seatsUrl, () => {
          calls += 1;
          return HttpResponse.json(
            calls === 1
              ? summary({
                  billableUsers: 200,
                  nextChangeAt: '2026-03-05T09:00:00.020Z',
                })
              : summary({ billableUsers: 199 }),
          );
        }),
      );
      const element = await counter();
      expect(element.seatSummary!.billableUsers).to.equal(200);
      await waitUntil(() => element.seatSummary?.billableUsers === 199);

      expect(calls).to.equal(2);
    });

    it('announces a changed count in a live region', async () => {
      const element = await counter();
      await clientFor().deleteUser('org_team', 'usr_t0011');
      await element.refresh();
      await element.updateComplete;
      const region = element.shadowRoot!.querySelector('[role="status"]')!;

      expect(region.textContent!.trim()).to.equal(
        '230 of 250 seats, near the limit',
      );
    });

    it('resolves refresh() once the new count is shown', async () => {
      const element = await counter();
      await clientFor().deleteUser('org_team', 'usr_t0002');
      await element.refresh();
      await element.updateComplete;

      expect(part(element, 'count')!.textContent).to.contain('230');
    });
  });

  describe('states', () => {
    it('shows a loading state until the summary arrives', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.get(seatsUrl, async () => {
          await held;
          return HttpResponse.json(summary({}));
        }),
      );
      const element = await fixture<SeatCounter>(
        html`<seat-counter org-id="org_team"></seat-counter>`,
      );
      element.client = clientFor();
      await waitUntil(() => part(element, 'state-loading') !== null);

      expect(part(element, 'state-loading')!.textContent).to.contain(
        'Loading seats…',
      );
      expect(element.matches(':state(loading)')).to.equal(true);
      release();
      await waitUntil(() => part(element, 'count') !== null);
      expect(element.matches(':state(loading)')).to.equal(false);
    });

    it('shows an error with a retry button that loads again', async () => {
      worker.use(
        http.get(seatsUrl, () => problem(500, 'internal_error'), {
          once: true,
        }),
      );
      const element = await counter();

      expect(part(element, 'state-error')!.textContent).to.contain(
        'Something went wrong.',
      );
      expect(element.matches(':state(error)')).to.equal(true);
      part(element, 'retry-button')!.click();
      await waitUntil(() => part(element, 'count') !== null);
      expect(element.seatSummary!.billableUsers).to.equal(231);
    });

    it('tells a member that only owners manage users', async () => {
      const element = await counter(undefined, clientFor('tok_team_member'));

      expect(part(element, 'state-not-owner')!.textContent).to.contain(
        'Only organization owners can manage its users.',
      );
      expect(part(element, 'retry-button')).to.equal(null);
    });

    it('says the feature is not available on the plan', async () => {
      const element = await counter(
        html`<seat-counter org-id="org_free"></seat-counter>`,
        clientFor('tok_free_owner'),
      );

      expect(part(element, 'state-plan-not-eligible')!.textContent).to.contain(
        'User management is not available on your plan.',
      );
    });

    it('shows the offline state and loads again when back online', async () => {
      Object.defineProperty(navigator, 'onLine', {
        configurable: true,
        get: () => false,
      });
      worker.use(
        http.get(seatsUrl, () => HttpResponse.error(), { once: true }),
      );
      try {
        const element = await counter();
        expect(part(element, 'state-offline')!.textContent).to.contain(
          'You are offline.',
        );

        delete (navigator as { onLine?: boolean }).onLine;
        window.dispatchEvent(new Event('online'));
        await waitUntil(() => part(element, 'count') !== null);
        expect(element.seatSummary!.billableUsers).to.equal(231);
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
    });
  });

  describe('keyboard', () => {
    it('retries from the keyboard after an error', async () => {
      worker.use(
        http.get(seatsUrl, () => problem(503, 'service_unavailable'), {
          once: true,
        }),
      );
      const page = await fixture<HTMLElement>(
        html`<div>
          <button type="button">Before</button>
          <seat-counter org-id="org_team"></seat-counter>
        </div>`,
      );
      const element = page.querySelector<SeatCounter>('seat-counter')!;
      element.client = clientFor();
      await waitUntil(() => part(element, 'retry-button') !== null);
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });

      expect(element.shadowRoot!.activeElement).to.equal(
        part(element, 'retry-button'),
      );
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(element, 'count') !== null);
      expect(element.seatSummary!.billableUsers).to.equal(231);
    });
  });

  describe('accessibility', () => {
    it('passes axe while loading', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.get(seatsUrl, async () => {
          await held;
          return HttpResponse.json(summary({}));
        }),
      );
      const element = await fixture<SeatCounter>(
        html`<seat-counter org-id="org_team"></seat-counter>`,
      );
      element.client = clientFor();
      await waitUntil(() => part(element, 'state-loading') !== null);

      try {
        await expect(element).to.be.accessible();
      } finally {
        release();
      }
    });

    it('passes axe offline', async () => {
      Object.defineProperty(navigator, 'onLine', {
        configurable: true,
        get: () => false,
      });
      worker.use(http.get(seatsUrl, () => HttpResponse.error()));
      try {
        const element = await counter();

        expect(part(element, 'state-offline')).to.not.equal(null);
        await expect(element).to.be.accessible();
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
    });

    it('passes axe with the count near the limit', async () => {
      const element = await counter(
        html`<seat-counter org-id="org_team" show-pending></seat-counter>`,
      );

      await expect(element).to.be.accessible();
    });

    it('passes axe over the limit', async () => {
      worker.use(http.get(seatsUrl, () => HttpResponse.json(summary({}))));
      const element = await counter();

      await expect(element).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      worker.use(http.get(seatsUrl, () => problem(500, 'internal_error')));
      const element = await counter();

      expect(part(element, 'state-error')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });

    it('passes axe in the not-an-owner and plan states', async () => {
      const member = await counter(undefined, clientFor('tok_team_member'));
      const free = await counter(
        html`<seat-counter org-id="org_free"></seat-counter>`,
        clientFor('tok_free_owner'),
      );

      await expect(member).to.be.accessible();
      await expect(free).to.be.accessible();
    });

    it('passes axe in dark mode', async () => {
      const element = await counter(
        html`<seat-counter
          org-id="org_team"
          class="dark"
          show-pending
        ></seat-counter>`,
      );
      element.style.setProperty('color-scheme', 'dark');
      document.body.style.setProperty('background', '#0d1117');
      try {
        expect(getComputedStyle(element).color).to.equal('rgb(230, 237, 243)');
        await expect(element).to.be.accessible();
      } finally {
        document.body.style.removeProperty('background');
      }
    });
  });

  describe('localization', () => {
    afterEach(() => setLocale('en'));

    it('renders in Japanese after setLocale("ja")', async () => {
      const element = await counter();
      await setLocale('ja');
      await element.updateComplete;
      const meter = element.shadowRoot!.querySelector('[role="meter"]')!;

      expect(part(element, 'label')!.textContent!.trim()).to.equal(
        '組織ユーザー',
      );
      expect(meter.getAttribute('aria-valuetext')).to.equal(
        '250シート中231シート使用、上限間近',
      );
    });

    it('lays the fill from the right on a right-to-left page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl">
          <seat-counter org-id="org_team"></seat-counter>
        </div>`,
      );
      const element = wrapper.querySelector<SeatCounter>('seat-counter')!;
      element.client = clientFor();
      await waitUntil(() => part(element, 'fill') !== null);
      const track = part(element, 'track')!.getBoundingClientRect();
      const fill = part(element, 'fill')!.getBoundingClientRect();

      expect(fill.right).to.be.closeTo(track.right - 1, 1);
      expect(fill.left).to.be.above(track.left);
    });
  });
});
