import type { DemoLocale, DemoTheme, PanelState } from './store.js';

const STORAGE_KEY = 'org-user-kit-demo';

/** What the demo remembers between visits. */
export interface Preferences {
  persona?: string;
  locale?: DemoLocale;
  theme?: DemoTheme;
  panel?: PanelState;
}

function isLocale(value: unknown): value is DemoLocale {
  return value === 'en' || value === 'ja';
}

function isTheme(value: unknown): value is DemoTheme {
  return value === 'light' || value === 'dark';
}

function isPanelState(value: unknown): value is PanelState {
  return value === 'open' || value === 'collapsed';
}

function readStored(): Preferences {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Preferences)
      : {};
  } catch {
    // Storage may be disabled (private mode, sandboxed iframe): the demo
    // then simply starts from its defaults.
    return {};
  }
}

/**
 * The starting preferences: query parameters (`persona`, `lang`, `theme`,
 * `panel`, used by links and the screenshot script) win over what was
 * stored, which wins over the defaults (English, the theme the system
 * prefers, the sandbox panel open).
 */
export function loadPreferences(url: URL): Required<Preferences> {
  const stored = readStored();
  const query = url.searchParams;
  const lang = query.get('lang') ?? stored.locale;
  const theme = query.get('theme') ?? stored.theme;
  const panel = query.get('panel') ?? stored.panel;
  const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;

  return {
    persona: query.get('persona') ?? stored.persona ?? 'team-owner',
    locale: isLocale(lang) ? lang : 'en',
    theme: isTheme(theme) ? theme : prefersDark ? 'dark' : 'light',
    panel: isPanelState(panel) ? panel : 'open',
  };
}

export function savePreferences(preferences: Preferences): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
  } catch {
    // Nothing to do: see readStored.
  }
}
