/**
 * Helpers for the sandbox's own tests: JSON calls through `handle()` with
 * a persona's token, and instants written as ISO strings.
 */
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Caller {
  get<T = any>(
    path: string,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
  post<T = any>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
  put<T = any>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
  del<T = any>(
    path: string,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
}

export const BASE = 'https://sandbox.test/v1';

/** Calls the sandbox as the holder of `token` (no token: anonymous). */
export function callerFor(sandbox: Sandbox, token?: string): Caller {
  const call = async (
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const init: RequestInit = {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
    };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await sandbox.handle(new Request(`${BASE}${path}`, init));
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : null,
      headers: response.headers,
    };
  };
  return {
    get: (path, headers) => call('GET', path, undefined, headers),
    post: (path, body, headers) => call('POST', path, body, headers),
    put: (path, body, headers) => call('PUT', path, body, headers),
    del: (path, headers) => call('DELETE', path, undefined, headers),
  };
}

/** A fresh sandbox with the team owner's caller. */
export function teamSandbox(options: SandboxOptions = {}): {
  sandbox: Sandbox;
  owner: Caller;
  anonymous: Caller;
} {
  const sandbox = createSandbox(options);
  return {
    sandbox,
    owner: callerFor(sandbox, 'tok_team_owner'),
    anonymous: callerFor(sandbox),
  };
}

/** Moves a manual sandbox clock to an instant at or after now. */
export function advanceTo(sandbox: Sandbox, instant: string): void {
  const ms = Date.parse(instant) - sandbox.now().getTime();
  if (ms < 0) {
    throw new RangeError(`${instant} is in the sandbox's past`);
  }
  sandbox.advance(ms);
}

/** Every user id of the list matching `query`, through all pages. */
export async function allIds(
  caller: Caller,
  orgId: string,
  query = '',
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const sep = query ? '&' : '';
    const page: Answer = await caller.get(
      `/orgs/${orgId}/users?limit=200${sep}${query}` +
        (cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''),
    );
    if (page.status !== 200) {
      throw new Error(`listing answered ${page.status}`);
    }
    ids.push(...page.body.items.map((u: { id: string }) => u.id));
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
}
