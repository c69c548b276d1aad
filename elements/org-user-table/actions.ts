/**
 * Which actions a row offers, by the domain's rules, so the table never
 * shows a button the server would refuse.
 */
import type { OrgUserAction } from '../events/org-user-action.js';
import type { Organization, OrgUser } from './types.js';

/** An action offered on a row; `blocked` says why it cannot run now. */
export interface RowAction {
  readonly action: OrgUserAction;
  readonly blocked?: 'owner-role-held';
}

/**
 * The actions offered for `user`, in display order:
 * - Re-authenticate for users who are not only invited (repeating it while
 *   pending is allowed and harmless, so it stays offered);
 * - Reset 2FA when the organization requires 2FA and the user set it up;
 * - Cancel invitation for users on the list only through an invitation;
 * - Delete for everyone, blocked for owners until the role is removed.
 */
export function rowActions(
  user: Pick<OrgUser, 'status' | 'twoFactor' | 'orgRole'>,
  org: Pick<Organization, 'requiresTwoFactor'>,
): RowAction[] {
  const actions: RowAction[] = [];

  if (user.status !== 'invited') {
    actions.push({ action: 'reauthenticate' });
  }
  if (org.requiresTwoFactor && user.twoFactor === 'active') {
    actions.push({ action: 'reset-two-factor' });
  }
  if (user.status === 'invited') {
    actions.push({ action: 'cancel-invitation' });
  }
  actions.push(
    user.orgRole === 'owner'
      ? { action: 'delete', blocked: 'owner-role-held' }
      : { action: 'delete' },
  );

  return actions;
}
