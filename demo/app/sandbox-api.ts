import createClient from 'openapi-fetch';

import type { components, paths } from '../sandbox/generated/sandbox-api.js';

export type Persona = components['schemas']['Persona'];
export type Email = components['schemas']['Email'];
export type SandboxState = components['schemas']['SandboxState'];
export type Account = components['schemas']['Account'];
export type SpaceEntry = components['schemas']['SpaceEntry'];

/** A refusal from one of the sandbox's user-side endpoints. */
export class SandboxCallError extends Error {
  /** The problem's `code`, such as `link_expired` or `email_blocked`. */
  readonly code: string;
  readonly status: number;

  constructor(status: number, code: string, title: string) {
    super(title);
    this.name = 'SandboxCallError';
    this.status = status;
    this.code = code;
  }
}

interface ProblemLike {
  code?: unknown;
  title?: unknown;
  detail?: unknown;
}

/**
 * Unwraps an openapi-fetch result: the data, or a `SandboxCallError` built
 * from the problem the sandbox answered.
 */
function unwrap<T>(result: {
  data?: T;
  error?: unknown;
  response: Response;
}): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = (result.error ?? {}) as ProblemLike;
    const title =
      typeof problem.detail === 'string'
        ? problem.detail
        : typeof problem.title === 'string'
          ? problem.title
          : `HTTP ${result.response.status}`;
    throw new SandboxCallError(
      result.response.status,
      typeof problem.code === 'string' ? problem.code : 'unknown',
      title,
    );
  }
  return result.data as T;
}

/**
 * The demo's typed client for the sandbox-only endpoints under
 * `/v1/sandbox` (see openapi/sandbox.yaml). They need no token.
 */
export function createSandboxApi(baseUrl: string) {
  const client = createClient<paths>({ baseUrl });

  return {
    async state(): Promise<SandboxState> {
      return unwrap(await client.GET('/sandbox/state'));
    },

    async reset(): Promise<SandboxState> {
      return unwrap(await client.POST('/sandbox/reset'));
    },

    async advance(seconds: number): Promise<string> {
      const body = { seconds };
      const clock = unwrap(
        await client.POST('/sandbox/clock/advance', { body }),
      );
      return clock.now;
    },

    async outbox(): Promise<Email[]> {
      return unwrap(await client.GET('/sandbox/outbox')).items;
    },

    async requestReauthenticationEmail(userId: string): Promise<Email> {
      const params = { path: { userId } };
      return unwrap(
        await client.POST('/sandbox/users/{userId}/reauthentication-email', {
          params,
        }),
      );
    },

    async useLink(token: string): Promise<Account> {
      const params = { path: { token } };
      return unwrap(
        await client.POST('/sandbox/links/{token}/use', { params }),
      );
    },

    async setUpTwoFactor(userId: string): Promise<Account> {
      const params = { path: { userId } };
      return unwrap(
        await client.POST('/sandbox/users/{userId}/two-factor/setup', {
          params,
        }),
      );
    },

    async enterSpace(spaceId: string, email: string): Promise<SpaceEntry> {
      const params = { path: { spaceId } };
      const body = { email };
      return unwrap(
        await client.POST('/sandbox/spaces/{spaceId}/enter', {
          params,
          body,
        }),
      );
    },
  };
}

export type SandboxApi = ReturnType<typeof createSandboxApi>;
