import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every non-test TypeScript file under `dir`. */
async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .filter((entry) => !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('docs/theming.md', () => {
  it('matches the custom elements manifest', () => {
    const result = spawnSync(
      process.execPath,
      ['scripts/theming-docs.mjs', '--check'],
      { cwd: root, encoding: 'utf8' },
    );

    assert.equal(result.status, 0, result.stderr);
  });

  it('lists every --org-* custom property the elements read', async () => {
    const guide = await readFile(join(root, 'docs/theming.md'), 'utf8');
    const used = new Set<string>();
    for (const file of await sources('elements')) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/var\(\s*(--org-[a-z0-9-]+)/g)) {
        used.add(match[1] ?? '');
      }
    }

    const missing = [...used].filter((name) => !guide.includes(`\`${name}\``));
    assert.ok(used.size > 10, `found only ${used.size} properties`);
    assert.deepEqual(missing, []);
  });
});
