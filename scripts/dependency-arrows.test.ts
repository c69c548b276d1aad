// The house's arrows point one way: elements use the SDK, the SDK uses the
// types generated from the contract, the sandbox implements the contract.
// This test reads every import of the shipped sources and fails when one
// points the wrong way, so that a package entry never drags in code it
// should not know about.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Source files of `dir`, tests and test harnesses left out. */
async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(join(repo, dir), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await sources(path)));
    } else if (isShipped(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

function isShipped(name: string): boolean {
  return (
    name.endsWith('.ts') &&
    !name.endsWith('.test.ts') &&
    !name.endsWith('.test-d.ts') &&
    !name.includes('harness') &&
    !name.includes('test-')
  );
}

const importPattern = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g;
const dynamicPattern = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The repository folders that `file` imports from, as root-relative paths. */
async function importedPaths(file: string): Promise<string[]> {
  const text = await readFile(join(repo, file), 'utf8');
  const specifiers = [
    ...text.matchAll(importPattern),
    ...text.matchAll(dynamicPattern),
  ].map((match) => match[1] ?? '');
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) =>
      relative(repo, resolve(join(repo, dirname(file)), specifier)),
    );
}

async function violations(dir: string, forbidden: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of await sources(dir)) {
    for (const target of await importedPaths(file)) {
      if (forbidden.some((prefix) => target.startsWith(prefix))) {
        found.push(`${file} imports ${target}`);
      }
    }
  }
  return found;
}

describe('dependency arrows', () => {
  it('keeps sdk/ free of elements, the demo and the sandbox', async () => {
    assert.deepEqual(await violations('sdk', ['elements/', 'demo/']), []);
  });

  it('keeps elements/ free of the demo and the sandbox', async () => {
    assert.deepEqual(await violations('elements', ['demo/']), []);
  });

  it('keeps the sandbox free of elements', async () => {
    assert.deepEqual(await violations('demo/sandbox', ['elements/']), []);
  });

  it('finds imports at all, so that the checks above can fail', async () => {
    const imports = await importedPaths('elements/index.ts');
    assert.ok(imports.some((path) => path.startsWith('elements/')));
  });
});
