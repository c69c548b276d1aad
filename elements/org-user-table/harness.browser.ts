/**
 * What the table's browser tests share: the sandbox behind MSW, mounting a
 * table, and reading its rows. Not part of the package.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createSandbox, sandboxHandlers } from '../../demo/sandbox/index.js';
import { createOrgUserClient, type OrgUserClient } from '../../sdk/index.js';
import '../register.js';
import type { OrgUserTable } from './org-user-table.js';

export const sandbox = createSandbox();
export const worker = setupWorker(...sandboxHandlers(sandbox));
export const BASE_URL = `${location.origin}/v1`;

/** How long a condition may take: the 100,000-user org builds on first use. */
export const WAIT = { timeout: 15_000 };

/**
 * Starts MSW for the file and resets the sandbox before each test, unless
 * the file's tests only read (the 100,000-user org then builds once).
 */
export function useSandbox(options: { readOnly?: boolean } = {}): void {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    worker.resetHandlers();
    if (!options.readOnly) {
      sandbox.reset();
    }
  });
}

/** A client of the sandbox signed in with a persona's token. */
export function clientFor(
  token = 'tok_team_owner',
  fetch?: typeof globalThis.fetch,
): OrgUserClient {
  return createOrgUserClient({
    baseUrl: BASE_URL,
    token,
    retry: { maxAttempts: 1 },
    ...(fetch ? { fetch } : {}),
  });
}

export interface MountOptions {
  token?: string;
  orgId?: string;
  columns?: string;
  client?: OrgUserClient;
  pageSize?: number;
}

/** A table in the document, configured through attributes and a token. */
export async function mount(options: MountOptions = {}): Promise<OrgUserTable> {
  const client = options.client ?? clientFor(options.token);

  return fixture<OrgUserTable>(
    html`<org-user-table
      org-id=${options.orgId ?? 'org_team'}
      columns=${options.columns ?? ''}
      search-delay="0"
      .client=${client}
    ></org-user-table>`,
  );
}

/** The element's shadow root. */
export function root(table: OrgUserTable): ShadowRoot {
  return table.shadowRoot!;
}

/** One element of the shadow root, which must be there. */
export function part<E extends Element = HTMLElement>(
  table: OrgUserTable,
  selector: string,
): E {
  const found = root(table).querySelector<E>(selector);
  if (!found) {
    throw new Error(`No ${selector} in <org-user-table>`);
  }
  return found;
}

/** The body rows in the DOM, loaded or not. */
export function rows(table: OrgUserTable): HTMLElement[] {
  return [...root(table).querySelectorAll<HTMLElement>('.body [role=row]')];
}

/** The body rows whose user has loaded. */
export function loadedRows(table: OrgUserTable): HTMLElement[] {
  return rows(table).filter((row) => !row.querySelector('.skeleton'));
}

/** A row's text, whitespace collapsed. */
export function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The row showing `email`, once it is rendered. */
export async function rowOf(
  table: OrgUserTable,
  email: string,
): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitUntil(() => {
    found = loadedRows(table).find(
      (row) =>
        row.querySelector('[part~=cell-email]')?.textContent?.trim() === email,
    );
    return found;
  }, `no row for ${email}`);
  return found!;
}

/** The accessible names of a row's action buttons. */
export function actionsOf(row: Element): string[] {
  return [...row.querySelectorAll('[part~=action-button]')].map(
    (button) => button.getAttribute('data-action') ?? '',
  );
}

/** Resolves once the list is loaded, not busy, with rows on show. */
export async function settled(table: OrgUserTable): Promise<void> {
  await waitUntil(
    () => {
      const grid = root(table).querySelector('[role=table]');
      return (
        grid?.getAttribute('aria-busy') === 'false' &&
        loadedRows(table).length > 0
      );
    },
    'the table did not settle',
    WAIT,
  );
}

/**
 * Scrolls the table to `top` pixels and waits until it holds there: the
 * list reaches its full height once the first rows are measured.
 */
export async function scrollTable(table: OrgUserTable, top: number) {
  const scroller = part(table, '.scroll');
  let held = 0;

  await waitUntil(
    () => {
      if (Math.abs(scroller.scrollTop - top) > 1) {
        scroller.scrollTop = top;
        held = 0;
        return false;
      }
      held += 1;
      return held >= 3;
    },
    `the table did not stay scrolled to ${top}px`,
    WAIT,
  );
}

/** Types into the search field as a person would, then waits. */
export async function search(table: OrgUserTable, query: string) {
  const input = part<HTMLInputElement>(table, '[part=search]');
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Picks a filter value through its select. */
export function choose(table: OrgUserTable, name: string, value: string) {
  const select = part<HTMLSelectElement>(table, `select[name=${name}]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The text of the result count. */
export function count(table: OrgUserTable): string {
  return text(part(table, '[part=count]'));
}

/** Resolves once the count reads `expected` and the list is settled. */
export async function countIs(table: OrgUserTable, expected: string) {
  await waitUntil(
    () =>
      count(table) === expected &&
      root(table).querySelector('[role=table]')?.getAttribute('aria-busy') !==
        'true',
    `count never read ${expected}`,
    WAIT,
  );
}

/** How many users the sandbox lists for a query, straight from the API. */
export async function totalOf(
  query: Parameters<OrgUserClient['listUsers']>[1] = {},
  orgId = 'org_team',
  token = 'tok_team_owner',
): Promise<number> {
  return (await clientFor(token).listUsers(orgId, { ...query, limit: 1 }))
    .total;
}
