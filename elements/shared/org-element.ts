import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ClientOptions, OrgUserClient } from '../../sdk/index.js';
import { ClientController, type ClientConfig } from './client-controller.js';
import { VERSION } from './version.js';

/**
 * The base of every element of the kit: the common configuration
 * properties and the {@link ClientController} that turns them into a
 * client. Subclasses read `this.api.client` and `this.api.orgId`.
 *
 * Several elements can share one client: give each the same `client`.
 */
export class OrgElement extends LitElement implements ClientConfig {
  /**
   * The package version, compared by the registration module so that two
   * copies of one version on a page share a single definition.
   */
  static readonly version: string = VERSION;

  /** Resolves the client from the properties below. */
  protected readonly api = new ClientController(this);

  /** The organization's id, such as `org_team`. */
  @property({ attribute: 'org-id' })
  orgId = '';

  /** The API's base URL, ending in `/v1`. Ignored when `client` is set. */
  @property({ attribute: 'base-url' })
  baseUrl = '';

  /**
   * A bearer token of an organization owner. Property only: it is never
   * read from or written to an attribute, so it stays out of the DOM.
   * Prefer `getToken` when tokens expire.
   */
  @property({ attribute: false })
  token: string | undefined = undefined;

  /**
   * Returns a bearer token; called again with `forceRefresh: true` after a
   * `401`. Property only. Wins over `token`.
   */
  @property({ attribute: false })
  getToken: ClientOptions['getToken'] | undefined = undefined;

  /**
   * An SDK client made by the host with `createOrgUserClient`. Property
   * only. Wins over `baseUrl`, `token` and `getToken`; give several
   * elements the same client to share its token refreshes.
   */
  @property({ attribute: false })
  client: OrgUserClient | undefined = undefined;
}
