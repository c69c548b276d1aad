import { dateTime } from './format.js';
import {
  SandboxCallError,
  type Persona,
  type SandboxApi,
} from './sandbox-api.js';
import type { DemoLocale, DemoStore, DemoTheme } from './store.js';
import type { PanelActions } from './panel-view.js';

/** What the controller needs from the host page around the elements. */
export interface HostPage {
  signIn(persona: Persona): Promise<void>;
  listSpaces(persona: Persona): Promise<{ id: string; name: string }[]>;
  notifyChanged(orgId: string, reason: string): void;
  setLocale(locale: DemoLocale): Promise<void>;
  setTheme(theme: DemoTheme): void;
  focusEntryEmail(email: string): void;
}

function describe(error: unknown): string {
  if (error instanceof SandboxCallError) {
    return `${error.message} (${error.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The sandbox panel's behaviour: each action calls the sandbox, then
 * refreshes what the panel shows and tells the elements that the users may
 * have changed (the clock and the user side change them behind the
 * elements' backs).
 */
export function createPanelActions(
  store: DemoStore,
  api: SandboxApi,
  host: HostPage,
): PanelActions & { refresh(): Promise<void> } {
  async function refresh(): Promise<void> {
    const [state, outbox] = await Promise.all([api.state(), api.outbox()]);
    store.update({ now: state.now, personas: state.personas, outbox });
  }

  function changed(reason: string): void {
    const orgId = store.state.persona?.orgId;
    if (orgId !== undefined) {
      host.notifyChanged(orgId, reason);
    }
  }

  /** Runs one call with the panel busy, then reports its outcome. */
  async function run(
    work: () => Promise<string>,
    reason: string | undefined,
  ): Promise<void> {
    store.update({ busy: true, notice: undefined });
    try {
      const text = await work();
      await refresh();
      if (reason !== undefined) {
        changed(reason);
      }
      store.update({ notice: { kind: 'ok', text } });
    } catch (error) {
      store.update({ notice: { kind: 'error', text: describe(error) } });
    } finally {
      store.update({ busy: false });
    }
  }

  async function signIn(persona: Persona): Promise<void> {
    store.update({ persona, spaces: [] });
    await host.signIn(persona);
    try {
      store.update({ spaces: await host.listSpaces(persona) });
    } catch {
      // An ineligible plan has no spaces to list: the form stays hidden.
    }
  }

  return {
    refresh,

    signIn(persona) {
      void run(async () => {
        await signIn(persona);
        return `Signed in as ${persona.label}.`;
      }, undefined);
    },

    advance(seconds) {
      void run(async () => {
        const now = await api.advance(seconds);
        return `The clock moved to ${dateTime(now, store.state.locale)}.`;
      }, 'clock');
    },

    reset() {
      void run(async () => {
        await api.reset();
        return 'The sandbox is back to its seeded state.';
      }, 'reset');
    },

    requestReauthenticationEmail(userId) {
      void run(async () => {
        const email = await api.requestReauthenticationEmail(userId);
        return `A sign-in link was sent to ${email.to}.`;
      }, undefined);
    },

    useLink(token) {
      void run(async () => {
        const account = await api.useLink(token);
        return account.twoFactor === 'reset_pending'
          ? `${account.username} reset 2FA; they set it up on next access.`
          : `${account.username} is verified again.`;
      }, 'user-side');
    },

    setUpTwoFactor(userId) {
      void run(async () => {
        const account = await api.setUpTwoFactor(userId);
        return `${account.username} set 2FA up.`;
      }, 'user-side');
    },

    enterSpace(spaceId, email) {
      void run(async () => {
        const entry = await api.enterSpace(spaceId, email);
        const via = entry.via.replace('_', ' ');
        return `${email} entered as ${entry.role} (by ${via}).`;
      }, 'user-side');
    },

    prefillEntry(email) {
      host.focusEntryEmail(email);
    },

    setLocale(locale) {
      store.update({ locale });
      void host.setLocale(locale);
    },

    setTheme(theme) {
      store.update({ theme });
      host.setTheme(theme);
    },
  };
}
