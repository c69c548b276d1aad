import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from './error-messages.js';
import { msg } from './msg.js';

/*
 * The shared states, rendered alike by every element of the kit. Each is
 * a block with the class `state` and the part `state`, plus one part and
 * class naming it; style them with `stateStyles` from theme.ts.
 */

/**
 * The loading state: a spinner and a label, announced politely.
 *
 * @param label - What is loading, such as "Loading seats…".
 */
export function renderLoading(label: string): TemplateResult {
  return html`<div
    class="state state-loading"
    part="state state-loading"
    role="status"
  >
    <span class="spinner" aria-hidden="true"></span>
    <span>${label}</span>
  </div>`;
}

/**
 * The state view that fits any error: not an owner, plan not eligible,
 * offline, or the error state. Each says what happened and what to do,
 * with the request id when the server gave one; a retry button comes with
 * the errors that retrying may fix (offline among them, which also
 * retries by itself once online). The error state is an alert, offline a
 * status; the two page-wide refusals are plain text.
 *
 * @example
 * ```ts
 * this.data.render({
 *   pending: () => renderLoading(msg('Loading users…')),
 *   error: (error) => renderFailure(error, () => this.refresh()),
 *   complete: (page) => this.renderPage(page),
 * });
 * ```
 */
export function renderFailure(
  error: unknown,
  retry: () => void,
): TemplateResult {
  const { kind, message, action, requestId, retryable } = describeError(error);
  const role =
    kind === 'error' ? 'alert' : kind === 'offline' ? 'status' : nothing;

  return html`<div
    class="state state-${kind}"
    part="state state-${kind}"
    role=${role}
  >
    <p class="state-title">${message}</p>
    <p class="state-detail">
      ${action}
      ${
        requestId
          ? html`<span class="request-id"
              >${msg('Request id:')} <code>${requestId}</code></span
            >`
          : nothing
      }
    </p>
    ${
      retryable
        ? html`<button type="button" part="retry-button" @click=${retry}>
            ${msg('Try again')}
          </button>`
        : nothing
    }
  </div>`;
}
