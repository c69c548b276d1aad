import type {
  DeletionResult,
  OrgUser,
  TwoFactorResetSent,
} from '../../sdk/index.js';
import type { OrgUserAction } from './org-user-action.js';

/**
 * What the server answered for an action: the user after
 * re-authentication was required, the 2FA reset notice, the deletion
 * result, or null for a cancelled invitation and for an action found
 * already done.
 */
export type OrgActionResult =
  OrgUser | TwoFactorResetSent | DeletionResult | null;

/**
 * `org-action-complete`: an action confirmed in `<user-action-dialog>`
 * succeeded. `org-users-changed` follows. Bubbles and is composed.
 *
 * `alreadyDone` is true when the server answered that the user was no
 * longer an organization user (someone else deleted them, or their
 * invitation expired meanwhile); `result` is then null.
 */
export class OrgActionCompleteEvent extends Event {
  static readonly eventName = 'org-action-complete';

  /** The action that succeeded. */
  readonly action: OrgUserAction;

  /** The user as it was shown when the action was confirmed. */
  readonly user: OrgUser;

  /** The server's answer. */
  readonly result: OrgActionResult;

  /** True when the action had already been done by someone else. */
  readonly alreadyDone: boolean;

  constructor(
    action: OrgUserAction,
    user: OrgUser,
    result: OrgActionResult,
    alreadyDone = false,
  ) {
    super(OrgActionCompleteEvent.eventName, { bubbles: true, composed: true });
    this.action = action;
    this.user = user;
    this.result = result;
    this.alreadyDone = alreadyDone;
  }
}

declare global {
  interface HTMLElementEventMap {
    'org-action-complete': OrgActionCompleteEvent;
  }
}
