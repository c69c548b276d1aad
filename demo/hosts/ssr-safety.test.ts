/**
 * Server-rendering frameworks (Next.js, Nuxt, Astro) import a page's
 * modules in Node, where there is no `window`, `document` or
 * `customElements`. Every entry of the package must import there without
 * throwing and without defining `window` or `document`, and the tags
 * register only once the code runs in a browser. (The packed tarball is
 * checked the same way by the package tests; this one checks the sources.)
 *
 * Lit's own Node build installs a stand-in `customElements` registry for
 * Lit's server rendering, so that global may appear once the elements are
 * imported; the kit must leave it empty of its tags.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const entries = [
  'sdk/index.ts',
  'elements/index.ts',
  'elements/register.ts',
  'demo/sandbox/index.ts',
];

const browserGlobals = ['window', 'document'] as const;
const tags = ['org-user-table', 'seat-counter', 'user-action-dialog'];

function definedGlobals(): string[] {
  return browserGlobals.filter((name) => name in globalThis);
}

describe('importing the entries in Node', () => {
  it('starts with no browser globals', () => {
    assert.deepEqual(definedGlobals(), []);
    assert.equal('customElements' in globalThis, false);
  });

  for (const entry of entries) {
    it(`imports ${entry} without throwing or adding browser globals`, async () => {
      const module: Record<string, unknown> = await import(`../../${entry}`);

      assert.equal(typeof module, 'object');
      assert.deepEqual(definedGlobals(), []);
    });
  }

  it('registers no tag in Node, even after importing the register module', async () => {
    await import('../../elements/register.js');
    const registry = (
      globalThis as { customElements?: { get(name: string): unknown } }
    ).customElements;

    for (const tag of tags) {
      assert.equal(registry?.get(tag), undefined, tag);
    }
  });

  it('exports the element classes and setLocale from elements/index.ts', async () => {
    const elements = await import('../../elements/index.js');

    assert.equal(typeof elements.OrgUserTable, 'function');
    assert.equal(typeof elements.SeatCounter, 'function');
    assert.equal(typeof elements.UserActionDialog, 'function');
    assert.equal(typeof elements.setLocale, 'function');
  });

  it('creates an SDK client and a sandbox in Node', async () => {
    const { createOrgUserClient } = await import('../../sdk/index.js');
    const { createSandbox } = await import('../sandbox/index.js');

    const client = createOrgUserClient({
      baseUrl: 'http://127.0.0.1:1/v1',
      token: 'tok_team_owner',
    });
    const sandbox = createSandbox();

    assert.equal(client.baseUrl, 'http://127.0.0.1:1/v1');
    assert.equal(sandbox.now().toISOString(), '2026-03-05T09:00:00.000Z');
  });
});
