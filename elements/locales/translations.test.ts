import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js');

/** The trans-unit ids of an XLIFF file, and those with a target. */
function units(xliff: string): { all: string[]; translated: string[] } {
  const all: string[] = [];
  const translated: string[] = [];
  for (const match of xliff.matchAll(
    /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g,
  )) {
    all.push(match[1]!);
    if (/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(match[2]!)) {
      translated.push(match[1]!);
    }
  }
  return { all: all.sort(), translated: translated.sort() };
}

describe('Japanese translations', () => {
  it('cover every message of the elements as written now', async () => {
    const config = JSON.parse(
      await readFile(join(root, 'lit-localize.json'), 'utf8'),
    ) as { inputFiles: string[] };
    const scratch = await mkdtemp(join(tmpdir(), 'org-user-kit-xliff-'));

    try {
      // Extract into a scratch folder, so the committed file is not touched.
      const scratchConfig = {
        ...config,
        $schema: undefined,
        inputFiles: config.inputFiles.map((glob) =>
          glob.startsWith('!')
            ? `!${join(root, glob.slice(1))}`
            : join(root, glob),
        ),
        output: { mode: 'runtime', outputDir: scratch, language: 'ts' },
        interchange: { format: 'xliff', xliffDir: scratch },
      };
      const path = join(scratch, 'lit-localize.json');
      await writeFile(path, JSON.stringify(scratchConfig));
      await promisify(execFile)(process.execPath, [
        cli,
        `--config=${path}`,
        'extract',
      ]);

      const extracted = units(await readFile(join(scratch, 'ja.xlf'), 'utf8'));
      const committed = units(
        await readFile(join(root, 'elements/xliff/ja.xlf'), 'utf8'),
      );

      assert.deepEqual(committed.all, extracted.all);
      assert.deepEqual(committed.translated, extracted.all);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('are built into elements/locales/ja.ts', async () => {
    const committed = units(
      await readFile(join(root, 'elements/xliff/ja.xlf'), 'utf8'),
    );
    const { templates } = (await import('./ja.js')) as {
      templates: Record<string, unknown>;
    };

    assert.deepEqual(Object.keys(templates).sort(), committed.translated);
  });
});
