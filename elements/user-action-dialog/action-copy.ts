import type { OrgUser } from '../../sdk/index.js';
import type { OrgActionResult } from '../events/org-action-complete.js';
import { OrgUserAction } from '../events/org-user-action.js';
import { formatDateTime } from '../shared/format.js';
import { msg, str } from '../shared/msg.js';

/** The words of the dialog for one action. */
export interface ActionCopy {
  /** The dialog's heading, a question. */
  readonly title: string;
  /** What will happen, in plain words. */
  readonly explanation: string;
  /** The confirm button. */
  readonly confirm: string;
  /** The button that closes without acting. */
  readonly dismiss: string;
  /** Whether the action is destructive (a red confirm button). */
  readonly destructive: boolean;
}

/** The dialog's words for an action on a user. */
export function actionCopy(action: OrgUserAction, user: OrgUser): ActionCopy {
  const dismiss = msg('Cancel', { id: 'dialog-dismiss' });

  switch (action) {
    case OrgUserAction.Reauthenticate:
      return {
        title: msg('Require re-authentication?'),
        explanation:
          user.status === 'reauthentication_required'
            ? msg(
                'Re-authentication is already pending for this user. Confirming again changes nothing; they still confirm by email on their next access.',
              )
            : msg(
                "All of this user's sessions end now. On their next access they see the account authentication screen and confirm by email; the link works for 1 hour, and they can ask for another.",
              ),
        confirm: msg('Require re-authentication'),
        dismiss,
        destructive: false,
      };
    case OrgUserAction.ResetTwoFactor:
      return {
        title: msg('Reset two-factor authentication?'),
        explanation: msg(
          'This user is emailed a reset link that works for 48 hours. Their current authenticator keeps working until they use the link; then they set up two-factor authentication again on their next access. If they never use it, nothing changes.',
        ),
        confirm: msg('Send reset link'),
        dismiss,
        destructive: false,
      };
    case OrgUserAction.Delete:
      return {
        title: msg('Delete this organization user?'),
        explanation: msg(
          'Their role becomes Guest in every space of the organization, their pending invitations there are cancelled, and their seat is freed at once. Their account itself is kept.',
        ),
        confirm: msg('Delete user'),
        dismiss,
        destructive: true,
      };
    case OrgUserAction.CancelInvitation:
      return {
        title: msg('Cancel the invitation?'),
        explanation: msg(
          'The invitation is cancelled: this user leaves the organization user list and their seat is freed. You can invite them again later.',
        ),
        confirm: msg('Cancel invitation'),
        dismiss: msg('Keep invitation'),
        destructive: true,
      };
  }
}

/** What to announce once an action succeeded. */
export function successMessage(
  action: OrgUserAction,
  user: OrgUser,
  result: OrgActionResult,
): string {
  const name = user.username;

  switch (action) {
    case OrgUserAction.Reauthenticate:
      return msg(str`${name} must re-authenticate on their next access.`);
    case OrgUserAction.ResetTwoFactor: {
      if (result && 'linkExpiresAt' in result) {
        const email = result.emailedTo;
        const until = formatDateTime(result.linkExpiresAt);
        return msg(
          str`A reset link was emailed to ${email}. It works until ${until}.`,
        );
      }
      return msg(str`A reset link was emailed to ${name}.`);
    }
    case OrgUserAction.Delete:
      return msg(
        str`${name} was deleted from the organization. A seat is free.`,
      );
    case OrgUserAction.CancelInvitation:
      return msg(str`The invitation of ${name} was cancelled. A seat is free.`);
  }
}

/** What to announce when the action was found already done. */
export function alreadyDoneMessage(
  action: OrgUserAction,
  user: OrgUser,
): string {
  const name = user.username;
  return action === OrgUserAction.CancelInvitation
    ? msg(str`The invitation of ${name} had already ended.`)
    : msg(str`${name} was already removed from the organization.`);
}
