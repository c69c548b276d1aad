import type { OrgUser } from '../../sdk/index.js';
import type { OrgUserAction } from './org-user-action.js';

/**
 * `org-action-request`: the owner confirmed an action in
 * `<user-action-dialog>` and the request is about to be sent. Cancelable:
 * `preventDefault()` vetoes it; nothing is sent and the dialog stays open.
 * Bubbles and is composed.
 *
 * @example
 * ```ts
 * dialog.addEventListener('org-action-request', (event) => {
 *   if (event.action === 'delete' && !allowDeletes) {
 *     event.preventDefault();
 *   }
 * });
 * ```
 */
export class OrgActionRequestEvent extends Event {
  static readonly eventName = 'org-action-request';

  /** The action about to be requested. */
  readonly action: OrgUserAction;

  /** The user it applies to. */
  readonly user: OrgUser;

  constructor(action: OrgUserAction, user: OrgUser) {
    super(OrgActionRequestEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    this.action = action;
    this.user = user;
  }
}

declare global {
  interface HTMLElementEventMap {
    'org-action-request': OrgActionRequestEvent;
  }
}
