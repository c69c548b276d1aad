// Takes the documentation's screenshots: each element, and the whole demo
// page, in light and dark, in headless Chromium against the demo server on
// 127.0.0.1. Writes PNGs to docs/images/.
//
//   npm run build:demo && node scripts/screenshots.mjs
//
// It starts the sandbox server itself (demo/server/main.ts, on a free port)
// and stops it when done. CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = fileURLToPath(new URL('../docs/images/', import.meta.url));
const themes = ['light', 'dark'];

/** Starts the demo server on a free port; resolves with its origin. */
function startServer() {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'demo/server/main.ts'],
    {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const origin = new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) {
        resolve(match[0]);
      }
    });
    server.on('exit', (code) =>
      reject(new Error(`screenshots: the server exited (${code})`)),
    );
  });
  return { server, origin };
}

/** Opens the demo as the team owner, in `theme`, and waits until ready. */
async function openDemo(browser, origin, theme) {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 1000 },
    deviceScaleFactor: 1,
    colorScheme: theme,
    reducedMotion: 'reduce',
  });
  await page.goto(`${origin}/?persona=team-owner&theme=${theme}&lang=en`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => {
    const counter = document.querySelector('seat-counter');
    const table = document.querySelector('org-user-table');
    return (
      counter?.shadowRoot?.querySelector('[role="meter"]') &&
      table?.shadowRoot?.querySelector('[role="row"][aria-rowindex="2"]')
    );
  });
  return page;
}

/** Opens the page's dialog on the delete of a member with a readmission. */
async function openDeleteDialog(page) {
  await page.evaluate(async () => {
    const response = await fetch(
      '/v1/orgs/org_team/users?orgRole=none&status=active&limit=50',
      { headers: { Authorization: 'Bearer tok_team_owner' } },
    );
    const { items } = await response.json();
    const user = items.find((item) => item.spaceRoles.length > 1) ?? items[0];
    await document.querySelector('user-action-dialog').show('delete', user);
  });
  await page.waitForFunction(() => {
    const dialog = document.querySelector('user-action-dialog');
    const native = dialog?.shadowRoot?.querySelector('dialog');
    return native?.open && !native.querySelector('[aria-busy="true"]');
  });
}

async function shoot(browser, origin, theme) {
  const page = await openDemo(browser, origin, theme);
  await page.screenshot({ path: `${outdir}demo-${theme}.png` });
  await page
    .locator('seat-counter')
    .screenshot({ path: `${outdir}seat-counter-${theme}.png` });
  await page
    .locator('org-user-table')
    .screenshot({ path: `${outdir}org-user-table-${theme}.png` });

  await openDeleteDialog(page);
  await page
    .locator('user-action-dialog dialog')
    .screenshot({ path: `${outdir}user-action-dialog-${theme}.png` });
  await page.close();
}

await mkdir(outdir, { recursive: true });
const { server, origin } = startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const base = await origin;
  for (const theme of themes) {
    await shoot(browser, base, theme);
  }
  console.log(`screenshots: wrote ${themes.length * 4} PNGs to docs/images/`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
