import type { OrgUserAction } from './org-user-action.js';

/**
 * Why the organization's users changed: one of the actions, or a name the
 * host chose when it dispatched the event itself (such as `'clock'` after
 * moving the sandbox clock, or `'external'`).
 */
export type OrgUsersChangeReason = OrgUserAction | (string & {});

/** What an {@link OrgUsersChangedEvent} carries. */
export interface OrgUsersChangedInit {
  orgId: string;
  reason: OrgUsersChangeReason;
  userId?: string | null;
}

/**
 * `org-users-changed`: the users of an organization changed, so every
 * element showing it loads again. Bubbles and is composed.
 *
 * The element that made the change dispatches it on itself and, when it
 * would not reach `window` from there, on `window` (see `announceChange`).
 * Every element listens on `window`. A host may dispatch it too:
 *
 * @example
 * ```ts
 * window.dispatchEvent(
 *   new OrgUsersChangedEvent({ orgId: 'org_team', reason: 'clock' }),
 * );
 * ```
 */
export class OrgUsersChangedEvent extends Event {
  static readonly eventName = 'org-users-changed';

  /** The organization whose users changed. */
  readonly orgId: string;

  /** Why: the action taken, or a host's own name for the change. */
  readonly reason: OrgUsersChangeReason;

  /** The user acted on, or null when many or unknown. */
  readonly userId: string | null;

  constructor(init: OrgUsersChangedInit) {
    super(OrgUsersChangedEvent.eventName, { bubbles: true, composed: true });
    this.orgId = init.orgId;
    this.reason = init.reason;
    this.userId = init.userId ?? null;
  }
}

declare global {
  interface HTMLElementEventMap {
    'org-users-changed': OrgUsersChangedEvent;
  }
  interface WindowEventMap {
    'org-users-changed': OrgUsersChangedEvent;
  }
}
