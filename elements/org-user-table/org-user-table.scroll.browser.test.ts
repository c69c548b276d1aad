import { expect, waitUntil } from '@open-wc/testing';
import {
  countIs,
  loadedRows,
  mount,
  part,
  rows,
  scrollTable,
  settled,
  text,
  totalOf,
  useSandbox,
  WAIT,
} from './harness.browser.js';

describe('<org-user-table>', () => {
  // These tests only read, so the large organization is built once, here.
  useSandbox({ readOnly: true });
  before(async function () {
    this.timeout(60_000);
    await totalOf({}, 'org_large', 'tok_large_owner');
  });

  describe('scrolling 100,000 users', () => {
    it('keeps the DOM bounded while rows load on demand', async () => {
      const table = await mount({
        token: 'tok_large_owner',
        orgId: 'org_large',
        pageSize: 200,
      });
      await countIs(table, '100,000 users');
      await settled(table);
      const scroller = part(table, '.scroll');
      let most = rows(table).length;
      const observer = new MutationObserver(() => {
        most = Math.max(most, rows(table).length);
      });
      observer.observe(part(table, '.body'), { childList: true });

      for (const fraction of [0.05, 0.2, 0.4]) {
        await scrollTable(table, Math.round(scroller.scrollHeight * fraction));
        const near = 100_000 * fraction;
        await waitUntil(
          () =>
            loadedRows(table).some(
              (row) => Math.abs(Number(row.ariaRowIndex) - near) < 300,
            ),
          `no loaded row near ${near}`,
          WAIT,
        );
      }
      observer.disconnect();

      expect(
        part(table, '[role=table]').getAttribute('aria-rowcount'),
      ).to.equal('100001');
      expect(most).to.be.below(100);
      expect(rows(table).length).to.be.below(100);
    });

    it('numbers a far row by its place in the whole list', async () => {
      const table = await mount({
        token: 'tok_large_owner',
        orgId: 'org_large',
        pageSize: 200,
      });
      await countIs(table, '100,000 users');
      await settled(table);
      const scroller = part(table, '.scroll');
      const rowHeight = loadedRows(table)[0]!.getBoundingClientRect().height;

      await scrollTable(table, rowHeight * 5_230);
      await waitUntil(
        () => loadedRows(table).find((row) => row.ariaRowIndex === '5232'),
        'row 5,232 did not load',
        WAIT,
      );
      const row = loadedRows(table).find((r) => r.ariaRowIndex === '5232')!;

      expect(text(row.querySelector('[part~=cell-email]')!)).to.match(
        /@globex\.example$/,
      );
      expect(rows(table).every((r) => Number(r.ariaRowIndex) > 5_100)).to.equal(
        true,
      );
    });
  });
});
