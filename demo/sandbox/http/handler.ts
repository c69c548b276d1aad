/**
 * The whole HTTP surface as one Fetch-API function,
 * `(request: Request) => Promise<Response>`, so the same code answers
 * through MSW in a browser or in Node tests, and behind the Node server.
 *
 * Checks run in the contract's order: bearer token (401), organization
 * (404), owner (403 not_an_owner), plan (403 plan_not_eligible),
 * parameters and body (400/413), then the action's own rules.
 */
import type { Account } from '../core/model.js';
import type { Org } from '../core/org.js';
import { Refusal } from '../core/refusal.js';
import type { FieldErrorView } from '../core/types.js';
import type { World } from '../core/world.js';
import { ADMIN_ROUTES } from './admin-routes.js';
import { checkBody, readBody, type BodyRead, type BodySpec } from './body.js';
import { CORS_HEADERS, PREFLIGHT_HEADERS } from './cors.js';
import { fingerprintOf, lookup, remember } from './idempotency.js';
import { invalid, problem, type Reply } from './problem.js';
import { parseQuery, type QuerySpec, type QueryValues } from './query.js';
import { matchRoute } from './router.js';
import type {
  AdminRoute,
  SandboxControls,
  SandboxRoute,
} from './route-types.js';
import { SANDBOX_ROUTES } from './sandbox-routes.js';

export interface HandlerDeps {
  /** The current world; `reset()` replaces it. */
  world(): World;
  controls: SandboxControls;
}

export type Handle = (request: Request) => Promise<Response>;

export function createHandler(deps: HandlerDeps): Handle {
  let sequence = 0;
  return async (request) => {
    const requestId = `req_${(++sequence).toString(36).padStart(6, '0')}`;
    let reply: Reply;
    try {
      reply = await route(deps, request);
    } catch (error) {
      reply = refusalReply(error);
    }
    return toResponse(reply, requestId);
  };
}

async function route(deps: HandlerDeps, request: Request): Promise<Reply> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const at = url.pathname.indexOf('/v1/');
  if (at < 0) {
    return notFound();
  }
  if (method === 'OPTIONS') {
    return { status: 204, headers: { ...PREFLIGHT_HEADERS } };
  }
  const path = url.pathname.slice(at + 3);
  const sandbox = path.startsWith('/sandbox/');
  const routes = sandbox ? SANDBOX_ROUTES : ADMIN_ROUTES;
  const found = matchRoute<AdminRoute | SandboxRoute>(routes, method, path);
  if (found.kind === 'none') {
    return notFound();
  }
  if (found.kind === 'wrong_method') {
    return problem(
      {
        code: 'validation_failed',
        status: 405,
        detail: `Use ${found.allowed.join(' or ')} on this path.`,
      },
      { Allow: found.allowed.join(', ') },
    );
  }
  if (found.kind === 'bad_encoding') {
    return invalid([
      { location: 'path', message: 'is not valid percent-encoding' },
    ]);
  }
  const body =
    method === 'GET' ? ({ kind: 'none' } as const) : await readBody(request);
  const world = deps.world();
  world.settle();
  const { route: matched, params } = found.match;
  if (sandbox) {
    return runSandbox(deps, world, matched as SandboxRoute, params, url, body);
  }
  return runAdmin(world, request, url, matched as AdminRoute, params, body);
}

function runSandbox(
  deps: HandlerDeps,
  world: World,
  route: SandboxRoute,
  params: Record<string, string>,
  url: URL,
  body: BodyRead,
): Reply {
  const input = validate(url, route.query ?? {}, route.body, body, {});
  if ('reply' in input) {
    return input.reply;
  }
  return route.run({
    // A getter, because `reset()` replaces the world during the request.
    get world() {
      return deps.world();
    },
    controls: deps.controls,
    params,
    query: input.query,
    body: input.body,
  });
}

function runAdmin(
  world: World,
  request: Request,
  url: URL,
  route: AdminRoute,
  params: Record<string, string>,
  body: BodyRead,
): Reply {
  const caller = authenticate(world, request);
  if (!caller) {
    return problem(
      { code: 'unauthorized', detail: 'Send a valid bearer token.' },
      { 'WWW-Authenticate': 'Bearer realm="org-user-kit"' },
    );
  }
  const key =
    route.method === 'GET' ? null : request.headers.get('idempotency-key');
  const bodyText = body.kind === 'text' ? body.text : null;
  const fingerprint = fingerprintOf(route.method, url, bodyText);
  if (key) {
    const found = lookup(world, caller.id, key, fingerprint);
    if (found.kind === 'replay') {
      return replayOf(found.stored);
    }
    if (found.kind === 'reused') {
      return problem({
        code: 'idempotency_key_reused',
        detail: 'This Idempotency-Key was used for a different request.',
      });
    }
  }

  const org = world.org(params['orgId'] ?? '');
  if (!org) {
    return problem({
      code: 'organization_not_found',
      detail: `There is no organization ${params['orgId']}.`,
    });
  }
  if (!org.owners.has(caller.id)) {
    return problem({
      code: 'not_an_owner',
      detail: `Only owners of ${org.name} can manage its users.`,
    });
  }
  if (!route.anyPlan && !org.userManagementAvailable) {
    return problem({
      code: 'plan_not_eligible',
      detail: `The ${org.plan} plan has no organization user management.`,
    });
  }
  const headerErrors = checkHeaders(request, key);
  const input = validate(url, route.query ?? {}, route.body, body, params);
  if (headerErrors.length > 0) {
    return invalid(headerErrors);
  }
  if ('reply' in input) {
    return input.reply;
  }

  const reply = runAction(world, org, caller, route, request, params, input);
  if (key && reply.status < 500) {
    remember(world, caller.id, key, {
      fingerprint,
      at: world.now(),
      status: reply.status,
      headers: Object.entries(reply.headers ?? {}),
      body: reply.body === undefined ? null : JSON.stringify(reply.body),
    });
  }
  return reply;
}

