// Runs every benchmarks/*.bench.ts one after the other, each in its own
// Node process through tsx, so that one benchmark's warm caches and heap
// do not colour the next. Benchmarks print their own results; they are
// measurements, not tests, and are not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const dir = 'benchmarks';
const files = (await readdir(dir))
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()
  .map((name) => join(dir, name));

if (files.length === 0) {
  console.error(`run-benchmarks: no *.bench.ts files in ${dir}/`);
  process.exit(1);
}

for (const file of files) {
  console.log(`run-benchmarks: ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}
