import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import {
  isApiError,
  type DeletionPreview,
  type OrgUser,
  type OrgUserClient,
} from '../../sdk/index.js';
import { newIdempotencyKey } from '../../sdk/idempotency-key.js';
import { announceChange } from '../events/announce-change.js';
import {
  OrgActionCompleteEvent,
  type OrgActionResult,
} from '../events/org-action-complete.js';
import { OrgActionRequestEvent } from '../events/org-action-request.js';
import { OrgUserAction } from '../events/org-user-action.js';
import { OrgUsersChangedEvent } from '../events/org-users-changed.js';
import { describeError } from '../shared/error-messages.js';
import { formatDateTime, formatNumber } from '../shared/format.js';
import { spaceRoleLabel } from '../shared/labels.js';
import { liveRegion } from '../shared/live-region.js';
import { localized, msg, str } from '../shared/msg.js';
import { OrgElement } from '../shared/org-element.js';
import { renderFailure, renderLoading } from '../shared/state-views.js';
import { stateStyles, theme } from '../shared/theme.js';
import { userText } from '../shared/user-text.js';
import {
  actionCopy,
  alreadyDoneMessage,
  successMessage,
} from './action-copy.js';
import { userActionDialogStyles } from './user-action-dialog.styles.js';

/**
 * A confirmation dialog for the actions on an organization user:
 * Re-authenticate, Reset 2FA, Delete and Cancel invitation.
 *
 * Call `show(action, user, opener?)`: a native modal `<dialog>` opens with
 * focus inside it, explains the action in plain words and, for Delete,
 * loads the deletion preview: the seats in use before and after, the
 * spaces where the user's role becomes Guest, and a warning naming every
 * space whose access settings would give them a role again on their next
 * visit. Escape or the cancel button closes it without acting; focus then
 * returns to `opener` (by default, what had focus before).
 *
 * Confirming fires the cancelable `org-action-request` first; a host that
 * calls `preventDefault()` vetoes it, and nothing is sent. The request
 * carries the user's version as `If-Match` and an `Idempotency-Key`; the
 * confirm button stays disabled while it is in flight, so a double click
 * sends one request, and retrying after a failure whose outcome is unknown
 * (no answer, a server error) reuses the key, so the action never applies
 * twice. A refusal (owner role held, last owner, 2FA not enabled, stale
 * version, rate limited, ...) stays in the dialog as a message saying what
 * to do; a stale version offers to reload the user. When the user is
 * found already deleted (by another owner), Delete and Cancel invitation
 * count as done.
 *
 * On success it fires `org-action-complete`, then `org-users-changed`, so
 * every element showing the organization loads again; it closes, and a
 * live region announces the outcome.
 *
 * @summary Confirms one action on one organization user, explains what it
 * will do, sends it, and reports the outcome.
 *
 * @example
 * ```html
 * <user-action-dialog org-id="org_team"></user-action-dialog>
 * <script type="module">
 *   const dialog = document.querySelector('user-action-dialog');
 *   dialog.client = client; // from createOrgUserClient()
 *   const done = await dialog.show('delete', user, button);
 * </script>
 * ```
 *
 * @fires org-action-request - Before the request; cancelable (veto).
 * @fires org-action-complete - After the action succeeded.
 * @fires org-users-changed - After `org-action-complete`; also on `window`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart user - The block naming the user (name and email).
 * @csspart explanation - What the action will do.
 * @csspart seats - Delete: the seats in use now and after.
 * @csspart spaces - Delete: the spaces where the role becomes Guest.
 * @csspart warning - Delete: the spaces that would readmit the user.
 * @csspart invitations - Cancel invitation: the pending invitations.
 * @csspart error - A failure or refusal of the action, with what to do.
 * @csspart notice - A refusal known before confirming (delete preview).
 * @csspart actions - The row of buttons.
 * @csspart cancel-button - The button that closes without acting.
 * @csspart confirm-button - The button that confirms.
 * @csspart reload-button - Reloads the user after a stale version.
 * @csspart state - The loading or error state of the deletion preview.
 * @csspart retry-button - Retries loading the deletion preview.
 *
 * @cssprop [--org-dialog-width=32rem] - The dialog's width at most.
 * @cssprop [--org-dialog-backdrop=light-dark(rgb(31 35 40 / 0.5), rgb(1 4 9 / 0.7))]
 *   - The backdrop behind the dialog.
 * @cssprop [--org-color-surface=light-dark(#ffffff, #161b22)] - Background.
 * @cssprop [--org-color-surface-muted=light-dark(#f6f8fa, #21262d)] - The
 *   user block and secondary buttons.
 * @cssprop [--org-color-text=light-dark(#1f2328, #e6edf3)] - Text.
 * @cssprop [--org-color-text-muted=light-dark(#57606a, #9da7b3)] - Muted.
 * @cssprop [--org-color-accent=light-dark(#0969da, #4493f8)] - Confirm.
 * @cssprop [--org-color-on-accent=light-dark(#ffffff, #0d1117)] - Its text.
 * @cssprop [--org-color-danger=light-dark(#cf222e, #f85149)] - Destructive
 *   confirm and errors.
 * @cssprop [--org-color-on-danger=light-dark(#ffffff, #0d1117)] - Its text.
 * @cssprop [--org-color-warning=light-dark(#9a6700, #d29922)] - Warnings.
 * @cssprop [--org-color-border=light-dark(#d0d7de, #3d444d)] - Borders.
 * @cssprop [--org-color-focus=light-dark(#0969da, #4493f8)] - Focus ring.
 * @cssprop [--org-font-family=inherit] - Font family.
 * @cssprop [--org-font-size=0.875rem] - Base font size.
 * @cssprop [--org-radius=6px] - Corner radius.
 * @cssprop [--org-spacing=0.5rem] - Spacing unit.
 */
