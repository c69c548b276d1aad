import { ignoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createSandbox, sandboxHandlers } from '../demo/sandbox/index.js';
import { createOrgUserClient } from '../sdk/index.js';
import { OrgUsersChangedEvent } from './events/org-users-changed.js';
import type { OrgUserTable } from './org-user-table/org-user-table.js';
import './register.js';
import type { SeatCounter } from './seat-counter/seat-counter.js';
import type { UserActionDialog } from './user-action-dialog/user-action-dialog.js';

const sandbox = createSandbox();
const worker = setupWorker(...sandboxHandlers(sandbox));
const baseUrl = new URL('/v1', location.href).href;
const WAIT = { timeout: 15_000 };

interface Page {
  seats: SeatCounter;
  table: OrgUserTable;
  dialog: UserActionDialog;
}

/** The vendor's screen: the count, the list and a dialog, one client. */
async function page(): Promise<Page> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <seat-counter org-id="org_team" show-pending></seat-counter>
      <org-user-table org-id="org_team"></org-user-table>
      <user-action-dialog org-id="org_team"></user-action-dialog>
    </div>`,
  );
  const client = createOrgUserClient({ baseUrl, token: 'tok_team_owner' });
  const found = {
    seats: wrapper.querySelector<SeatCounter>('seat-counter')!,
    table: wrapper.querySelector<OrgUserTable>('org-user-table')!,
    dialog: wrapper.querySelector<UserActionDialog>('user-action-dialog')!,
  };
  for (const element of Object.values(found)) {
    element.client = client;
  }
  await seatsAre(found.seats, 231);
  return found;
}

function shadow(element: Element, selector: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function seatsAre(seats: SeatCounter, billable: number) {
  await waitUntil(
    () =>
      seats.seatSummary?.billableUsers === billable &&
      !shadow(seats, '[aria-busy="true"]'),
    `the seat counter never showed ${billable}`,
    WAIT,
  );
}

async function tableCountIs(table: OrgUserTable, expected: string) {
  await waitUntil(
    () => text(shadow(table, '[part~="count"]')) === expected,
    `the table count never read ${expected}`,
    WAIT,
  );
}

/** Confirms in a dialog once its confirm button is enabled. */
async function confirmIn(dialog: UserActionDialog) {
  await waitUntil(
    () => shadow(dialog, '[part~="confirm-button"][aria-disabled="false"]'),
    'the dialog never became ready to confirm',
    WAIT,
  );
  shadow(dialog, '[part~="confirm-button"]')!.click();
}

describe('the three elements on one page', () => {
  let restoreOnError: () => void = () => {};

  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    // The table's virtualizer measures rows in a ResizeObserver callback,
    // which Chromium reports as a harmless "loop completed" window error.
    restoreOnError = ignoreWindowResizeObserverLoopErrors();
  });

  afterEach(() => sandbox.reset());

  after(() => {
    restoreOnError();
    worker.stop();
  });

  it('keeps the seat count right through a delete, a cancelled invitation and an expired one', async () => {
    const { seats, table, dialog } = await page();
    await tableCountIs(table, '231 users');

    // A delete from a row of the table, through the table's own dialog.
    const input = shadow(table, '[part~="search"]') as HTMLInputElement;
    input.value = 'bea.yamamoto@acme.example';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await tableCountIs(table, '1 user');
    shadow(table, '[part~="row"] [data-action="delete"]')!.click();
    await confirmIn(shadow(table, 'user-action-dialog') as UserActionDialog);
    await seatsAre(seats, 230);
    await tableCountIs(table, '0 users');

    // A cancelled invitation through the page's dialog.
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await tableCountIs(table, '230 users');
    const invitee = await createOrgUserClient({
      baseUrl,
      token: 'tok_team_owner',
    }).getUser('org_team', 'usr_n_5');
    const closed = dialog.show('cancel-invitation', invitee);
    await confirmIn(dialog);
    expect(await closed).to.equal(true);
    await seatsAre(seats, 229);
    await tableCountIs(table, '229 users');

    // An invitation expiring as the sandbox clock passes nextChangeAt.
    const next = Date.parse(seats.seatSummary!.nextChangeAt!);
    sandbox.advance(next - sandbox.now().getTime());
    window.dispatchEvent(
      new OrgUsersChangedEvent({ orgId: 'org_team', reason: 'clock' }),
    );
    await seatsAre(seats, 228);
    await tableCountIs(table, '228 users');

    expect(text(shadow(seats, '[part~="count"]'))).to.equal('228 / 250');
  });
});
