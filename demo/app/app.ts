import { render } from 'lit';

import '../../elements/register.js';

import { createPanelActions } from './controller.js';
import { describeEvent, ELEMENT_EVENTS } from './describe-event.js';
import {
  createHostPage,
  findElements,
  routeActionsToPageDialog,
} from './host-page.js';
import { wirePanelToggle } from './panel-toggle.js';
import { panelView } from './panel-view.js';
import { savePreferences, type Preferences } from './preferences.js';
import { createSandboxApi } from './sandbox-api.js';
import { DemoStore, type SandboxMode } from './store.js';

/** The API base: `/v1` beside the page, wherever the page is served. */
function apiBase(): string {
  return new URL('v1', document.baseURI).href;
}

/**
 * Starts the page once the sandbox is reachable: reads the personas, signs
 * in as the remembered one, and keeps the panel in step with the store.
 */
export async function startDemo(
  mode: SandboxMode,
  preferences: Required<Preferences>,
): Promise<void> {
  const baseUrl = apiBase();
  const api = createSandboxApi(baseUrl);
  const elements = findElements();
  const initial = await api.state();

  const store = new DemoStore({
    mode,
    personas: initial.personas,
    persona: undefined,
    now: initial.now,
    outbox: [],
    spaces: [],
    locale: preferences.locale,
    theme: preferences.theme,
    busy: false,
    notice: undefined,
    log: [],
  });
  const host = createHostPage(elements, baseUrl, () => store.state.personas);
  const actions = createPanelActions(store, api, host);

  const panel = document.querySelector<HTMLElement>('#sandbox-panel-body');
  panel?.replaceChildren();
  const draw = () => {
    if (panel !== null) {
      render(panelView(store.state, actions), panel);
    }
  };
  store.addEventListener('change', draw);
  let panelState = preferences.panel;
  const save = () =>
    savePreferences({
      persona: store.state.persona?.key ?? preferences.persona,
      locale: store.state.locale,
      theme: store.state.theme,
      panel: panelState,
    });
  store.addEventListener('change', save);
  wirePanelToggle(panelState, (state) => {
    panelState = state;
    save();
  });

  listenToElements(store, () => void actions.refresh());
  routeActionsToPageDialog(elements);

  const persona =
    initial.personas.find((p) => p.key === preferences.persona) ??
    initial.personas[0];
  await host.setLocale(preferences.locale);
  host.setTheme(preferences.theme);
  if (persona !== undefined) {
    actions.signIn(persona);
  }
  await actions.refresh();
  keepClockFresh(store, () => actions.refresh());
  document.documentElement.dataset['ready'] = 'true';
}

/** How often the panel reads the sandbox clock while the page is seen. */
const CLOCK_POLL_MS = 30_000;

/*
 * Why poll: the Node server's clock runs with real time, so the panel's
 * "sandbox time" and the links' "expires in" would drift from it between
 * actions. A small read every half minute keeps them close.
 */
function keepClockFresh(store: DemoStore, refresh: () => Promise<void>): void {
  setInterval(() => {
    if (!document.hidden && !store.state.busy) {
      // A missed reading changes nothing; the next one or the next
      // action tells.
      refresh().catch(() => undefined);
    }
  }, CLOCK_POLL_MS);
}

/**
 * Logs what the elements fire, and refreshes the outbox after an action
 * (a re-authentication or a 2FA reset sends an email).
 */
function listenToElements(store: DemoStore, refresh: () => void): void {
  for (const type of ELEMENT_EVENTS) {
    window.addEventListener(type, (event) => {
      store.log(type, describeEvent(event));
      if (type === 'org-action-complete') {
        refresh();
      }
    });
  }
}
