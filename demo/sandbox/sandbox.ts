/**
 * `createSandbox()`: the vendor API and the sandbox's user side, with
 * the domain's exact rules, as one object that answers Fetch requests.
 * It runs in the browser (through MSW) and in Node (tests, the server).
 */
import { Clock, type ClockMode } from './core/clock.js';
import type { World } from './core/world.js';
import {
  enterSpace as enter,
  requestReauthenticationEmail,
  setUpTwoFactor as setUp,
  useLink as use,
} from './core/user-side.js';
import { emailKey } from './core/fold.js';
import type {
  AccountView,
  EmailView,
  PersonaView,
  SpaceEntryView,
} from './core/types.js';
import { accountView, emailView } from './core/views.js';
import { createHandler } from './http/handler.js';
import { PERSONAS, seedWorld } from './seed/index.js';

export interface SandboxOptions {
  /** Seed of the generated data; the default gives the documented data. */
  seed?: number;
  /** The instant the clock starts at; default `2026-03-05T09:00:00Z`. */
  startTime?: string;
  /**
   * `manual` (default): time moves only by `advance()`. `real`: the clock
   * runs from `startTime` with real elapsed time.
   */
  clock?: ClockMode;
}

export type Persona = PersonaView;

/** A request recorded so that the state can be rebuilt by replaying it. */
export interface JournalEntry {
  at: number;
  method: string;
  /** Path and query, from `/v1` on. */
  url: string;
  headers: [string, string][];
  body: string | null;
}

/** What `exportState()` gives and `importState()` takes. */
export interface SandboxSnapshot {
  format: 'org-user-kit-sandbox';
  version: 1;
  seed: number;
  startTime: string;
  now: string;
  journal: JournalEntry[];
}

export interface Sandbox {
  /** The whole API, vendor contract and `/v1/sandbox/...`, as Fetch. */
  handle(request: Request): Promise<Response>;
  now(): Date;
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Restores the seeded data and the start time. */
  reset(): void;
  readonly personas: readonly Persona[];
  readonly options: Readonly<Required<SandboxOptions>>;
  /** Emails "sent", newest first, optionally only those to one address. */
  outbox(filter?: { to?: string }): EmailView[];
  enterSpace(spaceId: string, email: string): SpaceEntryView;
  requestReauthenticationEmail(userId: string): EmailView;
  setUpTwoFactor(userId: string): AccountView;
  useLink(token: string): AccountView;
  /** The state as seed plus the writes made over HTTP, to save. */
  exportState(): SandboxSnapshot;
  /** Rebuilds a saved state by replaying its writes. */
  importState(snapshot: SandboxSnapshot): Promise<void>;
  /**
   * The stored model, for tests that look beneath the API.
   * @internal
   */
  readonly world: World;
}

export const DEFAULT_SEED = 20260305;
export const DEFAULT_START = '2026-03-05T09:00:00Z';

const JOURNALED_HEADERS = [
  'authorization',
  'content-type',
  'idempotency-key',
  'if-match',
];

const REPLAY_ORIGIN = 'http://sandbox.invalid';

/**
 * Whether a write answered with `status` may have changed the state. A
 * refused action still adds to the audit trail, so only answers given
 * before any rule ran are left out of the journal.
 */
function changesState(status: number): boolean {
  return ![400, 401, 403, 405, 413, 429].includes(status) && status < 500;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const settings = {
    seed: options.seed ?? DEFAULT_SEED,
    startTime: options.startTime ?? DEFAULT_START,
    clock: options.clock ?? 'manual',
  } as const;
  const startMs = Date.parse(settings.startTime);
  if (Number.isNaN(startMs)) {
    throw new RangeError(`Not an ISO instant: ${settings.startTime}`);
  }
  let world = seedWorld(settings.seed, new Clock(startMs, settings.clock));
  let journal: JournalEntry[] = [];

  const reset = () => {
    world = seedWorld(settings.seed, new Clock(startMs, settings.clock));
    journal = [];
  };
  const advance = (ms: number) => {
    world.clock.advance(ms);
    world.settle();
  };
  const handler = createHandler({
    world: () => world,
    controls: { personas: PERSONAS, reset, advance },
  });

  const handle = async (request: Request): Promise<Response> => {
    const method = request.method.toUpperCase();
    if (method === 'GET' || method === 'OPTIONS' || method === 'HEAD') {
      return handler(request);
    }
    const body = await request.clone().text();
    const url = new URL(request.url);
    const entry: JournalEntry = {
      at: world.now(),
      method,
      url: `${url.pathname}${url.search}`,
      headers: JOURNALED_HEADERS.flatMap((name) => {
        const value = request.headers.get(name);
        return value === null ? [] : [[name, value] as [string, string]];
      }),
      body: body === '' ? null : body,
    };
    const response = await handler(request);
    if (url.pathname.endsWith('/sandbox/reset')) {
      journal = [];
    } else if (changesState(response.status)) {
      journal.push(entry);
    }
    return response;
  };

  const settled = () => {
    world.settle();
    return world;
  };

  return {
    handle,
    now: () => new Date(world.now()),
    advance,
    reset,
    personas: PERSONAS,
    options: settings,
    outbox: (filter = {}) => {
      const key = filter.to === undefined ? null : emailKey(filter.to);
      return world.outbox
        .filter((email) => key === null || emailKey(email.to) === key)
        .reverse()
        .map(emailView);
    },
    enterSpace: (spaceId, email) => enter(settled(), spaceId, email),
    requestReauthenticationEmail: (userId) =>
      emailView(requestReauthenticationEmail(settled(), userId)),
    setUpTwoFactor: (userId) => accountView(setUp(settled(), userId)),
    useLink: (token) => accountView(use(settled(), token)),
    exportState: () => ({
      format: 'org-user-kit-sandbox',
      version: 1,
      seed: settings.seed,
      startTime: settings.startTime,
      now: new Date(world.now()).toISOString(),
      journal: journal.map((entry) => ({ ...entry })),
    }),
    importState: async (snapshot) => {
      if (
        snapshot.format !== 'org-user-kit-sandbox' ||
        snapshot.version !== 1 ||
        snapshot.seed !== settings.seed ||
        snapshot.startTime !== settings.startTime
      ) {
        throw new Error(
          'org-user-kit: the saved sandbox state was made with other ' +
            'settings and cannot be loaded.',
        );
      }
      reset();
      for (const entry of snapshot.journal) {
        world.clock.set(Math.max(entry.at, world.now()));
        await handle(
          new Request(new URL(entry.url, REPLAY_ORIGIN), {
            method: entry.method,
            headers: entry.headers,
            body: entry.body,
          }),
        );
      }
      world.clock.set(Math.max(Date.parse(snapshot.now), world.now()));
      world.settle();
    },
    get world() {
      return world;
    },
  };
}
