/*
 * Shared set-up of the SDK's Node tests: an MSW server that fails the test
 * on any unhandled request, and clients whose waits are recorded instead
 * of slept, so retry tests run at once.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { setupServer, type SetupServer } from 'msw/node';
import { createClientWith, type OrgUserClient } from './client.js';
import type { ClientOptions } from './options.js';
import type { ErrorCode } from './types.js';

export const BASE_URL = 'https://api.example.test/v1';
export const API = `${BASE_URL}/orgs/org_1`;
export const TOKEN = 'tok_secret_7f3a9c';
export const NOW = Date.parse('2026-03-05T09:00:00Z');

/** An MSW server for the current test file, strict about strays. */
export function useServer(): SetupServer {
  const server = setupServer();
  const unhandled: string[] = [];
  server.events.on('request:unhandled', ({ request }) => {
    unhandled.push(`${request.method} ${request.url}`);
  });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    const strays = unhandled.splice(0);
    assert.deepEqual(strays, [], 'requests without a handler');
  });
  after(() => server.close());
  return server;
}

export interface TestClient {
  client: OrgUserClient;
  /** Every wait the client asked for, in milliseconds. */
  waits: number[];
}

/**
 * A client of BASE_URL with TOKEN whose waits resolve at once (but still
 * honour an aborted signal), with jitter fixed at its middle and the
 * clock at NOW.
 */
export function testClient(
  options: Partial<ClientOptions> = {},
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>,
): TestClient {
  const waits: number[] = [];
  const client = createClientWith(
    { baseUrl: BASE_URL, token: TOKEN, ...options },
    {
      sleep: async (ms, signal) => {
        waits.push(ms);
        signal.throwIfAborted();
        await sleep?.(ms, signal);
      },
      random: () => 0.5,
      now: () => NOW,
    },
  );
  return { client, waits };
}

/** A problem+json answer as the contract describes it. */
export function problem(
  status: number,
  code: ErrorCode,
  init: { headers?: Record<string, string>; detail?: string } = {},
): Response {
  return new Response(
    JSON.stringify({
      type: `https://org-user-kit.invalid/errors/${code}`,
      title: `Title of ${code}`,
      status,
      code,
      ...(init.detail === undefined ? {} : { detail: init.detail }),
    }),
    {
      status,
      headers: {
        'Content-Type': 'application/problem+json',
        'X-Request-Id': `req_${code}`,
        ...init.headers,
      },
    },
  );
}

/** A seat summary body. */
export const SEATS = {
  billableUsers: 12,
  contractedSeats: 20,
  pendingInvitationSeats: 1,
  pendingInvitationSeatsExpiringWithin24h: 0,
  nextChangeAt: null,
  asOf: '2026-03-05T09:00:00Z',
};

/** Rejects with what `promise` rejects with, or fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the promise to reject');
}
