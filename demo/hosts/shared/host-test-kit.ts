/**
 * What the host pages' browser tests share: the sandbox behind MSW, the
 * built bundles, and small waits on the elements' shadow DOM. The host
 * bundles are built by `npm run build:hosts` (scripts/build-hosts.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ignoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { setupWorker } from 'msw/browser';

import { createSandbox, sandboxHandlers } from '../../sandbox/index.js';
import type { HostOptions, MountedHost } from './host-options.js';

export type MountHost = (
  container: Element,
  options: HostOptions,
) => MountedHost;

/** The sandbox of a test file, reset before each test. */
export function useSandbox(): void {
  const sandbox = createSandbox();
  const worker = setupWorker(...sandboxHandlers(sandbox));

  let restoreOnError = () => {};

  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  beforeEach(() => {
    sandbox.reset();
    // The table's virtualizer measures rows in a ResizeObserver callback;
    // Chromium reports the benign "loop completed" notice as an error.
    restoreOnError = ignoreWindowResizeObserverLoopErrors();
  });
  afterEach(() => restoreOnError());
  after(() => worker.stop());
}

/** Imports a built host bundle and returns its mount function. */
export async function loadBundle(
  path: string,
  exportName: string,
): Promise<MountHost> {
  const response = await fetch(path, { method: 'HEAD' });
  if (!response.ok) {
    throw new Error(`${path} is missing: run npm run build:hosts first`);
  }
  const module = (await import(/* @vite-ignore */ path)) as Record<
    string,
    unknown
  >;
  const mount = module[exportName];
  if (typeof mount !== 'function') {
    throw new Error(`${path} does not export ${exportName}`);
  }
  return mount as MountHost;
}

/** A mounted host with the events it received, removed after the test. */
export interface HostUnderTest {
  mounted: MountedHost;
  events: Event[];
  container: HTMLElement;
  seats: HTMLElement & Record<string, unknown>;
  table: HTMLElement & Record<string, unknown>;
  dialog: HTMLElement & Record<string, unknown>;
}

let current: HostUnderTest | undefined;

afterEach(() => {
  current?.mounted.unmount();
  current?.container.remove();
  current = undefined;
});

/** Mounts a host as the team owner and waits for the table's rows. */
export async function mountHost(mount: MountHost): Promise<HostUnderTest> {
  const container = document.createElement('div');
  document.body.append(container);
  const events: Event[] = [];
  const mounted = mount(container, {
    baseUrl: new URL('/v1', location.origin).href,
    orgId: 'org_team',
    getToken: () => 'tok_team_owner',
    columns: ['user', 'email', 'status', 'actions'],
    onEvent: (event) => events.push(event),
  });

  await waitUntil(
    () => container.querySelector('org-user-table') !== null,
    'the host rendered no table',
  );
  const find = (tag: string) =>
    container.querySelector(tag) as HTMLElement & Record<string, unknown>;
  current = {
    mounted,
    events,
    container,
    seats: find('seat-counter'),
    table: find('org-user-table'),
    dialog: find('user-action-dialog'),
  };
  await waitUntil(
    () => rows(current!.table).length > 0,
    'the table showed no rows',
  );
  await waitUntil(
    () => part(current!.seats, '[role=meter]') !== null,
    'the seat counter showed no meter',
  );
  return current;
}

export function part(element: Element, selector: string): Element | null {
  return element.shadowRoot?.querySelector(selector) ?? null;
}

export function rows(table: Element): Element[] {
  return [...(table.shadowRoot?.querySelectorAll('[part~=row]') ?? [])];
}

/** The first enabled action button labelled `label` in the table. */
export function actionButton(table: Element, label: string): HTMLElement {
  const buttons = [
    ...(table.shadowRoot?.querySelectorAll<HTMLButtonElement>(
      '[part~=action-button]',
    ) ?? []),
  ];
  const button = buttons.find(
    (candidate) =>
      !candidate.disabled && candidate.textContent?.trim() === label,
  );
  if (button === undefined) {
    throw new Error(`no enabled "${label}" button in the table`);
  }
  return button;
}

/** The native `<dialog>` inside a `<user-action-dialog>`. */
export function nativeDialog(element: Element): HTMLDialogElement | null {
  return element.shadowRoot?.querySelector('dialog') ?? null;
}

/**
 * Asserts that the host set no attribute a property was meant for: no
 * `client`, `gettoken`, `token` or `columns` attribute, and no attribute
 * whose value is a stringified object or function.
 */
export function expectNoStrayAttributes(element: Element): void {
  const names = element.getAttributeNames();
  for (const name of ['client', 'gettoken', 'get-token', 'token', 'columns']) {
    expect(
      names,
      `<${element.localName}> has a ${name} attribute`,
    ).not.to.include(name);
  }
  for (const name of names) {
    const value = element.getAttribute(name) ?? '';
    expect(value, `<${element.localName} ${name}>`).not.to.match(
      /\[object |=>|function/,
    );
  }
}

/** Waits until the host received an event of `type`; returns it. */
export async function received(
  host: HostUnderTest,
  type: string,
): Promise<Event> {
  await waitUntil(
    () => host.events.some((event) => event.type === type),
    `the host received no ${type}`,
  );
  return host.events.find((event) => event.type === type)!;
}
