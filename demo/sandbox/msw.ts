/**
 * MSW request handlers serving a sandbox, for tests (`setupServer` from
 * `msw/node`) and for a backend-less demo (`setupWorker` in a browser).
 * This is the only sandbox module that imports msw.
 *
 * @example
 * const sandbox = createSandbox();
 * const server = setupServer(...sandboxHandlers(sandbox));
 */
import { http, type HttpHandler } from 'msw';
import type { Sandbox } from './sandbox.js';

export interface SandboxHandlerOptions {
  /**
   * The API base URL ending in `/v1` (for example
   * `https://api.example.test/v1`). By default any origin's `/v1/...`
   * paths are served.
   */
  baseUrl?: string;
}

export function sandboxHandlers(
  sandbox: Sandbox,
  options: SandboxHandlerOptions = {},
): HttpHandler[] {
  const base = options.baseUrl?.replace(/\/+$/, '');
  const pattern = base ? `${base}/*` : '*/v1/*';
  return [http.all(pattern, async ({ request }) => sandbox.handle(request))];
}
