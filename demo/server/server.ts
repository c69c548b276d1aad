/**
 * The sandbox over real HTTP on 127.0.0.1: the API under `/v1`, and the
 * demo page's files everywhere else.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ClockMode } from '../sandbox/core/clock.js';
import { createSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { sendFetchResponse, toFetchRequest } from './node-bridge.js';
import { loadState, StateSaver } from './state-file.js';
import { serveStatic } from './static-files.js';

export interface ServerOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** A JSON file keeping the state across restarts. */
  stateFile?: string;
  /** Default `manual`. */
  clock?: ClockMode;
  seed?: number;
  startTime?: string;
  /** The demo folder served as static files; default this repo's demo/. */
  staticRoot?: string;
  /**
   * The package build folder, answering `/dist/...` files the demo folder
   * lacks (the single-file bundle); default this repo's dist/.
   */
  packageDist?: string | null;
}

export interface RunningServer {
  /** The origin, such as `http://127.0.0.1:8787`. */
  url: string;
  /** The API base URL, `<url>/v1`. */
  apiUrl: string;
  port: number;
  sandbox: Sandbox;
  /** Stops accepting requests, saves the state, and closes. */
  close(): Promise<void>;
}

const DEFAULT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PACKAGE_DIST = fileURLToPath(
  new URL('../../dist', import.meta.url),
);

export async function startServer(
  options: ServerOptions = {},
): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const root = options.staticRoot ?? DEFAULT_ROOT;
  const packageDist =
    options.packageDist === undefined
      ? DEFAULT_PACKAGE_DIST
      : options.packageDist;
  const sandbox = createSandbox({
    clock: options.clock ?? 'manual',
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.startTime === undefined
      ? {}
      : { startTime: options.startTime }),
  });
  const saver = options.stateFile
    ? new StateSaver(sandbox, options.stateFile)
    : null;
  if (options.stateFile) {
    await loadState(sandbox, options.stateFile);
  }

  let origin = '';
  const server: Server = createServer((req, res) => {
    handleNode(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      res.end(error instanceof Error ? error.message : 'Internal error');
    });
  });

  async function handleNode(
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
  ): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path === '/v1' || path.startsWith('/v1/')) {
      const request = await toFetchRequest(req, origin);
      const response = await sandbox.handle(request);
      await sendFetchResponse(res, response, method);
      if (
        saver &&
        method !== 'GET' &&
        method !== 'OPTIONS' &&
        method !== 'HEAD'
      ) {
        saver.request();
      }
      return;
    }
    if (
      (method === 'GET' || method === 'HEAD') &&
      (await serveStatic(root, packageDist, path, method, res))
    ) {
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', fail);
      ready();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: origin,
    apiUrl: `${origin}/v1`,
    port,
    sandbox,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        if (saver) {
          saver.request();
          await saver.flush();
        }
      })();
      return closing;
    },
  };
}
