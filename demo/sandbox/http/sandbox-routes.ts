/**
 * The sandbox's own endpoints (openapi/sandbox.yaml): the user's side,
 * the clock, tokens, and the outbox. They need no token.
 */
import { SECOND } from '../core/time.js';
import { iso } from '../core/time.js';
import {
  enterSpace,
  requestReauthenticationEmail,
  requireUser,
  setUpTwoFactor,
  useLink,
} from '../core/user-side.js';
import { emailKey } from '../core/fold.js';
import { accountView, emailView } from '../core/views.js';
import type { Reply } from './problem.js';
import type { SandboxRequest, SandboxRoute } from './route-types.js';

function state(r: SandboxRequest): Reply {
  return {
    status: 200,
    body: { now: iso(r.world.now()), personas: r.controls.personas },
  };
}

export const SANDBOX_ROUTES: readonly SandboxRoute[] = [
  { method: 'GET', path: '/sandbox/state', run: state },
  {
    method: 'POST',
    path: '/sandbox/reset',
    run: (r) => {
      r.controls.reset();
      return state(r);
    },
  },
  {
    method: 'POST',
    path: '/sandbox/clock/advance',
    body: { seconds: { type: 'int', min: 0, max: 31_536_000 } },
    run: (r) => {
      r.controls.advance(r.body.seconds * SECOND);
      return { status: 200, body: { now: iso(r.world.now()) } };
    },
  },
  {
    method: 'POST',
    path: '/sandbox/tokens',
    body: {
      userId: { type: 'string' },
      ttlSeconds: { type: 'int', required: false, min: 1, max: 86_400 },
    },
    run: (r) => {
      const account = requireUser(r.world, r.body.userId);
      const ttl = (r.body.ttlSeconds ?? 3600) * SECOND;
      const issued = r.world.issueToken(account.id, ttl);
      return {
        status: 201,
        body: { token: issued.token, expiresAt: iso(issued.expiresAt) },
      };
    },
  },
  {
    method: 'POST',
    path: '/sandbox/spaces/{spaceId}/enter',
    body: { email: { type: 'string', minLength: 1, maxLength: 500 } },
    run: (r) => ({
      status: 200,
      body: enterSpace(r.world, r.params['spaceId']!, r.body.email),
    }),
  },
  {
    method: 'POST',
    path: '/sandbox/users/{userId}/reauthentication-email',
    run: (r) => ({
      status: 201,
      body: emailView(
        requestReauthenticationEmail(r.world, r.params['userId']!),
      ),
    }),
  },
  {
    method: 'POST',
    path: '/sandbox/users/{userId}/two-factor/setup',
    run: (r) => ({
      status: 200,
      body: accountView(setUpTwoFactor(r.world, r.params['userId']!)),
    }),
  },
  {
    method: 'POST',
    path: '/sandbox/links/{token}/use',
    run: (r) => ({
      status: 200,
      body: accountView(useLink(r.world, r.params['token']!)),
    }),
  },
  {
    method: 'GET',
    path: '/sandbox/outbox',
    query: { to: { kind: 'string' } },
    run: (r) => {
      const to = r.query['to'] as string | undefined;
      const key = to === undefined ? null : emailKey(to);
      const items = r.world.outbox
        .filter((email) => key === null || emailKey(email.to) === key)
        .reverse()
        .map(emailView);
      return { status: 200, body: { items } };
    },
  },
];
