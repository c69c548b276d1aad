/**
 * The table's localized words for columns and the contract's values.
 */
import { msg } from '@lit/localize';
import type { ColumnId } from './columns.js';
import type { OrgRoleFilter, TwoFactorState, UserStatus } from './types.js';

/** A column's header text. */
export function columnLabel(column: ColumnId): string {
  switch (column) {
    case 'user':
      return msg('User');
    case 'email':
      return msg('Email');
    case 'org-role':
      return msg('Org Role');
    case 'space-roles':
      return msg('Space roles');
    case 'groups':
      return msg('Groups');
    case 'two-factor':
      return msg('2FA');
    case 'status':
      return msg('Status');
    case 'last-access':
      return msg('Last access');
    case 'actions':
      return msg('Actions');
  }
}

export { spaceRoleLabel } from '../shared/labels.js';

/** A status's name, as the status column and its filter show it. */
export function statusLabel(status: UserStatus): string {
  switch (status) {
    case 'active':
      return msg('Active', { id: 'status-active' });
    case 'invited':
      return msg('Invited');
    case 'reauthentication_required':
      return msg('Re-authentication pending');
  }
}

/** A 2FA state's name. */
export function twoFactorLabel(state: TwoFactorState): string {
  switch (state) {
    case 'not_set_up':
      return msg('Not set up');
    case 'active':
      return msg('Active', { id: 'two-factor-active' });
    case 'reset_pending':
      return msg('Reset pending');
  }
}

/** An org role filter value's name. */
export function orgRoleFilterLabel(value: OrgRoleFilter): string {
  return value === 'owner' ? msg('Owner') : msg('Not an owner');
}
