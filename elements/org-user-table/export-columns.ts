/**
 * The columns of the CSV export. Headers are localized; values are the
 * contract's own (codes and ISO 8601 instants), so a spreadsheet can sort
 * and filter them whatever the language of the person who exported.
 */
import { msg } from '@lit/localize';
import type { CsvColumn } from './csv.js';
import type { OrgUser } from './types.js';

/** Every exported column, in order. */
export function exportColumns(): CsvColumn<OrgUser>[] {
  return [
    { header: msg('User id'), value: (user) => user.id },
    { header: msg('User'), value: (user) => user.username },
    { header: msg('Email'), value: (user) => user.email },
    { header: msg('Org Role'), value: (user) => user.orgRole ?? '' },
    { header: msg('Status'), value: (user) => user.status },
    { header: msg('2FA'), value: (user) => user.twoFactor },
    {
      header: msg('Space roles'),
      value: (user) =>
        user.spaceRoles
          .map((held) => `${held.spaceName} (${held.role})`)
          .join('; '),
    },
    {
      header: msg('Groups'),
      value: (user) => user.groups.map((group) => group.name).join('; '),
    },
    {
      header: msg('Invitation expires'),
      value: (user) => user.invitationExpiresAt ?? '',
    },
    { header: msg('Last access'), value: (user) => user.lastAccessAt ?? '' },
  ];
}
