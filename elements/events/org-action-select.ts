import type { OrgUser } from '../../sdk/index.js';
import type { OrgUserAction } from './org-user-action.js';

/**
 * `org-action-select`: someone picked an action on a row of
 * `<org-user-table>`. Cancelable: by default the table opens its own
 * `<user-action-dialog>`; call `preventDefault()` to handle it yourself.
 * Bubbles and is composed.
 *
 * @example
 * ```ts
 * table.addEventListener('org-action-select', (event) => {
 *   event.preventDefault();
 *   myDialog.show(event.action, event.user);
 * });
 * ```
 */
export class OrgActionSelectEvent extends Event {
  static readonly eventName = 'org-action-select';

  /** The action picked. */
  readonly action: OrgUserAction;

  /** The user it applies to, as listed. */
  readonly user: OrgUser;

  constructor(action: OrgUserAction, user: OrgUser) {
    super(OrgActionSelectEvent.eventName, {
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
    'org-action-select': OrgActionSelectEvent;
  }
}
