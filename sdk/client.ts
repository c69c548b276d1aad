import createClient, { type Client } from 'openapi-fetch';
import { toEtag } from './etag.js';
import { createMiddleware } from './middleware.js';
import type {
  ActionOptions,
  ClientOptions,
  RequestOptions,
} from './options.js';
import { paginate } from './paginate.js';
import { sleep } from './sleep.js';
import { TokenSource } from './token-source.js';
import { createTransport } from './transport.js';
import type {
  DeletionPreview,
  DeletionResult,
  Group,
  ListUsersQuery,
  Organization,
  OrgUser,
  paths,
  SeatSummary,
  Space,
  TwoFactorResetSent,
  UserPage,
} from './types.js';
import { unwrap, unwrapBody } from './unwrap.js';

/**
 * A client of the organization user management API. Every helper resolves
 * with the data or rejects with an {@link ApiError}; a caller's abort
 * rejects with the signal's reason.
 */
export interface OrgUserClient {
  /**
   * The typed openapi-fetch client for every path of the contract, with
   * the same token, retries, timeout and idempotency keys as the helpers.
   * It answers `{ data }` or `{ error, response }` like openapi-fetch;
   * pass the result to {@link unwrap} for the helpers' errors. Network
   * errors, timeouts and malformed bodies reject with an `ApiError`.
   *
   * @example
   * ```ts
   * const { data, error } = await client.raw.GET(
   *   '/orgs/{orgId}/audit-events',
   *   { params: { path: { orgId: 'org_team' }, query: { limit: 20 } } },
   * );
   * ```
   */
  readonly raw: Client<paths>;

  /** The base URL requests go to, without a trailing slash. */
  readonly baseUrl: string;

  /**
   * The organization: plan, contracted seats, whether 2FA is required and
   * whether user management is available. Answers on every plan.
   */
  getOrganization(orgId: string, o?: RequestOptions): Promise<Organization>;

  /** The seat count at this instant, as the seat counter shows it. */
  getSeatSummary(orgId: string, o?: RequestOptions): Promise<SeatSummary>;

  /**
   * One page of organization users. Array filters are sent
   * comma-separated (`spaceRole=admin,member`).
   *
   * @example
   * ```ts
   * const page = await client.listUsers('org_team', {
   *   q: 'zoe',
   *   status: ['active'],
   *   sort: '-lastAccessAt',
   *   limit: 100,
   * });
   * console.log(page.total, page.items.length, page.nextCursor);
   * ```
   */
  listUsers(
    orgId: string,
    q?: ListUsersQuery,
    o?: RequestOptions,
  ): Promise<UserPage>;

  /**
   * Every user matching `q`, page after page (of `q.limit`, default 50),
   * fetched as the loop consumes them. Aborting `o.signal` stops it.
   *
   * @example
   * ```ts
   * for await (const user of client.iterateUsers('org_team', {
   *   status: ['invited'],
   *   limit: 200,
   * })) {
   *   rows.push([user.username, user.email]);
   * }
   * ```
   */
  iterateUsers(
    orgId: string,
    q?: ListUsersQuery,
    o?: RequestOptions,
  ): AsyncIterable<OrgUser>;

  /**
   * One user, with why they are billable. `user.version` is the ETag
   * value to pass as `ifMatch`. Rejects with `not_an_organization_user`
   * when the account is not on the list.
   */
  getUser(orgId: string, userId: string, o?: RequestOptions): Promise<OrgUser>;

  /**
   * What deleting the user would do: seats before and after, spaces that
   * become guest, and spaces whose access settings would bring the user
   * back. Rejects like the delete (`owner_role_held`, ...).
   */
  previewDeletion(
    orgId: string,
    userId: string,
    o?: RequestOptions,
  ): Promise<DeletionPreview>;

  /**
   * Deletes the user from the organization: every space role becomes
   * guest, pending invitations are cancelled, a seat is freed. Rejects
   * with `owner_role_held` for an owner and `not_an_organization_user`
   * when someone deleted them first (treat that as done).
   *
   * @example
   * ```ts
   * const user = await client.getUser('org_team', userId);
   * const result = await client.deleteUser('org_team', userId, {
   *   ifMatch: user.version,
   * });
   * console.log(result.seats.billableUsers);
   * ```
   */
  deleteUser(
    orgId: string,
    userId: string,
    o?: ActionOptions,
  ): Promise<DeletionResult>;

