import { html, nothing, type TemplateResult } from 'lit';

import { relativeTime } from './format.js';
import type { Email } from './sandbox-api.js';
import type { DemoState } from './store.js';

/** What the user-side buttons of the outbox do. */
export interface OutboxActions {
  requestReauthenticationEmail(userId: string): void;
  useLink(token: string): void;
  setUpTwoFactor(userId: string): void;
  prefillEntry(email: string): void;
}

const KIND_LABELS: Record<Email['kind'], string> = {
  reauthentication_notice: 'Re-authentication notice',
  reauthentication_link: 'Sign-in link',
  two_factor_reset: '2FA reset link',
  invitation: 'Invitation',
};

function linkState(email: Email, state: DemoState): TemplateResult {
  const link = email.link;
  if (link === null) {
    return html``;
  }
  if (link.used) {
    return html`<span class="tag tag-done">used</span>`;
  }
  const expired = Date.parse(link.expiresAt) <= Date.parse(state.now ?? '');
  const when = relativeTime(link.expiresAt, state.now, 'en');
  return expired
    ? html`<span class="tag tag-bad">expired ${when}</span>`
    : html`<span class="tag tag-ok">valid, expires ${when}</span>`;
}

function buttons(
  email: Email,
  actions: OutboxActions,
  busy: boolean,
): TemplateResult {
  const userId = email.userId;
  const token = email.link?.token;

  switch (email.kind) {
    case 'reauthentication_notice':
      return userId === null
        ? html``
        : html`<button
            type="button"
            ?disabled=${busy}
            @click=${() => actions.requestReauthenticationEmail(userId)}
          >
            Ask for the sign-in email
          </button>`;
    case 'reauthentication_link':
      return token === undefined || email.link?.used === true
        ? html``
        : html`<button
            type="button"
            ?disabled=${busy}
            @click=${() => actions.useLink(token)}
          >
            Follow the sign-in link
          </button>`;
    case 'two_factor_reset':
      return html`${
        token === undefined || email.link?.used === true
          ? nothing
          : html`<button
              type="button"
              ?disabled=${busy}
              @click=${() => actions.useLink(token)}
            >
              Follow the reset link
            </button>`
      }
      ${
        userId === null || email.link?.used !== true
          ? nothing
          : html`<button
              type="button"
              ?disabled=${busy}
              @click=${() => actions.setUpTwoFactor(userId)}
            >
              Set 2FA up again
            </button>`
      }`;
    case 'invitation':
      return html`<button
        type="button"
        ?disabled=${busy}
        @click=${() => actions.prefillEntry(email.to)}
      >
        Accept: enter a space
      </button>`;
  }
}

/**
 * The emails the sandbox "sent", newest first, each with the buttons that
 * play the recipient's side.
 */
export function outboxView(
  state: DemoState,
  actions: OutboxActions,
): TemplateResult {
  if (state.outbox.length === 0) {
    return html`<p class="hint">
      No email yet. Re-authenticate a user or reset their 2FA in the table: the
      email they receive appears here.
    </p>`;
  }

  return html`<ol class="outbox">
    ${state.outbox.map(
      (email) =>
        html`<li class="mail" data-kind=${email.kind}>
          <div class="mail-head">
            <span class="mail-kind">${KIND_LABELS[email.kind]}</span>
            <span class="mail-time"
              >${relativeTime(email.sentAt, state.now, 'en')}</span
            >
          </div>
          <div class="mail-subject">${email.subject}</div>
          <div class="mail-to">to ${email.to}</div>
          <div class="mail-actions">
            ${linkState(email, state)} ${buttons(email, actions, state.busy)}
          </div>
        </li>`,
    )}
  </ol>`;
}
