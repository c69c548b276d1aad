/** The shapes of route definitions for the vendor API and the sandbox. */
import type { ActionContext } from '../core/context.js';
import type { PersonaView } from '../core/types.js';
import type { World } from '../core/world.js';
import type { BodySpec } from './body.js';
import type { Reply } from './problem.js';
import type { QuerySpec, QueryValues } from './query.js';

export interface RequestParts {
  params: Record<string, string>;
  query: QueryValues;
  // Bodies are checked against the route's `body` spec before `run`.
  body: any;
}

export interface AdminRequest extends ActionContext, RequestParts {
  ifMatch: string | null;
}

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: QuerySpec;
  body?: BodySpec;
  /** `GET /orgs/{orgId}` answers on every plan. */
  anyPlan?: boolean;
  run(request: AdminRequest): Reply;
}

/** What the sandbox's own endpoints may do besides the world. */
export interface SandboxControls {
  personas: readonly PersonaView[];
  reset(): void;
  advance(ms: number): void;
}

export interface SandboxRequest extends RequestParts {
  world: World;
  controls: SandboxControls;
}

export interface SandboxRoute {
  method: 'GET' | 'POST';
  path: string;
  query?: QuerySpec;
  body?: BodySpec;
  run(request: SandboxRequest): Reply;
}