  /**
   * Revokes the user's sessions and asks them to re-authenticate by email
   * on their next access. Rejects with `invitation_only` for a user who
   * is only invited. Repeating it while pending changes nothing.
   */
  reauthenticateUser(
    orgId: string,
    userId: string,
    o?: ActionOptions,
  ): Promise<OrgUser>;

  /**
   * Emails the user a 2FA reset link, valid 48 hours. Rejects with
   * `two_factor_not_enabled` when the organization does not require 2FA
   * or the user has not set it up.
   */
  resetTwoFactor(
    orgId: string,
    userId: string,
    o?: ActionOptions,
  ): Promise<TwoFactorResetSent>;

  /**
   * Cancels the invitations that make an invited user billable; they
   * leave the list. Rejects with `not_invitation_only` for others.
   */
  cancelInvitation(
    orgId: string,
    userId: string,
    o?: ActionOptions,
  ): Promise<void>;

  /** Makes the account an organization owner; resolves with the user. */
  grantOwner(
    orgId: string,
    userId: string,
    o?: ActionOptions,
  ): Promise<OrgUser>;

  /**
   * Removes the owner role. Resolves with the user, or null when nothing
   * else keeps them on the list and they left it. Rejects with
   * `last_owner` for the organization's only owner.
   */
  removeOwner(
    orgId: string,
    userId: string,
    o?: ActionOptions,
  ): Promise<OrgUser | null>;

  /** Every space of the organization, by name. */
  listSpaces(orgId: string, o?: RequestOptions): Promise<Space[]>;

  /** Every group of the organization, by name. */
  listGroups(orgId: string, o?: RequestOptions): Promise<Group[]>;
}

/**
 * Replaceable parts of the client, for tests that must not wait for real.
 * Not part of the public API.
 *
 * @internal
 */
export interface ClientInternals {
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
}

const DEFAULT_INTERNALS: ClientInternals = {
  sleep,
  random: Math.random,
  now: Date.now,
};

/**
 * Creates a client of the organization user management API over
 * openapi-fetch. Nothing is sent until a helper is called.
 *
 * Defaults: `timeoutMs` 30000 per attempt; `retry` with `maxAttempts` 3,
 * `baseDelayMs` 300, `maxDelayMs` 10000 (see {@link ClientOptions}).
 *
 * @example
 * ```ts
 * import { createOrgUserClient, isApiError } from 'org-user-kit/sdk';
 *
 * const client = createOrgUserClient({
 *   baseUrl: 'http://127.0.0.1:8787/v1',
 *   token: 'tok_team_owner',
 * });
 * const seats = await client.getSeatSummary('org_team');
 * console.log(`${seats.billableUsers} / ${seats.contractedSeats}`);
 * ```
 */
export function createOrgUserClient(options: ClientOptions): OrgUserClient {
  return createClientWith(options, DEFAULT_INTERNALS);
}

/**
 * {@link createOrgUserClient} with replaceable internals.
 *
 * @internal
 */
