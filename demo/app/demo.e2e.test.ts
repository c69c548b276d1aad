/**
 * The demo page end to end: built by scripts/build-demo.mjs, served by the
 * sandbox's Node server on 127.0.0.1, driven in headless Chromium under a
 * strict Content-Security-Policy, and, built as static files, with the
 * sandbox running in the browser and no API server at all.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from 'playwright-core';

import { startServer, type RunningServer } from '../server/server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const AXE = join(root, 'node_modules/axe-core/axe.min.js');

/** What a host page under a strict policy may do: nothing inline. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

let server: RunningServer;
let browser: Browser;
let staticDir: string;

/** Builds the demo, and its static copy into `staticDir`. */
function buildDemo(): void {
  const result = spawnSync(
    process.execPath,
    ['scripts/build-demo.mjs', '--static', staticDir],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stderr);
}

/** A fresh page that records policy violations and page errors. */
async function openPage(url: string): Promise<{
  page: Page;
  context: BrowserContext;
  problems: string[];
}> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
  });
  const problems: string[] = [];
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') {
      return route.continue();
    }
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': CSP },
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      problems.push(`csp: ${message.text()}`);
    }
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, context, problems };
}

/** The seat counter's meter value, once it shows one. */
async function seatsShown(page: Page): Promise<number> {
  const meter = page.locator('seat-counter [role=meter]');
  await meter.waitFor();
  return Number(await meter.getAttribute('aria-valuenow'));
}

