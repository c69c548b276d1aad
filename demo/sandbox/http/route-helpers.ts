/** Small helpers the vendor API's route tables share. */
import type { Row } from '../core/model.js';
import { etagOf, orgUserView } from '../core/views.js';
import type { Reply } from './problem.js';
import type { QuerySpec } from './query.js';
import type { AdminRequest } from './route-types.js';

export const SPACE_ROLES = ['admin', 'member', 'visitor', 'guest'] as const;

/** The contract's `Cursor` and `Limit` parameters. */
export const PAGE: QuerySpec = {
  cursor: { kind: 'string', minLength: 1, maxLength: 1000 },
  limit: { kind: 'int', min: 1, max: 200 },
};

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

/** A user with its version as `ETag`. */
export function userReply(request: AdminRequest, row: Row): Reply {
  return {
    status: 200,
    body: orgUserView(request.org, row, request.now),
    headers: { ETag: etagOf(row.membership) },
  };
}

/** The write options of a request (its `If-Match`). */
export function write(request: AdminRequest): { ifMatch: string | null } {
  return { ifMatch: request.ifMatch };
}

export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