@localized()
export class UserActionDialog extends OrgElement {
  static override styles = [theme, stateStyles, userActionDialogStyles];

  private readonly preview = new Task(this, {
    args: () =>
      [
        this.api.client,
        this.api.orgId,
        this.action,
        this.user,
        this.isOpen,
      ] as const,
    task: async ([client, orgId, action, user, isOpen], { signal }) => {
      if (!client || !orgId || !user || !isOpen || action !== 'delete') {
        return initialState;
      }
      return client.previewDeletion(orgId, user.id, { signal });
    },
  });

  @query('dialog')
  private dialog!: HTMLDialogElement | null;

  @state()
  private action: OrgUserAction | null = null;

  @state()
  private user: OrgUser | null = null;

  @state()
  private isOpen = false;

  @state()
  private sending = false;

  @state()
  private reloading = false;

  @state()
  private failure: unknown = null;

  @state()
  private announcement = '';

  private opener: HTMLElement | null = null;
  private idempotencyKey = '';
  private session = 0;
  private succeeded = false;
  private settle: ((done: boolean) => void) | null = null;

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.isOpen;
  }

  /**
   * Opens the dialog to confirm `action` on `user`, a user as listed (its
   * `version` is sent as `If-Match`). Resolves when the dialog closes:
   * true when the action was done, false when it was cancelled.
   *
   * @param action - The action to confirm.
   * @param user - The user to act on.
   * @param opener - What gets focus back on close; by default whatever
   *   had focus when `show` was called.
   */
  async show(
    action: OrgUserAction,
    user: OrgUser,
    opener?: HTMLElement,
  ): Promise<boolean> {
    this.settle?.(false);
    this.session += 1;
    this.action = action;
    this.user = user;
    this.failure = null;
    this.sending = false;
    this.reloading = false;
    this.succeeded = false;
    this.announcement = '';
    this.idempotencyKey = newIdempotencyKey();
    this.opener = opener ?? deepActiveElement();
    this.isOpen = true;

    const closed = new Promise<boolean>((resolve) => {
      this.settle = resolve;
    });
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) {
      this.dialog.showModal();
    }
    return closed;
  }

  /** Closes the dialog without acting, as Escape does. */
  close(): void {
    if (this.dialog?.open) {
      this.dialog.close();
    }
  }

  override render() {
    const { action, user } = this;
    return html`<dialog
        part="dialog"
        aria-labelledby="title"
        aria-describedby="explanation"
        @close=${this.handleClose}
      >
        ${action && user ? this.renderContent(action, user) : nothing}
      </dialog>
      ${liveRegion(this.announcement)}`;
  }

  private renderContent(action: OrgUserAction, user: OrgUser) {
    const copy = actionCopy(action, user);
    const gone = this.previewGone();

    return html`<h2 id="title" part="title">${copy.title}</h2>
      <p class="who" part="user">
        ${userText(user.username)} ${userText(user.email)}
      </p>
      <p id="explanation" part="explanation">${copy.explanation}</p>
      ${action === OrgUserAction.Delete ? this.renderPreview() : nothing}
      ${
        action === OrgUserAction.CancelInvitation
          ? this.renderInvitations(user)
          : nothing
      }
      ${this.renderFailureMessage()}
      <div class="actions" part="actions">
        <button
          type="button"
          part="cancel-button"
          autofocus
          @click=${this.close}
        >
          ${gone ? msg('Close') : copy.dismiss}
        </button>
        ${
          gone || this.refused()
            ? nothing
            : html`<button
                type="button"
                part="confirm-button"
                class=${copy.destructive ? 'danger' : 'primary'}
                aria-disabled=${this.confirmBlocked() ? 'true' : 'false'}
                @click=${this.handleConfirm}
              >
                ${this.confirmLabel(copy.confirm)}
              </button>`
        }
      </div>`;
  }

  private renderPreview() {
    return this.preview.render({
      pending: () => renderLoading(msg('Checking what deleting changes…')),
      complete: (preview) => this.renderPreviewResult(preview),
      error: (error) => {
        const described = describeError(error);
        if (
          described.code === 'owner_role_held' ||
          described.code === 'not_an_organization_user'
        ) {
          return html`<div class="notice" part="notice" role="alert">
            <p>${described.message}</p>
            <p>${described.action}</p>
          </div>`;
        }
        return renderFailure(error, () => void this.preview.run());
      },
    });
  }

  private renderPreviewResult(preview: DeletionPreview) {
    const invitations = preview.invitationsToCancel.length;

    return html`<dl class="seats" part="seats">
        <div>
          <dt>${msg('Seats in use now')}</dt>
          <dd>${formatNumber(preview.seatsBefore)}</dd>
        </div>
        <div>
          <dt>${msg('After deleting')}</dt>
          <dd>${formatNumber(preview.seatsAfter)}</dd>
        </div>
      </dl>
      ${
        preview.spacesBecomingGuest.length > 0
          ? html`<p>${msg('Their role becomes Guest in:')}</p>
              <ul part="spaces">
                ${preview.spacesBecomingGuest.map(
                  (space) =>
                    html`<li>
                      ${userText(space.spaceName)}
                      (${msg(str`now ${spaceRoleLabel(space.role)}`)})
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        invitations > 0
          ? html`<p>
              ${msg(
                str`Pending invitations cancelled: ${formatNumber(invitations)}`,
              )}
            </p>`
          : nothing
      }
      ${
        preview.readmittingSpaces.length > 0
          ? html`<div class="warning" part="warning">
              <p>
                ${msg(
                  "Warning: these spaces' access settings would give this user a role again on their next visit:",
                )}
              </p>
              <ul>
                ${preview.readmittingSpaces.map(
                  (space) =>
                    html`<li>
                      ${userText(space.spaceName)}
                      (${spaceRoleLabel(space.role)})
                    </li>`,
                )}
              </ul>
              <p>
                ${msg(
                  "To keep them out, change those spaces' access settings or add them to the spaces' blocklists.",
                )}
              </p>
            </div>`
          : nothing
      }`;
  }

  private renderInvitations(user: OrgUser) {
    const invitations = user.billableReasons.invitations;
    if (invitations.length === 0) {
      return nothing;
    }

    return html`<p>${msg('Pending invitations:')}</p>
      <ul part="invitations">
        ${invitations.map(
          (invitation) =>
            html`<li>
              ${userText(invitation.spaceName)}
              (${spaceRoleLabel(invitation.role)}),
              ${msg(str`expires ${formatDateTime(invitation.expiresAt)}`)}
            </li>`,
        )}
      </ul>`;
  }

  private renderFailureMessage() {
    if (this.failure === null) {
      return nothing;
    }

    const described = describeError(this.failure);
    return html`<div class="error" part="error" role="alert">
      <p>${described.message}</p>
      <p>${described.action}</p>
      ${
        described.code === 'stale_version'
          ? html`<button
              type="button"
              part="reload-button"
              aria-disabled=${this.reloading ? 'true' : 'false'}
              @click=${this.handleReload}
            >
              ${msg('Reload user')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private confirmLabel(confirm: string): string {
    if (this.sending) {
      return msg('Working…');
    }
    return this.failure !== null && describeError(this.failure).retryable
      ? msg('Try again')
      : confirm;
  }

  /** Whether the preview found the user gone: nothing left to confirm. */
  private previewGone(): boolean {
    return (
      this.action === OrgUserAction.Delete &&
      this.preview.status === TaskStatus.ERROR &&
      isApiError(this.preview.error, 'not_an_organization_user')
    );
  }

  /** Whether a refusal makes confirming pointless until something changes. */
  private refused(): boolean {
    if (
      this.action === OrgUserAction.Delete &&
      this.preview.status === TaskStatus.ERROR &&
      isApiError(this.preview.error, 'owner_role_held')
    ) {
      return true;
    }
    if (this.failure === null) {
      return false;
    }
    const described = describeError(this.failure);
    return !described.retryable && described.code !== 'stale_version';
  }

  private confirmBlocked(): boolean {
    if (this.sending || this.reloading) {
      return true;
    }
    if (this.failure !== null && isApiError(this.failure, 'stale_version')) {
      return true;
    }
    return (
      this.action === OrgUserAction.Delete &&
      this.preview.status !== TaskStatus.COMPLETE
    );
  }

  private readonly handleConfirm = async (): Promise<void> => {
    const { action, user, session } = this;
    const client = this.api.client;
    const orgId = this.api.orgId;
    if (!action || !user || !client || !orgId || this.confirmBlocked()) {
      return;
    }

    const request = new OrgActionRequestEvent(action, user);
    if (!this.dispatchEvent(request)) {
      return;
    }

    this.sending = true;
    this.failure = null;
    const options = {
      ifMatch: user.version,
      idempotencyKey: this.idempotencyKey,
    };
    try {
      const result = await perform(client, orgId, action, user, options);
      this.finish(session, orgId, action, user, result, false);
    } catch (error) {
      if (isAlreadyDone(action, error)) {
        this.finish(session, orgId, action, user, null, true);
      } else if (session === this.session) {
        this.failure = error;
        if (!outcomeUnknown(error)) {
          this.idempotencyKey = newIdempotencyKey();
        }
      }
    } finally {
      if (session === this.session) {
        this.sending = false;
      }
    }
  };

  private finish(
    session: number,
    orgId: string,
    action: OrgUserAction,
    user: OrgUser,
    result: OrgActionResult,
    alreadyDone: boolean,
  ): void {
    const complete = new OrgActionCompleteEvent(
      action,
      user,
      result,
      alreadyDone,
    );
    this.dispatchEvent(complete);
    announceChange(
      this,
      new OrgUsersChangedEvent({ orgId, reason: action, userId: user.id }),
    );

    // A newer show() owns the dialog now; the events above still tell
    // the page what happened.
    if (session !== this.session) {
      return;
    }
    this.succeeded = true;
    this.close();
    this.announcement = alreadyDone
      ? alreadyDoneMessage(action, user)
      : successMessage(action, user, result);
  }

  private readonly handleReload = async (): Promise<void> => {
    const { action, user, session } = this;
    const client = this.api.client;
    const orgId = this.api.orgId;
    if (!action || !user || !client || !orgId || this.reloading) {
      return;
    }

    this.reloading = true;
    try {
      const fresh = await client.getUser(orgId, user.id);
      if (session === this.session) {
        this.user = fresh;
        this.failure = null;
        this.idempotencyKey = newIdempotencyKey();
      }
    } catch (error) {
      if (isAlreadyDone(action, error)) {
        this.finish(session, orgId, action, user, null, true);
      } else if (session === this.session) {
        this.failure = error;
      }
    } finally {
      if (session === this.session) {
        this.reloading = false;
      }
    }
  };

  /*
   * Closing (Escape, the cancel button) while a request is in flight does
   * not abort it: the server may already have applied it. Its events
   * still fire and its outcome is still announced.
   */
  private readonly handleClose = (): void => {
    this.isOpen = false;
    this.settle?.(this.succeeded);
    this.settle = null;

    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) {
      opener.focus();
    }
  };
}

/** Sends the action through the SDK. */
async function perform(
  client: OrgUserClient,
  orgId: string,
  action: OrgUserAction,
  user: OrgUser,
  options: { ifMatch: string; idempotencyKey: string },
): Promise<OrgActionResult> {
  switch (action) {
    case OrgUserAction.Reauthenticate:
      return client.reauthenticateUser(orgId, user.id, options);
    case OrgUserAction.ResetTwoFactor:
      return client.resetTwoFactor(orgId, user.id, options);
    case OrgUserAction.Delete:
      return client.deleteUser(orgId, user.id, options);
    case OrgUserAction.CancelInvitation:
      await client.cancelInvitation(orgId, user.id, options);
      return null;
  }
}

/**
 * A second delete, or cancelling an invitation that ended meanwhile,
 * answers "not an organization user": what was asked is already so.
 */
function isAlreadyDone(action: OrgUserAction, error: unknown): boolean {
  return (
    (action === OrgUserAction.Delete ||
      action === OrgUserAction.CancelInvitation) &&
    isApiError(error, 'not_an_organization_user')
  );
}

/**
 * Whether the server may have applied the action although the answer was
 * a failure (no answer at all, or a server error): a retry then reuses
 * the idempotency key. Any other answer means nothing was applied, and a
 * retry is a new request with a new key.
 */
function outcomeUnknown(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || error.status >= 500);
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active instanceof HTMLElement && active !== document.body
    ? active
    : null;
}