function runAction(
  world: World,
  org: Org,
  caller: Account,
  route: AdminRoute,
  request: Request,
  params: Record<string, string>,
  input: { query: QueryValues; body: unknown },
): Reply {
  try {
    return route.run({
      world,
      org,
      actor: caller,
      now: world.now(),
      params,
      query: input.query,
      body: input.body,
      ifMatch: request.headers.get('if-match'),
    });
  } catch (error) {
    return refusalReply(error);
  }
}

function authenticate(world: World, request: Request): Account | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? world.authenticate(match[1]!) : undefined;
}

function checkHeaders(request: Request, key: string | null): FieldErrorView[] {
  const errors: FieldErrorView[] = [];
  if (key !== null && (key.length < 1 || key.length > 200)) {
    errors.push({
      location: 'header.Idempotency-Key',
      message: 'must have 1 to 200 characters',
    });
  }
  const ifMatch = request.headers.get('if-match');
  if (ifMatch !== null && ifMatch.length > 200) {
    errors.push({ location: 'header.If-Match', message: 'is too long' });
  }
  return errors;
}

const PATH_LIMITS: Readonly<Record<string, [number, number]>> = {
  email: [3, 500],
  token: [1, 500],
};

function validate(
  url: URL,
  querySpec: QuerySpec,
  bodySpec: BodySpec | undefined,
  body: BodyRead,
  params: Record<string, string>,
): { reply: Reply } | { query: QueryValues; body: unknown } {
  if (body.kind === 'too_large') {
    return {
      reply: problem({
        code: 'payload_too_large',
        detail: 'The request body is larger than 1 MiB.',
      }),
    };
  }
  const errors: FieldErrorView[] = [];
  for (const [name, value] of Object.entries(params)) {
    const [min, max] = PATH_LIMITS[name] ?? [1, 100];
    if (value.length < min || value.length > max) {
      errors.push({
        location: `path.${name}`,
        message: `must have ${min} to ${max} characters`,
      });
    }
  }
  const query = parseQuery(url.searchParams, querySpec);
  errors.push(...query.errors);
  let parsed: unknown = undefined;
  if (bodySpec) {
    if (body.kind === 'none') {
      errors.push({ location: 'body', message: 'a JSON body is required' });
    } else {
      try {
        parsed = JSON.parse(body.text);
      } catch {
        return {
          reply: problem({
            code: 'malformed_request',
            detail: 'The request body is not valid JSON.',
          }),
        };
      }
      errors.push(...checkBody(parsed, bodySpec));
    }
  } else if (body.kind === 'text' && body.text.trim() !== '') {
    try {
      JSON.parse(body.text);
    } catch {
      return {
        reply: problem({
          code: 'malformed_request',
          detail: 'The request body is not valid JSON.',
        }),
      };
    }
  }
  if (errors.length > 0) {
    return { reply: invalid(errors) };
  }
  return { query: query.values, body: parsed };
}

function refusalReply(error: unknown): Reply {
  if (error instanceof Refusal) {
    const headers: Record<string, string> = {};
    if (error.extra.etag) {
      headers['ETag'] = error.extra.etag;
    }
    return problem(
      { code: error.code, detail: error.detail, errors: error.extra.errors },
      headers,
    );
  }
  return problem({
    code: 'internal_error',
    detail: error instanceof Error ? error.message : String(error),
  });
}

function notFound(): Reply {
  return problem({
    code: 'validation_failed',
    status: 404,
    detail: 'There is no such endpoint. API paths start with /v1.',
  });
}

function replayOf(stored: {
  status: number;
  headers: [string, string][];
  body: string | null;
}): Reply {
  return {
    status: stored.status,
    headers: {
      ...Object.fromEntries(stored.headers),
      'Idempotent-Replayed': 'true',
    },
    body: stored.body === null ? undefined : JSON.parse(stored.body),
    contentType:
      stored.status >= 400 ? 'application/problem+json' : 'application/json',
  };
}

function toResponse(reply: Reply, requestId: string): Response {
  const headers = new Headers({
    ...CORS_HEADERS,
    'Cache-Control': 'no-store',
    'X-Request-Id': requestId,
  });
  for (const [name, value] of Object.entries(reply.headers ?? {})) {
    headers.set(name, value);
  }
  if (reply.body === undefined || reply.status === 204) {
    return new Response(null, { status: reply.status, headers });
  }
  const isProblem = reply.contentType === 'application/problem+json';
  const body = isProblem
    ? { ...(reply.body as object), requestId }
    : reply.body;
  headers.set('Content-Type', reply.contentType ?? 'application/json');
  return new Response(JSON.stringify(body), { status: reply.status, headers });
}
