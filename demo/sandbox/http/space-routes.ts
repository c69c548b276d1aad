/** Spaces, the roles held in them, access settings and blocklists. */
import { decodeCursor, encodeCursor } from '../core/cursor.js';
import {
  addAccessSetting,
  addToBlocklist,
  listAccessSettings,
  listBlocklist,
  removeAccessSetting,
  removeFromBlocklist,
  requireSpace,
  setSpaceRole,
} from '../core/space-actions.js';
import type { SpaceMemberPageView } from '../core/types.js';
import { spaceView } from '../core/views.js';
import { byName, ok, PAGE, SPACE_ROLES, write } from './route-helpers.js';
import type { AdminRequest, AdminRoute } from './route-types.js';

export const SPACE_ROUTES: readonly AdminRoute[] = [
  {
    method: 'GET',
    path: '/orgs/{orgId}/spaces',
    run: (r) =>
      ok({
        items: [...r.org.spaces.keys()]
          .map((id) => spaceView(r.org, id))
          .sort(byName),
      }),
  },
  {
    method: 'GET',
    path: '/orgs/{orgId}/spaces/{spaceId}/members',
    query: PAGE,
    run: (r) => ok(listSpaceMembers(r)),
  },
  {
    method: 'PUT',
    path: '/orgs/{orgId}/spaces/{spaceId}/members/{userId}',
    body: { role: { type: 'enum', values: SPACE_ROLES } },
    run: (r) =>
      ok(
        setSpaceRole(
          r,
          r.params['spaceId']!,
          r.params['userId']!,
          r.body.role,
          write(r),
        ),
      ),
  },
  {
    method: 'GET',
    path: '/orgs/{orgId}/spaces/{spaceId}/access-settings',
    run: (r) => ok({ items: listAccessSettings(r, r.params['spaceId']!) }),
  },
  {
    method: 'POST',
    path: '/orgs/{orgId}/spaces/{spaceId}/access-settings',
    body: {
      email: { type: 'string', minLength: 3, maxLength: 500 },
      role: { type: 'enum', values: SPACE_ROLES },
    },
    run: (r) => ok(addAccessSetting(r, r.params['spaceId']!, r.body), 201),
  },
  {
    method: 'DELETE',
    path: '/orgs/{orgId}/spaces/{spaceId}/access-settings/{email}',
    run: (r) => {
      removeAccessSetting(r, r.params['spaceId']!, r.params['email']!);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    path: '/orgs/{orgId}/spaces/{spaceId}/blocklist',
    run: (r) => ok({ items: listBlocklist(r, r.params['spaceId']!) }),
  },
  {
    method: 'POST',
    path: '/orgs/{orgId}/spaces/{spaceId}/blocklist',
    body: { email: { type: 'string', minLength: 3, maxLength: 500 } },
    run: (r) => ok(addToBlocklist(r, r.params['spaceId']!, r.body.email), 201),
  },
  {
    method: 'DELETE',
    path: '/orgs/{orgId}/spaces/{spaceId}/blocklist/{email}',
    run: (r) => {
      removeFromBlocklist(r, r.params['spaceId']!, r.params['email']!);
      return { status: 204 };
    },
  },
];

/** Every account holding a role in the space, by user id. */
function listSpaceMembers(r: AdminRequest): SpaceMemberPageView {
  const space = requireSpace(r, r.params['spaceId']!);
  const ids = [...space.roles.keys()].sort();
  const cursor = r.query['cursor'] as string | undefined;
  let start = 0;
  if (cursor) {
    const after = decodeMemberCursor(space.id, cursor);
    start = ids.findIndex((id) => id > after);
    if (start < 0) {
      start = ids.length;
    }
  }
  const limit = (r.query['limit'] as number | undefined) ?? 50;
  const page = ids.slice(start, start + limit);
  const more = start + limit < ids.length;
  return {
    items: page.map((userId) => {
      const account = r.world.account(userId)!;
      return {
        userId,
        username: account.username,
        email: account.email,
        spaceId: space.id,
        role: space.roles.get(userId)!,
      };
    }),
    total: ids.length,
    nextCursor: more
      ? encodeMemberCursor(space.id, page[page.length - 1]!)
      : null,
  };
}

function encodeMemberCursor(spaceId: string, id: string): string {
  return encodeCursor({ scope: `${spaceId}:members`, key: id, id });
}

function decodeMemberCursor(spaceId: string, cursor: string): string {
  return decodeCursor(cursor, `${spaceId}:members`).id;
}
