/**
 * The custom elements of org-user-kit, as classes, with their events and
 * the locale switch. Importing this module defines no tags and touches no
 * browser global; import `org-user-kit/elements/register` for the default
 * tag names, or define the classes under names of your own.
 *
 * @example
 * ```ts
 * import { SeatCounter, setLocale } from 'org-user-kit/elements';
 * customElements.define('my-seat-counter', class extends SeatCounter {});
 * await setLocale('ja');
 * ```
 *
 * @packageDocumentation
 */

export { OrgUserTable } from './org-user-table/org-user-table.js';
export { SeatCounter, type SeatLevel } from './seat-counter/seat-counter.js';
export { UserActionDialog } from './user-action-dialog/user-action-dialog.js';

export { OrgUserAction } from './events/org-user-action.js';
export {
  OrgUsersChangedEvent,
  type OrgUsersChangedInit,
  type OrgUsersChangeReason,
} from './events/org-users-changed.js';
export { OrgActionSelectEvent } from './events/org-action-select.js';
export { OrgActionRequestEvent } from './events/org-action-request.js';
export {
  OrgActionCompleteEvent,
  type OrgActionResult,
} from './events/org-action-complete.js';
export { announceChange } from './events/announce-change.js';

export {
  getLocale,
  matchLocale,
  setLocale,
  SOURCE_LOCALE,
  TARGET_LOCALES,
} from './shared/localize.js';
export { OrgElement } from './shared/org-element.js';
export type {
  ClientConfig,
  ClientController,
} from './shared/client-controller.js';
export { VERSION } from './shared/version.js';
