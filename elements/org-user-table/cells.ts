/**
 * The content of each body cell. Every value a user typed goes through
 * `userText`, so it renders as text, right-to-left aware, truncated with
 * the full value in `title`.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  formatDateTime,
  formatNumber,
  formatRelativeTime,
  plural,
} from '../shared/format.js';
import { userText } from '../shared/user-text.js';
import type { ColumnId } from './columns.js';
import { spaceRoleLabel, statusLabel, twoFactorLabel } from './labels.js';
import type { OrgUser, SpaceRole } from './types.js';

/** What a cell needs besides its user. */
export interface CellContext {
  /** The server's present, for relative times. */
  readonly now: Date;
  /** Whether the space-roles cell of this row is expanded. */
  readonly expanded: boolean;
  /** A prefix unique to this row, for ids inside it. */
  readonly idPrefix: string;
  /** Toggles the space-roles cell of this row. */
  readonly onToggle: () => void;
}

const ROLE_ORDER: readonly SpaceRole[] = [
  'admin',
  'member',
  'visitor',
  'guest',
];

/** The highest space role the user holds, if any. */
export function highestRole(user: OrgUser): SpaceRole | undefined {
  return ROLE_ORDER.find((role) =>
    user.spaceRoles.some((held) => held.role === role),
  );
}

/** The content of one cell; the actions cell is the element's own. */
export function renderCell(
  column: Exclude<ColumnId, 'actions'>,
  user: OrgUser,
  context: CellContext,
): TemplateResult | string | typeof nothing {
  switch (column) {
    case 'user':
      return html`${renderAvatar(user)}${userText(user.username, 'name')}`;
    case 'email':
      return userText(user.email, 'email');
    case 'org-role':
      return user.orgRole === 'owner'
        ? msg('Owner')
        : html`<span aria-hidden="true">-</span
            ><span class="visually-hidden">${msg('None')}</span>`;
    case 'space-roles':
      return renderSpaceRoles(user, context);
    case 'groups':
      return user.groups.length
        ? userText(user.groups.map((group) => group.name).join(', '))
        : nothing;
    case 'two-factor':
      return html`<span class="badge" data-state=${user.twoFactor}
        >${twoFactorLabel(user.twoFactor)}</span
      >`;
    case 'status':
      return renderStatus(user, context.now);
    case 'last-access':
      return user.lastAccessAt
        ? html`<time
            dir="auto"
            datetime=${user.lastAccessAt}
            title=${formatDateTime(user.lastAccessAt)}
            >${formatRelativeTime(user.lastAccessAt, context.now)}</time
          >`
        : msg('Never');
  }
}

function renderAvatar(user: OrgUser): TemplateResult {
  if (user.avatarUrl) {
    return html`<img
      class="avatar"
      part="avatar"
      src=${user.avatarUrl}
      alt=""
      loading="lazy"
      referrerpolicy="no-referrer"
    />`;
  }
  const initial = Array.from(user.username.trim())[0] ?? '?';
  return html`<span class="avatar" part="avatar" aria-hidden="true"
    >${initial}</span
  >`;
}

function renderStatus(user: OrgUser, now: Date): TemplateResult {
  const expires = user.invitationExpiresAt;
  const left =
    user.status === 'invited' && expires
      ? html`<span class="detail" dir="auto"
          >${msg(str`expires ${formatRelativeTime(expires, now)}`)}</span
        >`
      : nothing;

  return html`<span class="badge" data-state=${user.status}
      >${statusLabel(user.status)}</span
    >
    ${left}`;
}

function renderSpaceRoles(user: OrgUser, context: CellContext): TemplateResult {
  const role = highestRole(user);
  const count = user.spaceRoles.length;
  const summary = role
    ? `${spaceRoleLabel(role)} · ${formatNumber(count)} ${plural(
        count,
        msg('space'),
        msg('spaces'),
      )}`
    : msg('No space role');
  const listId = `${context.idPrefix}-spaces`;

  return html`<button
      type="button"
      class="disclosure"
      part="expand-button"
      aria-expanded=${context.expanded ? 'true' : 'false'}
      aria-controls=${listId}
      title=${msg('Why this user is billable')}
      @click=${context.onToggle}
    >
      <span class="chevron" aria-hidden="true"></span>${summary}
    </button>
    <ul
      id=${listId}
      class="reasons"
      part="reasons"
      ?hidden=${!context.expanded}
    >
      ${context.expanded ? renderReasons(user, context.now) : nothing}
    </ul>`;
}

function renderReasons(user: OrgUser, now: Date): TemplateResult {
  const { owner, spaces, invitations } = user.billableReasons;

  return html`${owner ? html`<li>${msg('Organization owner')}</li>` : nothing}
  ${spaces.map(
    (space) =>
      html`<li dir="auto">
        ${userText(space.spaceName)}: ${spaceRoleLabel(space.role)}
      </li>`,
  )}
  ${invitations.map(
    (invitation) =>
      html`<li dir="auto">
        ${userText(invitation.spaceName)}:
        ${msg(
          str`invited as ${spaceRoleLabel(invitation.role)}, expires ${formatRelativeTime(
            invitation.expiresAt,
            now,
          )}`,
        )}
      </li>`,
  )}`;
}
