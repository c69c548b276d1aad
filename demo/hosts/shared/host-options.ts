import type { ColumnId } from '../../../elements/org-user-table/columns.js';

/** What a host page needs to show the elements for one organization. */
export interface HostOptions {
  baseUrl: string;
  orgId: string;
  /** The signed-in owner's token; a real host would fetch or refresh it. */
  getToken: () => string | Promise<string>;
  /** The table's columns, in order. */
  columns?: ColumnId[];
  /** Called with every element event the host receives. */
  onEvent?: (event: Event) => void;
}

/**
 * The objects a mounted host passed to the elements, so that a test can
 * check the elements hold these very objects as properties.
 */
export interface MountedHost {
  client: unknown;
  getToken: HostOptions['getToken'];
  columns: ColumnId[];
  unmount(): void;
}

export const DEFAULT_COLUMNS: ColumnId[] = [
  'user',
  'email',
  'org-role',
  'two-factor',
  'status',
  'actions',
];

/**
 * Signs in as the sandbox's team owner, for the host pages served by
 * `npm start` (the tests pass their own options instead).
 */
export async function sandboxSession(): Promise<HostOptions> {
  const baseUrl = new URL('/v1', location.origin).href;
  const response = await fetch(`${baseUrl}/sandbox/state`);
  const state = (await response.json()) as {
    personas: { key: string; orgId: string; token: string }[];
  };
  const owner = state.personas.find((p) => p.key === 'team-owner');
  if (owner === undefined) {
    throw new Error('org-user-kit host: the sandbox has no team owner');
  }
  return { baseUrl, orgId: owner.orgId, getToken: () => owner.token };
}

/** One line for a host's event list. */
export function describeHostEvent(event: Event): string {
  const fields = event as Event & {
    action?: string;
    reason?: string;
    user?: { username?: string };
  };
  const what = fields.action ?? fields.reason ?? '';
  const who = fields.user?.username ?? '';
  return [event.type, what, who].filter((part) => part !== '').join(' · ');
}
