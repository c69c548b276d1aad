/**
 * demo/hosts/plain.html loads the single-file bundle
 * (dist/org-user-kit.bundle.js, built by `npm run build`) with one
 * `<script type="module">` and nothing else. It runs here in an iframe;
 * the test page's MSW worker answers the iframe's requests too.
 */
import { expect, waitUntil } from '@open-wc/testing';

import {
  expectNoStrayAttributes,
  part,
  rows,
  useSandbox,
} from './shared/host-test-kit.js';

const PAGE = '/demo/hosts/plain.html';
const BUNDLE = '/dist/org-user-kit.bundle.js';

/** Loads the plain page in an iframe and waits for its table's rows. */
async function loadPage(): Promise<Document> {
  const bundle = await fetch(BUNDLE, { method: 'HEAD' });
  if (!bundle.ok) {
    throw new Error(`${BUNDLE} is missing: run npm run build first`);
  }

  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1200px';
  frame.style.blockSize = '800px';
  document.body.append(frame);
  after(() => frame.remove());
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = PAGE;
  });

  const page = frame.contentDocument!;
  await waitUntil(
    () => {
      const table = page.querySelector('org-user-table');
      return table !== null && rows(table).length > 0;
    },
    'the plain page showed no rows',
    { timeout: 10_000 },
  );
  return page;
}

describe('the plain HTML host', () => {
  let page: Document;

  useSandbox();
  before(async () => {
    page = await loadPage();
  });

  it('has exactly one script, a module importing the bundle', async () => {
    // The test server injects a script of its own (after a marker
    // comment) into the pages it serves, and resolves import paths.
    const served = await (await fetch(PAGE)).text();
    const source = served.split('<!-- injected by web-dev-server -->')[0]!;
    const written = new DOMParser().parseFromString(source, 'text/html');
    const scripts = [...written.querySelectorAll('script')];
    const imports = [...scripts[0]!.text.matchAll(/from '([^']+)'/g)];

    expect(scripts).to.have.length(1);
    expect(scripts[0]!.type).to.equal('module');
    expect(imports).to.have.length(1);
    expect(imports[0]![1]).to.match(/\/dist\/org-user-kit\.bundle\.js$/);
    expect(written.querySelectorAll('link')).to.have.length(0);
  });

  it('registers the three tags from the bundle', () => {
    const registry = page.defaultView!.customElements;

    for (const tag of [
      'org-user-table',
      'seat-counter',
      'user-action-dialog',
    ]) {
      expect(registry.get(tag), tag).to.be.a('function');
    }
  });

  it('shows the seat count and the users with the client it was given', async () => {
    const counter = page.querySelector('seat-counter')!;
    const table = page.querySelector('org-user-table')!;
    await waitUntil(() => part(counter, '[role=meter]') !== null);
    const meter = part(counter, '[role=meter]')!;

    expect(Number(meter.getAttribute('aria-valuenow'))).to.be.greaterThan(0);
    expect((table as unknown as { client: unknown }).client).to.equal(
      (counter as unknown as { client: unknown }).client,
    );
    expectNoStrayAttributes(counter);
    expectNoStrayAttributes(table);
  });
});
