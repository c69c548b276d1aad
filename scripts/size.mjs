// The size budget: the three elements, the SDK and Lit, minified as one
// bundle (the build of dist/org-user-kit.bundle.js, made in memory), must
// stay within 30 KiB once compressed with brotli.
//
// The budget covers what a page loads to show the elements. Translations
// are loaded on demand when a host switches locale, so they are built here
// as separate chunks and reported on their own lines, outside the budget;
// the single-file bundle in dist/ inlines them.
//
// Prints the sizes, where the bytes come from, and fails over budget or
// when a development warning survived minification.
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundle as bundleConfig } from '../rollup.config.mjs';

const budget = 30 * 1024;

/**
 * What the package prints starts with its name (see elements/shared/dev.ts),
 * and nothing should be printed by a production build.
 */
const printed = /console\.\w+\(\s*[`'"]org-user-kit: /;

const build = await rollup({
  input: bundleConfig.input,
  plugins: bundleConfig.plugins,
  onwarn: bundleConfig.onwarn,
  // Shared code stays in the entry chunk, as it does in the real bundle.
  preserveEntrySignatures: 'allow-extension',
});
const { output } = await build.generate({
  format: 'es',
  entryFileNames: 'org-user-kit.bundle.js',
  chunkFileNames: '[name].js',
});
await build.close();

function sizes(text) {
  const code = Buffer.from(text);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
      },
    }).length,
  };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function report(label, { raw, gzip, brotli }) {
  console.log(
    `  ${label.padEnd(34)}` +
      `raw ${String(raw).padStart(7)} B  ` +
      `gzip ${String(gzip).padStart(6)} B  ` +
      `brotli ${String(brotli).padStart(6)} B (${kib(brotli)})`,
  );
}

const chunks = output.filter((file) => file.type === 'chunk');
const [entry] = chunks.filter((chunk) => chunk.isEntry);
const lazy = chunks.filter((chunk) => !chunk.isEntry);
const loaded = sizes(entry.code);

console.log('size: elements + SDK + Lit, minified (scripts/size.mjs)');
report(entry.fileName, loaded);
for (const chunk of lazy) {
  report(`${chunk.fileName} (on demand)`, sizes(chunk.code));
}

/** Groups a module id by the package or source folder it comes from. */
function origin(id) {
  const dependency = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dependency) {
    return dependency[1];
  }
  const source = id.match(/(sdk|elements\/[^/]+)\//);
  return source ? source[1] : 'other';
}

const byOrigin = new Map();
for (const [id, module] of Object.entries(entry.modules)) {
  const key = origin(id);
  byOrigin.set(key, (byOrigin.get(key) ?? 0) + module.renderedLength);
}
console.log(`  ${entry.fileName} by origin, before minification:`);
for (const [key, bytes] of [...byOrigin].sort((a, b) => b[1] - a[1])) {
  console.log(`    ${key.padEnd(32)}${kib(bytes).padStart(10)}`);
}

const failures = [];
for (const tag of ['org-user-table', 'seat-counter', 'user-action-dialog']) {
  if (!entry.code.includes(`"${tag}"`)) {
    failures.push(`the bundle does not register <${tag}>`);
  }
}
if (loaded.brotli > budget) {
  failures.push(`brotli ${loaded.brotli} B is over the budget of ${budget} B`);
}
for (const chunk of chunks) {
  const at = chunk.code.search(printed);
  if (at !== -1) {
    const context = chunk.code.slice(Math.max(0, at - 60), at + 80);
    failures.push(`a development warning is left in ${chunk.fileName}:`);
    failures.push(`  ...${context}...`);
  }
}

if (failures.length > 0) {
  for (const failure of failures) {
    console.error(`size: ${failure}`);
  }
  process.exit(1);
}
console.log(
  `size: brotli ${loaded.brotli} B is within the budget of ${budget} B`,
);
