/**
 * Defines the kit's tags: `org-user-table`, `seat-counter` and
 * `user-action-dialog`.
 *
 * A tag already defined by the same version of the kit (a second copy of
 * the bundle on the page) is skipped silently. A tag held by something
 * else is left alone, with a warning in development builds; define the
 * class under another name then, from `org-user-kit/elements`.
 *
 * In Node (server rendering) importing this module does nothing; the tags
 * are defined when it runs in the browser.
 *
 * @example
 * ```ts
 * import 'org-user-kit/elements/register';
 * ```
 *
 * @packageDocumentation
 */
import { OrgUserTable } from './org-user-table/org-user-table.js';
import { SeatCounter } from './seat-counter/seat-counter.js';
import { UserActionDialog } from './user-action-dialog/user-action-dialog.js';
import { warnOnce } from './shared/dev.js';
import { VERSION } from './shared/version.js';

declare global {
  interface HTMLElementTagNameMap {
    'org-user-table': OrgUserTable;
    'seat-counter': SeatCounter;
    'user-action-dialog': UserActionDialog;
  }
}

/**
 * Defines `name` as `element` unless it is taken. Returns whether the name
 * now holds this kit's element (this class, or the same version's).
 */
export function defineElement(
  name: string,
  element: CustomElementConstructor & { version?: string },
): boolean {
  if (typeof window === 'undefined' || typeof customElements === 'undefined') {
    return false;
  }

  const existing:
    (CustomElementConstructor & { version?: string }) | undefined =
    customElements.get(name);
  if (existing === undefined) {
    customElements.define(name, element);
    return true;
  }
  if (existing === element || existing.version === VERSION) {
    return true;
  }

  warnOnce(
    `tag-taken:${name}`,
    `<${name}> is already defined by other code, so this copy was not ` +
      'registered. Define the class from org-user-kit/elements under ' +
      'another name.',
  );
  return false;
}

defineElement('org-user-table', OrgUserTable);
defineElement('seat-counter', SeatCounter);
defineElement('user-action-dialog', UserActionDialog);
