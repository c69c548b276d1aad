/** Invitations and the audit trail. */
import { listAuditEvents } from '../core/audit-trail.js';
import {
  createInvitations,
  listInvitations,
  removeInvitation,
  resendInvitation,
} from '../core/invitation-actions.js';
import { ok, PAGE, SPACE_ROLES } from './route-helpers.js';
import type { AdminRoute } from './route-types.js';

export const INVITATION_ROUTES: readonly AdminRoute[] = [
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