async function api<T>(path: string, token = 'tok_team_owner'): Promise<T> {
  const response = await fetch(`${server.apiUrl}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(response.ok, true, `${path}: ${response.status}`);
  return (await response.json()) as T;
}

async function billable(): Promise<number> {
  const summary = await api<{ billableUsers: number }>('/orgs/org_team/seats');
  return summary.billableUsers;
}

/** Waits until the page's seat counter shows `expected`. */
async function seatsBecome(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (value) =>
      document
        .querySelector('seat-counter')
        ?.shadowRoot?.querySelector('[role=meter]')
        ?.getAttribute('aria-valuenow') === String(value),
    expected,
  );
}

async function signIn(page: Page, label: RegExp): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
}

/** Picks `action` on the first row offering it, and confirms it. */
async function actOnFirstRow(page: Page, action: string): Promise<void> {
  await page
    .locator('org-user-table [part~=action-button]:enabled', {
      hasText: action,
    })
    .first()
    .click();
  const confirm = page.locator(
    'body > .layout user-action-dialog [part~=confirm-button]',
  );
  await confirm.click();
  await page.locator('.outbox .mail').first().waitFor({ state: 'visible' });
}

async function notice(page: Page): Promise<string> {
  const text = page.locator('.notice span');
  await text.waitFor();
  return (await text.textContent())?.trim() ?? '';
}

describe('the demo page', () => {
  before(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'org-user-kit-site-'));
    buildDemo();
    server = await startServer({ port: 0, clock: 'manual' });
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(staticDir, { recursive: true, force: true });
  });

  beforeEach(() => server.sandbox.reset());

  describe('over HTTP', () => {
    it('shows the team owner the seat count, the users and the personas', async () => {
      const { page, context, problems } = await openPage(`${server.url}/`);

      assert.equal(await seatsShown(page), await billable());
      await page.locator('org-user-table [part~=row]').first().waitFor();
      assert.equal(await page.getByRole('radio').count(), 5);
      assert.equal(
        await page.getByRole('radio', { name: /Owner of Acme/ }).isChecked(),
        true,
      );
      assert.deepEqual(problems, []);
      await context.close();
    });

    for (const theme of ['light', 'dark']) {
      it(`has no axe violations in the ${theme} theme`, async () => {
        // axe is injected as a script, which the strict policy would stop.
        const context = await browser.newContext({ bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${server.url}/?persona=team-owner&theme=${theme}`);
        await page.waitForSelector('html[data-ready="true"]');
        await page.locator('org-user-table [part~=row]').first().waitFor();
        await seatsShown(page);

        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const { axe } = window as unknown as {
            axe: {
              run(context: Document): Promise<{
                violations: { id: string; nodes: unknown[] }[];
              }>;
            };
          };
          const result = await axe.run(document);
          return result.violations.map(
            (violation) => `${violation.id} (${violation.nodes.length})`,
          );
        });

        assert.deepEqual(violations, []);
        await context.close();
      });
    }

    it('shows the "not an owner" state to a plain member', async () => {
      const { page, context } = await openPage(`${server.url}/`);

      await signIn(page, /Member of Acme/);

      await page.locator('org-user-table [part~=state-not-owner]').waitFor();
      await page.locator('seat-counter [part~=state-not-owner]').waitFor();
      await context.close();
    });

    it('shows the "not available on your plan" state on the free plan', async () => {
      const { page, context } = await openPage(`${server.url}/`);

      await signIn(page, /free plan/);

      await page
        .locator('org-user-table [part~=state-plan-not-eligible]')
        .waitFor();
      await context.close();
    });

    it('lists the 100,000-user organization with a bounded DOM', async () => {
      const { page, context } = await openPage(`${server.url}/`);

      await signIn(page, /100,000 users/);

      await page.waitForFunction(
        () =>
          Number(
            document
              .querySelector('seat-counter')
              ?.shadowRoot?.querySelector('[role=meter]')
              ?.getAttribute('aria-valuenow'),
          ) >= 100_000,
        undefined,
        { timeout: 30_000 },
      );
      await page.locator('org-user-table [part~=row]').first().waitFor();
      const rows = await page.locator('org-user-table [part~=row]').count();
      assert.ok(rows > 0 && rows < 300, `${rows} rows in the DOM`);
      await context.close();
    });

    it('frees the seats of expired invitations when the clock moves 7 days', async () => {
      const { page, context } = await openPage(`${server.url}/`);
      const before = await seatsShown(page);

      await page.getByRole('button', { name: '+7 days' }).click();
      const afterMove = await billable();

      assert.ok(afterMove < before, `${afterMove} is not below ${before}`);
      await seatsBecome(page, afterMove);
      assert.match(await notice(page), /The clock moved/);
      await context.close();
    });

    it('completes a re-authentication from the outbox', async () => {
      const { page, context, problems } = await openPage(`${server.url}/`);

      await actOnFirstRow(page, 'Re-authenticate');
      const mail = page.locator('.outbox .mail').first();
      await mail
        .getByRole('button', { name: 'Ask for the sign-in email' })
        .click();
      await page
        .getByRole('button', { name: 'Follow the sign-in link' })
        .first()
        .click();

      assert.match(await notice(page), /is verified again\.$/);
      const email = (
        await page.locator('.outbox .mail-to').first().textContent()
      )
        ?.replace(/^to /, '')
        .trim();
      const found = await api<{ items: { status: string }[] }>(
        `/orgs/org_team/users?q=${encodeURIComponent(email ?? '')}`,
      );
      assert.equal(found.items[0]?.status, 'active');
      assert.deepEqual(problems, []);
      await context.close();
    });

    it('completes a 2FA reset from the outbox', async () => {
      const { page, context } = await openPage(`${server.url}/`);

      await actOnFirstRow(page, 'Reset 2FA');
      await page.getByRole('button', { name: 'Follow the reset link' }).click();
      assert.match(await notice(page), /reset 2FA/);
      await page.getByRole('button', { name: 'Set 2FA up again' }).click();

      await page.waitForFunction(() =>
        /set 2FA up\.$/.test(
          document.querySelector('.notice span')?.textContent?.trim() ?? '',
        ),
      );
      await context.close();
    });

    it('lets an invited person enter a space, keeping their seat', async () => {
      const invited = await api<{
        items: {
          email: string;
          billableReasons: { invitations: { spaceId: string }[] };
        }[];
      }>('/orgs/org_team/users?status=invited&limit=1');
      const person = invited.items[0]!;
      const spaceId = person.billableReasons.invitations[0]!.spaceId;
      const { page, context } = await openPage(`${server.url}/`);

      await page.locator('#enter-email').fill(person.email);
      await page.locator('form.enter select').selectOption(spaceId);
      await page.getByRole('button', { name: 'Enter', exact: true }).click();

      assert.match(
        await notice(page),
        /entered as (member|admin) \(by invitation\)/,
      );
      const now = await api<{ items: { status: string }[] }>(
        `/orgs/org_team/users?q=${encodeURIComponent(person.email)}`,
      );
      assert.equal(now.items[0]?.status, 'active');
      await context.close();
    });

    it('folds the sandbox panel away to give the table room', async () => {
      const { page, context } = await openPage(`${server.url}/`);
      const table = page.locator('org-user-table');
      const before = (await table.boundingBox())!.width;

      await page.getByRole('button', { name: 'Hide' }).click();

      assert.equal(
        await page.locator('#panel-toggle').getAttribute('aria-expanded'),
        'false',
      );
      assert.equal(
        await page.locator('#sandbox-panel-body').isVisible(),
        false,
      );
      assert.ok((await table.boundingBox())!.width > before + 200);
      await page.getByRole('button', { name: 'Show' }).click();
      assert.equal(await page.locator('#sandbox-panel-body').isVisible(), true);
      await context.close();
    });

    it('switches the language and the theme', async () => {
      const { page, context } = await openPage(`${server.url}/`);
      await seatsShown(page);

      await page.getByLabel('Language').selectOption('ja');
      await page.getByLabel('Theme').selectOption('dark');

      await page.waitForFunction(() => document.documentElement.lang === 'ja');
      assert.equal(await page.locator('h1').textContent(), 'ユーザー管理');
      const scheme = await page
        .locator('seat-counter')
        .evaluate((element) => getComputedStyle(element).colorScheme);
      assert.equal(scheme, 'dark');
      await page.waitForFunction(
        () =>
          !/Organization users/.test(
            document.querySelector('seat-counter')?.shadowRoot?.textContent ??
              '',
          ),
      );
      await context.close();
    });
  });

  describe('with the sandbox in the browser', () => {
    it('runs from static files with no API server', async () => {
      const site = await serveFolder(staticDir);
      try {
        const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
        const { page, context, problems } = await openPage(`${origin}/`);

        assert.equal(
          await page.locator('html').getAttribute('data-sandbox'),
          'browser',
        );
        assert.ok((await seatsShown(page)) > 200);
        await page.getByRole('button', { name: '+7 days' }).click();
        assert.match(await notice(page), /The clock moved/);
        assert.deepEqual(problems, []);
        await context.close();
      } finally {
        site.close();
      }
    });
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Serves `dir` as plain static files on 127.0.0.1, as any host would. */
async function serveFolder(dir: string): Promise<Server> {
  const site = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = normalize(
      join(dir, path.endsWith('/') ? `${path}index.html` : path),
    );
    const found = file.startsWith(dir) && (await stat(file).catch(() => null));
    if (!found || !found.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  return site;
}
