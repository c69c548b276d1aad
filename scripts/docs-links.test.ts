/**
 * Every relative link in the guides and the README points to a file that
 * exists and, with a `#fragment`, to a heading of that file (slugged as
 * GitHub does: lower case, punctuation dropped, spaces to hyphens).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

async function markdownFiles(): Promise<string[]> {
  const entries = await readdir(join(root, 'docs'), {
    recursive: true,
    withFileTypes: true,
  });
  const docs = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(root, file).startsWith('docs/api'));
  return [join(root, 'README.md'), ...docs];
}

function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function headings(text: string): Set<string> {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '');
  return new Set(
    [...withoutCode.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) =>
      slug(match[1] ?? ''),
    ),
  );
}

function links(text: string): string[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target));
}

describe('links in the docs', () => {
  it('point to files and headings that exist', async () => {
    const broken: string[] = [];

    for (const file of await markdownFiles()) {
      const text = await readFile(file, 'utf8');
      for (const link of links(text)) {
        const [path = '', fragment] = link.split('#');
        const target = path === '' ? file : join(dirname(file), path);
        const from = relative(root, file);
        if (!existsSync(target)) {
          broken.push(`${from}: ${link} (no such file)`);
          continue;
        }
        if (fragment !== undefined && target.endsWith('.md')) {
          const targetText = await readFile(target, 'utf8');
          if (!headings(targetText).has(fragment)) {
            broken.push(`${from}: ${link} (no such heading)`);
          }
        }
      }
    }

    assert.deepEqual(broken, []);
  });
});