export function createClientWith(
  options: ClientOptions,
  internals: ClientInternals,
): OrgUserClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const customFetch = options.fetch;
  const transport = createTransport({
    fetch: (request) => (customFetch ?? globalThis.fetch)(request),
    tokens: new TokenSource(options.token, options.getToken),
    timeoutMs: atLeast(1, options.timeoutMs, 30_000),
    maxAttempts: Math.floor(atLeast(1, options.retry?.maxAttempts, 3)),
    baseDelayMs: atLeast(0, options.retry?.baseDelayMs, 300),
    maxDelayMs: atLeast(0, options.retry?.maxDelayMs, 10_000),
    // Waiting longer than a minute inside one call would look like a hang
    // to the person in front of the page; the error says how long instead.
    maxRetryAfterMs: 60_000,
    ...internals,
  });
  const raw = createClient<paths>({
    baseUrl,
    fetch: transport,
    querySerializer: { array: { style: 'form', explode: false } },
    headers: {
      Accept: 'application/json, application/problem+json',
      ...options.headers,
    },
  });
  raw.use(createMiddleware());

  /** The request of a read about the organization. */
  const inOrg = (orgId: string, o?: RequestOptions) => ({
    params: { path: { orgId } },
    signal: o?.signal,
  });

  /** The request of a read about one user. */
  const ofUser = (orgId: string, userId: string, o?: RequestOptions) => ({
    params: { path: { orgId, userId } },
    signal: o?.signal,
  });

  /** The request of an action on one user, with its precondition and key. */
  const onUser = (orgId: string, userId: string, o?: ActionOptions) => ({
    params: {
      path: { orgId, userId },
      header: {
        'If-Match': o?.ifMatch === undefined ? undefined : toEtag(o.ifMatch),
        'Idempotency-Key': o?.idempotencyKey,
      },
    },
    signal: o?.signal,
  });

  const client: OrgUserClient = {
    raw,
    baseUrl,

    async getOrganization(orgId, o) {
      return unwrapBody(await raw.GET('/orgs/{orgId}', inOrg(orgId, o)));
    },

    async getSeatSummary(orgId, o) {
      return unwrapBody(await raw.GET('/orgs/{orgId}/seats', inOrg(orgId, o)));
    },

    async listUsers(orgId, q, o) {
      const params = { path: { orgId }, query: q };
      return unwrapBody(
        await raw.GET('/orgs/{orgId}/users', { params, signal: o?.signal }),
      );
    },

    iterateUsers(orgId, q, o) {
      return paginate(
        (cursor) => client.listUsers(orgId, { ...q, cursor }, o),
        o?.signal,
        q?.cursor,
      );
    },

    async getUser(orgId, userId, o) {
      return unwrapBody(
        await raw.GET('/orgs/{orgId}/users/{userId}', ofUser(orgId, userId, o)),
      );
    },

    async previewDeletion(orgId, userId, o) {
      return unwrapBody(
        await raw.GET(
          '/orgs/{orgId}/users/{userId}/deletion-preview',
          ofUser(orgId, userId, o),
        ),
      );
    },

    async deleteUser(orgId, userId, o) {
      return unwrapBody(
        await raw.DELETE(
          '/orgs/{orgId}/users/{userId}',
          onUser(orgId, userId, o),
        ),
      );
    },

    async reauthenticateUser(orgId, userId, o) {
      return unwrapBody(
        await raw.POST(
          '/orgs/{orgId}/users/{userId}/reauthenticate',
          onUser(orgId, userId, o),
        ),
      );
    },

    async resetTwoFactor(orgId, userId, o) {
      return unwrapBody(
        await raw.POST(
          '/orgs/{orgId}/users/{userId}/reset-two-factor',
          onUser(orgId, userId, o),
        ),
      );
    },

    async cancelInvitation(orgId, userId, o) {
      unwrap(
        await raw.POST(
          '/orgs/{orgId}/users/{userId}/cancel-invitation',
          onUser(orgId, userId, o),
        ),
      );
    },

    async grantOwner(orgId, userId, o) {
      return unwrapBody(
        await raw.PUT(
          '/orgs/{orgId}/owners/{userId}',
          onUser(orgId, userId, o),
        ),
      );
    },

    async removeOwner(orgId, userId, o) {
      const data = unwrap(
        await raw.DELETE(
          '/orgs/{orgId}/owners/{userId}',
          onUser(orgId, userId, o),
        ),
      );
      return data ?? null;
    },

    async listSpaces(orgId, o) {
      const list = unwrapBody(
        await raw.GET('/orgs/{orgId}/spaces', inOrg(orgId, o)),
      );
      return list.items;
    },

    async listGroups(orgId, o) {
      const list = unwrapBody(
        await raw.GET('/orgs/{orgId}/groups', inOrg(orgId, o)),
      );
      return list.items;
    },
  };
  return client;
}

/** `value` when it is a number no smaller than `min`, else `fallback`. */
function atLeast(min: number, value: number | undefined, fallback: number) {
  return typeof value === 'number' && value >= min ? value : fallback;
}
