import { setupWorker } from 'msw/browser';

import { createSandbox, sandboxHandlers } from '../sandbox/index.js';

/**
 * Starts the sandbox inside this page: MSW's service worker answers every
 * `/v1` request from a sandbox held in memory, so the demo runs from static
 * files with no server. The clock follows real time (the clock control
 * still moves it forward); a reload starts from the seed again.
 *
 * `workerUrl` is where `mockServiceWorker.js` is served; its folder must
 * contain the page, or the worker cannot control it.
 */
export async function startBrowserSandbox(workerUrl: string): Promise<void> {
  const sandbox = createSandbox({ clock: 'real' });
  const worker = setupWorker(...sandboxHandlers(sandbox));

  await worker.start({
    serviceWorker: { url: workerUrl },
    quiet: true,
    // The page's own scripts, styles and images are static files.
    onUnhandledRequest: 'bypass',
  });
}
