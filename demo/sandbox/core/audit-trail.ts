/** Reading the audit trail, newest first. */
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Org } from './org.js';
import type { AuditEventPageView } from './types.js';
import { auditEventView } from './views.js';

export function listAuditEvents(
  org: Org,
  query: { cursor?: string; limit?: number },
): AuditEventPageView {
  const events = org.audit;
  let end = events.length;
  if (query.cursor) {
    const seq = Number(decodeCursor(query.cursor, 'audit').key);
    // Events are appended in sequence order: find the first older one.
    end = 0;
    for (let i = events.length - 1; i >= 0; i--) {
      if (events[i]!.seq < seq) {
        end = i + 1;
        break;
      }
    }
  }
  const limit = query.limit ?? 50;
  const start = Math.max(0, end - limit);
  const page = events.slice(start, end).reverse();
  const last = page[page.length - 1];
  return {
    items: page.map(auditEventView),
    nextCursor:
      start > 0 && last
        ? encodeCursor({ scope: 'audit', key: last.seq, id: `aud_${last.seq}` })
        : null,
  };
}
