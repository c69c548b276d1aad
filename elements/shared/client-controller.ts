import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createOrgUserClient,
  type ClientOptions,
  type OrgUserClient,
} from '../../sdk/index.js';

/**
 * The configuration every element of the kit accepts. `client` wins over
 * the rest; otherwise `baseUrl` with `getToken` (preferred) or `token`.
 */
export interface ClientConfig {
  orgId: string;
  baseUrl: string;
  token: string | undefined;
  getToken: ClientOptions['getToken'] | undefined;
  client: OrgUserClient | undefined;
}

/**
 * Resolves the `OrgUserClient` an element talks through, from the host's
 * `client`, or `baseUrl` plus `token` / `getToken`.
 *
 * The client is memoized: reading {@link ClientController.client} again
 * returns the same object until one of those four properties changes, and
 * then a new one. Put it in a `Task`'s arguments so that a new client (a
 * sign-in as someone else, another server) loads the data again:
 *
 * @example
 * ```ts
 * class MyElement extends LitElement implements ClientConfig {
 *   private readonly api = new ClientController(this);
 *   private readonly data = new Task(this, {
 *     args: () => [this.api.client, this.api.orgId] as const,
 *     task: ([client, orgId], { signal }) =>
 *       client && orgId ? client.getSeatSummary(orgId, { signal }) : null,
 *   });
 * }
 * ```
 */
export class ClientController implements ReactiveController {
  readonly #host: ReactiveControllerHost & ClientConfig;
  #memo: {
    key: readonly unknown[];
    client: OrgUserClient | null;
  } | null = null;

  constructor(host: ReactiveControllerHost & ClientConfig) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The client to use, or null while the element is not configured (no
   * `client`, and no `baseUrl` or no token source).
   */
  get client(): OrgUserClient | null {
    const { client, baseUrl, token, getToken } = this.#host;
    const key = [client, baseUrl, token, getToken] as const;

    if (this.#memo && key.every((value, i) => value === this.#memo?.key[i])) {
      return this.#memo.client;
    }

    this.#memo = { key, client: resolveClient(this.#host) };
    return this.#memo.client;
  }

  /** The organization id, or null when it is empty. */
  get orgId(): string | null {
    // A framework may set a property to null or undefined.
    return (this.#host.orgId ?? '').trim() || null;
  }

  /** Whether both a client and an organization id are there. */
  get configured(): boolean {
    return this.client !== null && this.orgId !== null;
  }

  hostConnected(): void {
    // Nothing to do: the client is resolved lazily on first read.
  }
}

function resolveClient(config: ClientConfig): OrgUserClient | null {
  if (config.client) {
    return config.client;
  }

  const baseUrl = (config.baseUrl ?? '').trim();
  if (!baseUrl || (!config.getToken && !config.token)) {
    return null;
  }

  const { getToken, token } = config;
  return createOrgUserClient(
    getToken ? { baseUrl, getToken } : { baseUrl, token },
  );
}
