import type { Email, Persona } from './sandbox-api.js';

/** Where the sandbox runs: the Node server, or MSW inside this page. */
export type SandboxMode = 'server' | 'browser';
export type DemoLocale = 'en' | 'ja';
export type DemoTheme = 'light' | 'dark';
/** Whether the sandbox panel is shown or folded away beside the page. */
export type PanelState = 'open' | 'collapsed';

/** One line of the panel's event log. */
export interface LogEntry {
  id: number;
  type: string;
  text: string;
}

/** A space of the signed-in organization, for the "enter a space" form. */
export interface SpaceOption {
  id: string;
  name: string;
}

export interface DemoState {
  mode: SandboxMode;
  personas: Persona[];
  persona: Persona | undefined;
  now: string | undefined;
  outbox: Email[];
  spaces: SpaceOption[];
  locale: DemoLocale;
  theme: DemoTheme;
  busy: boolean;
  notice: { kind: 'ok' | 'error'; text: string } | undefined;
  log: LogEntry[];
}

const LOG_LIMIT = 12;

/**
 * The demo page's state: one object, replaced on every change, with a
 * `change` event so each view renders from the same snapshot.
 */
export class DemoStore extends EventTarget {
  #state: DemoState;
  #nextLogId = 1;

  constructor(initial: DemoState) {
    super();
    this.#state = initial;
  }

  get state(): DemoState {
    return this.#state;
  }

  update(patch: Partial<DemoState>): void {
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event('change'));
  }

  /** Adds a line to the event log, newest first, keeping the last few. */
  log(type: string, text: string): void {
    const entry = { id: this.#nextLogId++, type, text };
    this.update({ log: [entry, ...this.#state.log].slice(0, LOG_LIMIT) });
  }
}
