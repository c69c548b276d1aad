import { OrgUserAction } from '../events/org-user-action.js';
import { msg } from './msg.js';

/**
 * The localized name of an action, for a button or menu item:
 * "Re-authenticate", "Reset 2FA", "Delete", "Cancel invitation".
 */
export function actionLabel(action: OrgUserAction): string {
  switch (action) {
    case OrgUserAction.Reauthenticate:
      return msg('Re-authenticate');
    case OrgUserAction.ResetTwoFactor:
      return msg('Reset 2FA');
    case OrgUserAction.Delete:
      return msg('Delete', { id: 'action-delete' });
    case OrgUserAction.CancelInvitation:
      return msg('Cancel invitation');
  }
}
