/** What `getToken` is asked: whether the token it has was refused. */
export interface TokenContext {
  /** True after a 401: the last token was refused, fetch a new one. */
  forceRefresh: boolean;
}

/** A host's way to hand the client a bearer token. */
export type GetToken = (ctx: TokenContext) => string | Promise<string>;

/**
 * Hands out the bearer token for each request and refreshes it after a
 * 401, at most once at a time.
 *
 * Why the bookkeeping: when several requests fail with 401 together, only
 * the first should ask for a new token. Each request remembers the token
 * it sent; a 401 for a token that is no longer the newest one means
 * another request already refreshed, so that newest token is used without
 * asking again, and a refresh under way is shared by everyone who
 * needs it.
 */
export class TokenSource {
  readonly canRefresh: boolean;
  readonly #getToken: GetToken | undefined;
  readonly #staticToken: string | undefined;
  #refreshing: Promise<string> | undefined;
  #newest: string | undefined;

  constructor(token: string | undefined, getToken: GetToken | undefined) {
    this.#staticToken = token;
    this.#getToken = getToken;
    this.canRefresh = getToken !== undefined;
  }

  /** The token for a new request, or undefined when there is none. */
  async current(): Promise<string | undefined> {
    if (this.#refreshing) {
      return this.#refreshing;
    }
    if (this.#getToken) {
      return this.#getToken({ forceRefresh: false });
    }
    return this.#staticToken;
  }

  /** A token to retry with after `refused` answered 401. */
  async refresh(refused: string | undefined): Promise<string> {
    if (this.#refreshing) {
      return this.#refreshing;
    }
    if (this.#newest !== undefined && this.#newest !== refused) {
      return this.#newest;
    }
    const getToken = this.#getToken;
    if (!getToken) {
      throw new Error('org-user-kit: no getToken to refresh with');
    }
    const refreshing = (async () => getToken({ forceRefresh: true }))();
    this.#refreshing = refreshing;
    try {
      this.#newest = await refreshing;
      return this.#newest;
    } finally {
      if (this.#refreshing === refreshing) {
        this.#refreshing = undefined;
      }
    }
  }
}
