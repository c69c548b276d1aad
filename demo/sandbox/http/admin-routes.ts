/**
 * The vendor API's operations (openapi/org-user-kit.yaml), one entry a
 * path and method. Authentication, the organization, the owner and plan
 * checks, parameter validation and idempotency happen before `run`, in
 * `handler.ts`; `run` applies the action's own rules.
 */
import { listAuditEvents } from '../core/audit-trail.js';
import { requireListed } from '../core/context.js';
import { decodeCursor, encodeCursor } from '../core/cursor.js';
import {
  addGroupMember,
  createGroup,
  removeGroupMember,
} from '../core/group-actions.js';
import {
  createInvitations,
  listInvitations,
  removeInvitation,
  resendInvitation,
} from '../core/invitation-actions.js';
import { listRows } from '../core/listing.js';
import { grantOwner, removeOwner } from '../core/owner-actions.js';
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
import {
  cancelInvitation,
  deleteUser,
  previewDeletion,
  reauthenticate,
  resetTwoFactor,
} from '../core/user-actions.js';
import type { Row } from '../core/model.js';
import {
  etagOf,
  groupView,
  organizationView,
  orgUserView,
  seatSummaryView,
  spaceView,
} from '../core/views.js';
import type { AdminRequest, AdminRoute } from './route-types.js';
import type { Reply } from './problem.js';
import type { QuerySpec } from './query.js';

const SPACE_ROLES = ['admin', 'member', 'visitor', 'guest'] as const;
const PAGE: QuerySpec = {
  cursor: { kind: 'string', minLength: 1, maxLength: 1000 },
  limit: { kind: 'int', min: 1, max: 200 },
};

function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

function userReply(request: AdminRequest, row: Row): Reply {
  return {
    status: 200,
    body: orgUserView(request.org, row, request.now),
    headers: { ETag: etagOf(row.membership) },
  };
}

function write(request: AdminRequest) {
  return { ifMatch: request.ifMatch };
}

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

