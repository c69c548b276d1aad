/** Groups and their members. */
import {
  addGroupMember,
  createGroup,
  removeGroupMember,
} from '../core/group-actions.js';
import { groupView } from '../core/views.js';
import { byName, ok } from './route-helpers.js';
import type { AdminRoute } from './route-types.js';

export const GROUP_ROUTES: readonly AdminRoute[] = [
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
];
