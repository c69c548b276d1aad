// The size budget: the three elements, the SDK and Lit as one minified
// bundle (the same build as dist/org-user-kit.bundle.js, made in memory)
// must stay under 30 KiB once compressed with brotli. Prints the raw, gzip
// and brotli sizes, then where the bytes come from, and fails over budget.
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundle as bundleConfig } from '../rollup.config.mjs';

const budget = 30 * 1024;

const build = await rollup({
  input: bundleConfig.input,
  plugins: bundleConfig.plugins,
  onwarn: bundleConfig.onwarn,
});
const { output } = await build.generate({
  ...bundleConfig.output,
  file: undefined,
  sourcemap: false,
});
await build.close();

const [chunk] = output;
const code = Buffer.from(chunk.code);
const sizes = {
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
    },
  }).length,
};

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const row = (label, bytes) =>
  `  ${label.padEnd(8)}${String(bytes).padStart(8)} B  ${kib(bytes).padStart(10)}`;

console.log('size: org-user-kit.bundle.js (elements + SDK + Lit, minified)');
for (const [label, bytes] of Object.entries(sizes)) {
  console.log(row(label, bytes));
}

/** Groups a module id by the package or source folder it comes from. */
function origin(id) {
  const dependency = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dependency) {
    return dependency[1];
  }
  const source = id.match(/(sdk|elements\/[^/]+|elements)\//);
  return source ? source[1] : 'other';
}

const byOrigin = new Map();
for (const [id, module] of Object.entries(chunk.modules)) {
  const key = origin(id);
  byOrigin.set(key, (byOrigin.get(key) ?? 0) + module.renderedLength);
}
console.log('  by origin, before minification:');
for (const [key, bytes] of [...byOrigin].sort((a, b) => b[1] - a[1])) {
  console.log(`    ${key.padEnd(32)}${kib(bytes).padStart(10)}`);
}

const verdict = sizes.brotli <= budget ? 'within' : 'over';
console.log(
  `size: brotli ${sizes.brotli} B is ${verdict} the budget of ${budget} B`,
);
if (sizes.brotli > budget) {
  process.exit(1);
}
