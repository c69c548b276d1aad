/**
 * The organization, its seat count, the user list, one user, the actions
 * on a user, and the owner role.
 */
import { requireListed } from '../core/context.js';
import { listRows } from '../core/listing.js';
import { grantOwner, removeOwner } from '../core/owner-actions.js';
import {
  cancelInvitation,
  deleteUser,
  previewDeletion,
  reauthenticate,
  resetTwoFactor,
} from '../core/user-actions.js';
import {
  etagOf,
  organizationView,
  orgUserView,
  seatSummaryView,
} from '../core/views.js';
import { ok, PAGE, SPACE_ROLES, userReply, write } from './route-helpers.js';
import type { AdminRoute } from './route-types.js';

export const USER_ROUTES: readonly AdminRoute[] = [
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
];
