import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OrgUsersChangedEvent } from './org-users-changed.js';

/** What a {@link UsersChangedController} needs from its element. */
export interface UsersChangedOptions {
  /** The organization the element shows now, or null for none. */
  orgId: () => string | null;
  /** Called for each `org-users-changed` about that organization. */
  onChange: (event: OrgUsersChangedEvent) => void;
}

/**
 * Listens on `window` for `org-users-changed` while its element is
 * connected, and calls `onChange` for those about the element's
 * organization.
 *
 * @example
 * ```ts
 * private readonly changes = new UsersChangedController(this, {
 *   orgId: () => this.api.orgId,
 *   onChange: () => this.refresh(),
 * });
 * ```
 */
export class UsersChangedController implements ReactiveController {
  readonly #options: UsersChangedOptions;

  constructor(host: ReactiveControllerHost, options: UsersChangedOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener(OrgUsersChangedEvent.eventName, this.#handle);
  }

  hostDisconnected(): void {
    window.removeEventListener(OrgUsersChangedEvent.eventName, this.#handle);
  }

  readonly #handle = (event: OrgUsersChangedEvent): void => {
    const orgId = this.#options.orgId();
    if (orgId !== null && event.orgId === orgId) {
      this.#options.onChange(event);
    }
  };
}