export const ADMIN_ROUTES: readonly AdminRoute[] = [
  {
    method: 'GET',
    path: '/orgs/{orgId}',
    anyPlan: true,
    run: (r) => ok(organizationView(r.org)),
  },
  {
    method: 'GET',
    path: '/orgs/{orgId}/seats',
    run: (r) => ok(seatSummaryView(r.org, r.now)),
  },
  {
    method: 'GET',
    path: '/orgs/{orgId}/users',
    query: {
      q: { kind: 'string', maxLength: 500 },
      orgRole: { kind: 'array', values: ['owner', 'none'] },
      spaceRole: { kind: 'array', values: SPACE_ROLES },
      status: {
        kind: 'array',
        values: ['active', 'invited', 'reauthentication_required'],
      },
      group: { kind: 'array', maxItems: 50 },
      sort: {
        kind: 'enum',
        values: [
          'username',
          '-username',
          'email',
          '-email',
          'lastAccessAt',
          '-lastAccessAt',
        ],
      },
      ...PAGE,
    },
    run: (r) => {
      const page = listRows(r.world, r.org, r.query);
      return ok({
        items: page.rows.map((row) => orgUserView(r.org, row, r.now)),
        total: page.total,
        nextCursor: page.nextCursor,
      });
    },
  },
  {
    method: 'GET',
    path: '/orgs/{orgId}/users/{userId}',
    run: (r) => userReply(r, requireListed(r, r.params['userId']!)),
  },
  {
    method: 'DELETE',
    path: '/orgs/{orgId}/users/{userId}',
    run: (r) => ok(deleteUser(r, r.params['userId']!, write(r))),
  },
  {
    method: 'GET',
    path: '/orgs/{orgId}/users/{userId}/deletion-preview',
    run: (r) => {
      const preview = previewDeletion(r, r.params['userId']!);
      const row = r.org.rows.get(preview.userId)!;
      return {
        status: 200,
        body: preview,
        headers: { ETag: etagOf(row.membership) },
      };
    },
  },
  {
    method: 'POST',
    path: '/orgs/{orgId}/users/{userId}/reauthenticate',
    run: (r) => userReply(r, reauthenticate(r, r.params['userId']!, write(r))),
  },
  {
    method: 'POST',
    path: '/orgs/{orgId}/users/{userId}/reset-two-factor',
    run: (r) => ok(resetTwoFactor(r, r.params['userId']!, write(r)), 202),
  },
  {
    method: 'POST',
    path: '/orgs/{orgId}/users/{userId}/cancel-invitation',
    run: (r) => {
      cancelInvitation(r, r.params['userId']!, write(r));
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    path: '/orgs/{orgId}/owners/{userId}',
    run: (r) => userReply(r, grantOwner(r, r.params['userId']!, write(r))),
  },
  {
    method: 'DELETE',
    path: '/orgs/{orgId}/owners/{userId}',
    run: (r) => {
      const row = removeOwner(r, r.params['userId']!, write(r));
      return row ? userReply(r, row) : { status: 204 };
    },
  },
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
  {
    method: 'GET',
    path: '/orgs/{orgId}/groups',
    run: (r) =>
      ok({
        items: [...r.org.groups.keys()]
          .map((id) => groupView(r.org, id))
          .sort(byName),
      }),
  },
  {
    method: 'POST',
    path: '/orgs/{orgId}/groups',
    body: { name: { type: 'string', minLength: 1, maxLength: 200 } },
    run: (r) => ok(createGroup(r, r.body.name), 201),
  },
  {
    method: 'PUT',
    path: '/orgs/{orgId}/groups/{groupId}/members/{userId}',
    run: (r) => {
      addGroupMember(r, r.params['groupId']!, r.params['userId']!);
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    path: '/orgs/{orgId}/groups/{groupId}/members/{userId}',
    run: (r) => {
      removeGroupMember(r, r.params['groupId']!, r.params['userId']!);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    path: '/orgs/{orgId}/invitations',
    query: {
      state: {
        kind: 'array',
        values: ['pending', 'accepted', 'expired', 'cancelled'],
      },
      spaceId: { kind: 'string', minLength: 1 },
      ...PAGE,
    },
    run: (r) => ok(listInvitations(r, r.query)),
  },
  {
    method: 'POST',
    path: '/orgs/{orgId}/invitations',
    body: {
      spaceId: { type: 'string', minLength: 1 },
      role: { type: 'enum', values: SPACE_ROLES },
      emails: {
        type: 'strings',
        minItems: 1,
        maxItems: 200,
        minLength: 3,
        maxLength: 500,
      },
    },
    run: (r) =>
      ok(
        {
          items: createInvitations(
            r,
            r.body.spaceId,
            r.body.role,
            r.body.emails,
          ),
        },
        201,
      ),
  },
  {
    method: 'DELETE',
    path: '/orgs/{orgId}/invitations/{invitationId}',
    run: (r) => {
      removeInvitation(r, r.params['invitationId']!);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: '/orgs/{orgId}/invitations/{invitationId}/resend',
    run: (r) => ok(resendInvitation(r, r.params['invitationId']!)),
  },
  {
    method: 'GET',
    path: '/orgs/{orgId}/audit-events',
    query: PAGE,
    run: (r) => ok(listAuditEvents(r.org, r.query)),
  },
];

/** Every account holding a role in the space, by user id. */
function listSpaceMembers(r: AdminRequest) {
  const space = requireSpace(r, r.params['spaceId']!);
  const ids = [...space.roles.keys()].sort();
  const cursor = r.query['cursor'] as string | undefined;
  let start = 0;
  if (cursor) {
    const after = decodeMemberCursor(cursor);
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
    nextCursor: more ? encodeMemberCursor(page[page.length - 1]!) : null,
  };
}

function encodeMemberCursor(id: string): string {
  return encodeCursor({ scope: 'members', key: id, id });
}

function decodeMemberCursor(cursor: string): string {
  return decodeCursor(cursor, 'members').id;
}
