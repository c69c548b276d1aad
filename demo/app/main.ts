/**
 * The demo's entry. It only decides where the sandbox runs and applies the
 * theme early (no flash of the wrong colours); the elements are imported
 * afterwards, so that in browser mode MSW is listening before any element
 * makes its first request.
 *
 * Browser mode: `?sandbox=browser`, or `data-sandbox="browser"` on <html>
 * (what the static build writes).
 */
import { loadPreferences } from './preferences.js';
import type { SandboxMode } from './store.js';

function sandboxMode(url: URL): SandboxMode {
  const asked =
    url.searchParams.get('sandbox') ??
    document.documentElement.dataset['sandbox'];
  return asked === 'browser' ? 'browser' : 'server';
}

async function boot(): Promise<void> {
  const url = new URL(location.href);
  const mode = sandboxMode(url);
  const preferences = loadPreferences(url);
  document.documentElement.dataset['theme'] = preferences.theme;
  document.documentElement.dataset['panel'] = preferences.panel;
  document.documentElement.dataset['sandbox'] = mode;

  if (mode === 'browser') {
    const { startBrowserSandbox } = await import('./browser-sandbox.js');
    const worker = new URL('mockServiceWorker.js', document.baseURI);
    await startBrowserSandbox(worker.pathname);
  }

  const { startDemo } = await import('./app.js');
  await startDemo(mode, preferences);
}

boot().catch((error: unknown) => {
  const box = document.querySelector('#boot-error');
  if (box !== null) {
    box.textContent = `The demo could not start: ${String(error)}`;
    box.removeAttribute('hidden');
  }
});
