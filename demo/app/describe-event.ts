/** The element events the demo logs. */
export const ELEMENT_EVENTS = [
  'org-action-select',
  'org-action-request',
  'org-action-complete',
  'org-users-changed',
] as const;

interface EventFields {
  action?: unknown;
  reason?: unknown;
  orgId?: unknown;
  userId?: unknown;
  user?: { username?: unknown; id?: unknown } | null;
}

/** One readable line for the event log, from the fields the event has. */
export function describeEvent(event: Event): string {
  const fields = event as Event & EventFields;
  const parts: string[] = [];

  if (typeof fields.action === 'string') {
    parts.push(fields.action);
  }
  if (typeof fields.reason === 'string') {
    parts.push(fields.reason);
  }
  if (typeof fields.user?.username === 'string') {
    parts.push(`on ${fields.user.username}`);
  } else if (typeof fields.userId === 'string') {
    parts.push(`on ${fields.userId}`);
  }
  if (event.defaultPrevented) {
    parts.push('(handled by the page)');
  }
  return parts.join(' ');
}
