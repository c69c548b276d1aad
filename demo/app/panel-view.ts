import { html, nothing, type TemplateResult } from 'lit';

import { dateTime } from './format.js';
import { outboxView, type OutboxActions } from './outbox-view.js';
import type { Persona } from './sandbox-api.js';
import type { DemoLocale, DemoState, DemoTheme } from './store.js';

/** Everything the sandbox panel's controls can do. */
export interface PanelActions extends OutboxActions {
  signIn(persona: Persona): void;
  advance(seconds: number): void;
  reset(): void;
  enterSpace(spaceId: string, email: string): void;
  setLocale(locale: DemoLocale): void;
  setTheme(theme: DemoTheme): void;
}

const HOUR = 3600;
const STEPS: [label: string, seconds: number][] = [
  ['+1 hour', HOUR],
  ['+1 day', 24 * HOUR],
  ['+7 days', 7 * 24 * HOUR],
];

function personasView(state: DemoState, actions: PanelActions) {
  return html`<fieldset class="personas">
    <legend>Sign in as</legend>
    ${state.personas.map(
      (persona) =>
        html`<label class="persona">
          <input
            type="radio"
            name="persona"
            .value=${persona.key}
            .checked=${state.persona?.key === persona.key}
            ?disabled=${state.busy}
            @change=${() => actions.signIn(persona)}
          />
          <span>
            <span class="persona-label">${persona.label}</span>
            <span class="persona-org">${persona.orgId}</span>
          </span>
        </label>`,
    )}
  </fieldset>`;
}

function clockView(state: DemoState, actions: PanelActions) {
  return html`<section aria-labelledby="clock-title">
    <h3 id="clock-title">Clock</h3>
    <p class="clock">
      Sandbox time:
      <output data-testid="clock-now"
        >${dateTime(state.now, state.locale)}</output
      >
    </p>
    <div class="button-row">
      ${STEPS.map(
        ([label, seconds]) =>
          html`<button
            type="button"
            ?disabled=${state.busy}
            @click=${() => actions.advance(seconds)}
          >
            ${label}
          </button>`,
      )}
      <button
        type="button"
        class="quiet"
        ?disabled=${state.busy}
        @click=${() => actions.reset()}
      >
        Reset sandbox
      </button>
    </div>
    <p class="hint">
      Invitations expire exactly 7 days after they were sent; sign-in links
      after 1 hour; 2FA reset links after 48 hours.
    </p>
  </section>`;
}

function onEnter(event: SubmitEvent, actions: PanelActions): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form);
  const email = String(data.get('email') ?? '').trim();
  const spaceId = String(data.get('space') ?? '');
  if (email !== '' && spaceId !== '') {
    actions.enterSpace(spaceId, email);
  }
}

function enterView(state: DemoState, actions: PanelActions) {
  if (state.spaces.length === 0) {
    return nothing;
  }
  return html`<section aria-labelledby="enter-title">
    <h3 id="enter-title">A user enters a space</h3>
    <form
      class="enter"
      @submit=${(event: SubmitEvent) => onEnter(event, actions)}
    >
      <label>
        Email
        <input
          id="enter-email"
          name="email"
          type="email"
          required
          autocomplete="off"
          placeholder="someone@example.com"
        />
      </label>
      <label>
        Space
        <select name="space">
          ${state.spaces.map(
            (space) => html`<option .value=${space.id}>${space.name}</option>`,
          )}
        </select>
      </label>
      <button type="submit" ?disabled=${state.busy}>Enter</button>
    </form>
    <p class="hint">
      Accepts a pending invitation, or applies the space's access settings; a
      blocked email is refused. A deleted user can come back this way.
    </p>
  </section>`;
}

function displayView(state: DemoState, actions: PanelActions) {
  return html`<section aria-labelledby="display-title">
    <h3 id="display-title">Display</h3>
    <div class="display">
      <label>
        Language
        <select
          @change=${(event: Event) =>
            actions.setLocale(
              (event.target as HTMLSelectElement).value as DemoLocale,
            )}
        >
          <option value="en" ?selected=${state.locale === 'en'}>English</option>
          <option value="ja" ?selected=${state.locale === 'ja'}>日本語</option>
        </select>
      </label>
      <label>
        Theme
        <select
          @change=${(event: Event) =>
            actions.setTheme(
              (event.target as HTMLSelectElement).value as DemoTheme,
            )}
        >
          <option value="light" ?selected=${state.theme === 'light'}>
            Light
          </option>
          <option value="dark" ?selected=${state.theme === 'dark'}>Dark</option>
        </select>
      </label>
    </div>
  </section>`;
}

function logView(state: DemoState) {
  return html`<section aria-labelledby="log-title">
    <h3 id="log-title">Events</h3>
    ${
      state.log.length === 0
        ? html`<p class="hint">Events the elements fire are listed here.</p>`
        : html`<ol class="log">
            ${state.log.map(
              (entry) =>
                html`<li>
                  <code>${entry.type}</code> <span>${entry.text}</span>
                </li>`,
            )}
          </ol>`
    }
  </section>`;
}

function modeView(state: DemoState) {
  if (state.mode === 'browser') {
    return html`<p class="mode">
      Running in this browser (MSW): nothing leaves the page, and a reload
      starts over.
    </p>`;
  }
  return html`<p class="mode">
      Running on the Node sandbox server at <code>/v1</code>.
    </p>
    <p class="hint">
      The same elements in other hosts:
      <a href="./hosts/react/">React 19</a>, <a href="./hosts/vue/">Vue 3</a>,
      <a href="./hosts/plain.html">plain HTML</a>.
    </p>`;
}

/**
 * The whole sandbox panel, rendered from one state snapshot. It is a
 * developer's tool beside the host page and stays in English; only the
 * elements and the host page's own chrome follow the language switch.
 */
export function panelView(
  state: DemoState,
  actions: PanelActions,
): TemplateResult {
  return html`${modeView(state)}
    <p class="notice" role="status">
      ${
        state.notice === undefined
          ? nothing
          : html`<span class=${`notice-${state.notice.kind}`}
              >${state.notice.text}</span
            >`
      }
    </p>
    ${personasView(state, actions)} ${clockView(state, actions)}
    <section aria-labelledby="outbox-title">
      <h3 id="outbox-title">Outbox</h3>
      ${outboxView(state, actions)}
    </section>
    ${enterView(state, actions)} ${displayView(state, actions)}
    ${logView(state)}`;
}
