import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  buildCsv,
  CSV_BOM,
  csvBlob,
  csvRecord,
  neutralizeCell,
  quoteCell,
} from './csv.js';

describe('csv', () => {
  describe('neutralizeCell', () => {
    for (const value of ['=1+1', '+49 30', '-2', '@SUM(A1)', '\tx', '\rx']) {
      it(`prefixes ${JSON.stringify(value)} with an apostrophe`, () => {
        assert.equal(neutralizeCell(value), `'${value}`);
      });
    }

    it('leaves ordinary text alone', () => {
      assert.equal(neutralizeCell('Zoë a=b'), 'Zoë a=b');
      assert.equal(neutralizeCell(''), '');
    });
  });

  describe('quoteCell', () => {
    it('quotes commas, quotes, line breaks and edge spaces', () => {
      assert.equal(quoteCell('a,b'), '"a,b"');
      assert.equal(quoteCell('say "hi"'), '"say ""hi"""');
      assert.equal(quoteCell('one\ntwo'), '"one\ntwo"');
      assert.equal(quoteCell('a\r\nb'), '"a\r\nb"');
      assert.equal(quoteCell(' padded'), '" padded"');
    });

    it('leaves plain cells unquoted', () => {
      assert.equal(quoteCell('plain text'), 'plain text');
    });
  });

  describe('csvRecord', () => {
    it('neutralises before quoting', () => {
      assert.equal(
        csvRecord(['=HYPERLINK("x")', 'ok']),
        `"'=HYPERLINK(""x"")",ok`,
      );
    });
  });

  describe('buildCsv', () => {
    const columns = [
      { header: 'Name', value: (row: { name: string }) => row.name },
      {
        header: 'Length',
        value: (row: { name: string }) => `${row.name.length}`,
      },
    ];

    it('reads an async source to its end, one CRLF record a row', async () => {
      async function* rows() {
        yield { name: 'Ann' };
        yield { name: '<b>Bo</b>, "Jr"' };
        yield { name: '-Eve' };
      }

      const { text, count } = await buildCsv(rows(), columns);

      assert.equal(count, 3);
      assert.equal(
        text,
        'Name,Length\r\nAnn,3\r\n"<b>Bo</b>, ""Jr""",15\r\n\'-Eve,4\r\n',
      );
    });

    it('stops with the reason when the signal aborts', async () => {
      const controller = new AbortController();
      async function* rows() {
        yield { name: 'Ann' };
        controller.abort(new Error('stop'));
        yield { name: 'Bo' };
      }

      await assert.rejects(
        buildCsv(rows(), columns, { signal: controller.signal }),
        /stop/,
      );
    });
  });

  describe('csvBlob', () => {
    it('starts with the UTF-8 byte order mark', async () => {
      const blob = csvBlob('Name\r\nZoë\r\n');
      const bytes = new Uint8Array(await blob.arrayBuffer());

      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(blob.type, 'text/csv;charset=utf-8');
      assert.equal(CSV_BOM, '\uFEFF');
      assert.equal(new TextDecoder().decode(bytes), 'Name\r\nZoë\r\n');
    });
  });
});
