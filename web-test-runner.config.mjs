// Browser tests: every `*.browser.test.ts` runs in Debian's Chromium under
// Mocha, with TypeScript compiled on the fly by esbuild.
//
// Mocking the API with MSW: the worker script is committed at
// demo/public/mockServiceWorker.js and served by this config at
// /mockServiceWorker.js, the page root, which is where MSW looks for it by
// default and where its scope covers the test page. A test starts it with
//
//   const worker = setupWorker(...sandboxHandlers(createSandbox()));
//   before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
//   after(() => worker.stop());
//
// (setupWorker from 'msw/browser'). The test runner's own module requests
// go through the worker too; MSW lets same-origin static files pass.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves the committed MSW worker script at the root of the test server. */
function mswWorkerScript(context, next) {
  if (context.path === '/mockServiceWorker.js') {
    context.url = '/demo/public/mockServiceWorker.js';
  }
  return next();
}

export default {
  files: [
    'elements/**/*.browser.test.ts',
    'demo/**/*.browser.test.ts',
    'scripts/**/*.browser.test.ts',
    '!**/node_modules/**',
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  middleware: [mswWorkerScript],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromium,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One page at a time: focus and keyboard tests need the page to be the
  // focused one, and the machines running CI have two cores.
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 1),
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 15 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  // Lit announces its development build once per page; that line says
  // nothing about the test that runs there.
  filterBrowserLogs: ({ args }) =>
    !String(args[0]).startsWith('Lit is in dev mode'),
};
