import { createOrgUserClient, type OrgUserClient } from '../../sdk/index.js';
import {
  OrgUsersChangedEvent,
  setLocale,
  type OrgUserTable,
  type SeatCounter,
  type UserActionDialog,
} from '../../elements/index.js';

import { applyHostStrings } from './host-strings.js';
import type { Persona } from './sandbox-api.js';
import type { HostPage } from './controller.js';
import type { DemoLocale, DemoTheme } from './store.js';

/** The three elements on the page. */
export interface PageElements {
  seats: SeatCounter;
  table: OrgUserTable;
  dialog: UserActionDialog;
}

function query<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) {
    throw new Error(`org-user-kit demo: ${selector} is missing`);
  }
  return found;
}

export function findElements(): PageElements {
  return {
    seats: query<SeatCounter>('seat-counter'),
    table: query<OrgUserTable>('org-user-table'),
    dialog: query<UserActionDialog>('user-action-dialog'),
  };
}

/**
 * The host page around the elements, as a partner would write it: one SDK
 * client shared by the three elements, created when someone signs in.
 */
export function createHostPage(
  elements: PageElements,
  baseUrl: string,
  personas: () => Persona[],
): HostPage {
  let client: OrgUserClient | undefined;

  function clientFor(token: string): OrgUserClient {
    // getToken rather than token: a real host fetches or refreshes its
    // token here; the sandbox's persona tokens never expire.
    return createOrgUserClient({ baseUrl, getToken: () => token });
  }

  return {
    async signIn(persona) {
      client = clientFor(persona.token);
      for (const element of Object.values(elements)) {
        element.orgId = persona.orgId;
        element.client = client;
      }
    },

    async listSpaces(persona) {
      // The member persona may not read the spaces; the panel plays the
      // user side, so it asks with the organization owner's token.
      const owner =
        personas().find(
          (p) => p.orgId === persona.orgId && p.key.endsWith('-owner'),
        ) ?? persona;
      const spaces = await clientFor(owner.token).listSpaces(owner.orgId);
      return spaces.map(({ id, name }) => ({ id, name }));
    },

    notifyChanged(orgId, reason) {
      window.dispatchEvent(new OrgUsersChangedEvent({ orgId, reason }));
    },

    async setLocale(locale: DemoLocale) {
      applyHostStrings(document, locale);
      await setLocale(locale);
    },

    setTheme(theme: DemoTheme) {
      document.documentElement.dataset['theme'] = theme;
    },

    focusEntryEmail(email) {
      const input = document.querySelector<HTMLInputElement>('#enter-email');
      if (input !== null) {
        input.value = email;
        input.focus();
      }
    },
  };
}

/**
 * Shows the table's chosen action in the page's own dialog instead of the
 * table's built-in one, as a host that wants a single dialog on the page
 * would. The opener gets focus back when the dialog closes.
 */
export function routeActionsToPageDialog(elements: PageElements): void {
  elements.table.addEventListener('org-action-select', (event) => {
    event.preventDefault();
    const opener = event.composedPath()[0];
    void elements.dialog.show(
      event.action,
      event.user,
      opener instanceof HTMLElement ? opener : undefined,
    );
  });
}
