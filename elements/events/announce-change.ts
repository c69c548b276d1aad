import { OrgUsersChangedEvent } from './org-users-changed.js';

/**
 * Dispatches `event` on `element` (it bubbles and is composed) and, when
 * the element is not in this window's document, so the event cannot
 * reach `window`, dispatches a copy on `window`: every element of the kit
 * listens there, whatever shadow roots or detached trees separate them.
 *
 * @example
 * ```ts
 * announceChange(
 *   this,
 *   new OrgUsersChangedEvent({ orgId, reason: 'delete', userId }),
 * );
 * ```
 */
export function announceChange(
  element: Element,
  event: OrgUsersChangedEvent,
): void {
  element.dispatchEvent(event);

  const root = element.getRootNode({ composed: true });
  if (root instanceof Document && root.defaultView === window) {
    return;
  }

  window.dispatchEvent(
    new OrgUsersChangedEvent({
      orgId: event.orgId,
      reason: event.reason,
      userId: event.userId,
    }),
  );
}
