import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { describeError, type ErrorDescription } from './error-messages.js';

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

function renderState(
  name: string,
  role: 'alert' | 'status' | null,
  description: ErrorDescription,
  retry: (() => void) | null,
): TemplateResult {
  return html`<div
    class="state state-${name}"
    part="state state-${name}"
    role=${role ?? nothing}
  >
    <p class="state-title">${description.message}</p>
    <p class="state-detail">
      ${description.action}
      ${
        description.requestId
          ? html`<span class="request-id"
              >${msg('Request id:')} <code>${description.requestId}</code></span
            >`
          : nothing
      }
    </p>
    ${
      retry
        ? html`<button type="button" part="retry-button" @click=${retry}>
            ${msg('Try again')}
          </button>`
        : nothing
    }
  </div>`;
}

/** The error state: what happened, what to do, and a retry button. */
export function renderError(
  description: ErrorDescription,
  retry: () => void,
): TemplateResult {
  return renderState(
    'error',
    'alert',
    description,
    description.retryable ? retry : null,
  );
}

/** The "not an owner" state: only owners may manage users. */
export function renderNotOwner(description: ErrorDescription): TemplateResult {
  return renderState('not-owner', null, description, null);
}

/** The "not available on your plan" state. */
export function renderPlanNotEligible(
  description: ErrorDescription,
): TemplateResult {
  return renderState('plan-not-eligible', null, description, null);
}

/** The offline state, with a retry button; it also retries when online. */
export function renderOffline(
  description: ErrorDescription,
  retry: () => void,
): TemplateResult {
  return renderState('offline', 'status', description, retry);
}

/**
 * The state view that fits any error: not an owner, plan not eligible,
 * offline, or the error state with a retry button.
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
  const description = describeError(error);

  switch (description.kind) {
    case 'not-owner':
      return renderNotOwner(description);
    case 'plan-not-eligible':
      return renderPlanNotEligible(description);
    case 'offline':
      return renderOffline(description, retry);
    default:
      return renderError(description, retry);
  }
}
