// Takes the documentation's screenshots: each element, and the whole demo
// page, in light and dark, in headless Chromium against the demo server on
// 127.0.0.1. Writes PNGs to docs/images/.
//
//   npm run build:demo && node scripts/screenshots.mjs
//
// It starts the sandbox server itself (demo/server/main.ts, on a free port)
// and stops it when done. CHROMIUM_PATH overrides /usr/bin/chromium.
//
// The Japanese picture of the demo (demo-ja-light.png) is taken only where
// a Japanese font is installed (on Debian: fonts-noto-cjk); elsewhere it
// would show empty boxes, so the committed one is kept.
import { spawn, spawnSync } from 'node:child_process';
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
async function openDemo(browser, origin, theme, lang = 'en') {
  const page = await browser.newPage({
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
    colorScheme: theme,
    reducedMotion: 'reduce',
  });
  page.on('pageerror', (error) => console.error('screenshots:', error));
  await page.goto(
    `${origin}/?persona=team-owner&theme=${theme}&lang=${lang}&panel=open`,
  );
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => {
    const counter = document.querySelector('seat-counter');
    const table = document.querySelector('org-user-table');
    return (
      counter?.shadowRoot?.querySelector('[role="meter"]') &&
      table?.shadowRoot?.querySelector('[part~="row"]')
    );
  });
  return page;
}

/**
 * Opens the page's dialog on deleting a member whom a space's access
 * settings would bring back, so the picture shows the warning too.
 */
async function openDeleteDialog(page) {
  await page.evaluate(async () => {
    const headers = { Authorization: 'Bearer tok_team_owner' };
    const get = async (path) =>
      (await fetch(`/v1/orgs/org_team${path}`, { headers })).json();
    const { items } = await get('/users?orgRole=none&status=active&limit=30');
    let chosen = items[0];
    for (const user of items) {
      const preview = await get(`/users/${user.id}/deletion-preview`);
      if (preview.readmittingSpaces?.length > 0) {
        chosen = user;
        break;
      }
    }
    // show() resolves when the dialog closes: do not wait for it here.
    void document
      .querySelector('main > user-action-dialog')
      .show('delete', chosen);
  });
  await page.waitForFunction(() => {
    const dialog = document.querySelector('main > user-action-dialog');
    const native = dialog?.shadowRoot?.querySelector('dialog');
    return native?.open && native.querySelector('[part~="seats"]');
  });
}

/** A screenshot of one element with a margin of the page around it. */
async function shootElement(page, selector, path) {
  const box = await page.locator(selector).boundingBox();
  const margin = 16;
  await page.screenshot({
    path,
    clip: {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y - margin),
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
  });
}

async function shoot(browser, origin, theme) {
  const page = await openDemo(browser, origin, theme);
  await page.screenshot({ path: `${outdir}demo-${theme}.png` });
  await shootElement(
    page,
    'seat-counter',
    `${outdir}seat-counter-${theme}.png`,
  );

  // Wide enough for every column of the table without scrolling.
  await page.setViewportSize({ width: 2400, height: 1080 });
  await shootElement(
    page,
    'org-user-table',
    `${outdir}org-user-table-${theme}.png`,
  );
  await page.setViewportSize({ width: 1920, height: 1080 });

  await openDeleteDialog(page);
  await page
    .locator('main > user-action-dialog dialog')
    .screenshot({ path: `${outdir}user-action-dialog-${theme}.png` });
  await page.close();
}

/** Whether fontconfig knows a font for Japanese. */
function hasJapaneseFont() {
  const result = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

/** The demo in Japanese, once its strings have switched. */
async function shootJapanese(browser, origin) {
  const page = await openDemo(browser, origin, 'light', 'ja');
  await page.waitForFunction(
    () =>
      !/Organization users/.test(
        document.querySelector('seat-counter')?.shadowRoot?.textContent ?? '',
      ),
  );
  await page.screenshot({ path: `${outdir}demo-ja-light.png` });
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
    '--disable-dev-shm-usage',
    '--no-first-run',
  ],
});
try {
  const base = await origin;
  for (const theme of themes) {
    await shoot(browser, base, theme);
  }
  let count = themes.length * 4;
  if (hasJapaneseFont()) {
    await shootJapanese(browser, base);
    count += 1;
  } else {
    console.log('screenshots: no Japanese font, demo-ja-light.png kept');
  }
  console.log(`screenshots: wrote ${count} PNGs to docs/images/`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
