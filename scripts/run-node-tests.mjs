// Runs every Node-side test (`*.test.ts` under sdk/, elements/, demo/ and
// scripts/, not the `*.browser.test.ts` files that run in Chromium) with
// Node's test runner through tsx. Node 20's `--test` takes file paths, not
// globs, so the files are found here. Extra arguments are passed on to
// `node --test`, for example `--test-name-pattern`.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

const roots = ['sdk', 'elements', 'demo', 'scripts'];
const skipped = new Set(['node_modules', 'dist', 'generated']);

/** Lists the Node test files under `dir`, depth first, sorted. */
async function findTests(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') {
      return [];
    }
    throw error;
  }

  const files = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !skipped.has(entry.name)) {
      files.push(...(await findTests(path)));
    } else if (isNodeTest(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

function isNodeTest(name) {
  return name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts');
}

const files = (await Promise.all(roots.map((root) => findTests(root)))).flat();

if (files.length === 0) {
  console.error('run-node-tests: no *.test.ts files under ' + roots.join(', '));
  process.exit(1);
}

console.log(`run-node-tests: ${files.length} files`);
for (const file of files) {
  console.log(`  ${relative('.', file)}`);
}

const args = [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  // A test that hangs fails after two minutes instead of holding CI.
  '--test-timeout=120000',
  ...process.argv.slice(2),
  ...files,
];
const child = spawn(process.execPath, args, { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  process.exit(signal ? 1 : (code ?? 1));
});
