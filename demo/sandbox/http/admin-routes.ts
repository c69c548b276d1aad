/**
 * The vendor API's operations (openapi/org-user-kit.yaml), one entry a
 * path and method. Authentication, the organization, the owner and plan
 * checks, parameter validation and idempotency happen before `run`, in
 * `handler.ts`; `run` applies the action's own rules.
 */
import { GROUP_ROUTES } from './group-routes.js';
import { INVITATION_ROUTES } from './invitation-routes.js';
import type { AdminRoute } from './route-types.js';
import { SPACE_ROUTES } from './space-routes.js';
import { USER_ROUTES } from './user-routes.js';

export const ADMIN_ROUTES: readonly AdminRoute[] = [
  ...USER_ROUTES,
  ...SPACE_ROUTES,
  ...GROUP_ROUTES,
  ...INVITATION_ROUTES,
];
