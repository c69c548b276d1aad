// Builds the package into dist/.
//
//   rollup -c                 the entries' ESM builds and the bundle
//   rollup -c --configBundle  only dist/org-user-kit.bundle.js
//
// Type declarations come from `tsc -p tsconfig.build.json`, not from here.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(
  readFileSync(new URL('package.json', import.meta.url), 'utf8'),
);

/** The package entries, keyed by their path under dist/ (without `.js`). */
const entries = {
  'sdk/index': 'sdk/index.ts',
  'elements/index': 'elements/index.ts',
  'elements/register': 'elements/register.ts',
  'testing/index': 'demo/sandbox/index.ts',
};

const bundleEntryId = '\0org-user-kit-bundle';
const fromRoot = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The single-file bundle's entry: the elements and the SDK, with the tags
 * registered. It exists only here, so that the bundle exports exactly what
 * the two package entries export.
 */
const bundleEntry = {
  name: 'org-user-kit-bundle-entry',
  resolveId(id) {
    return id === bundleEntryId ? id : null;
  },
  load(id) {
    if (id !== bundleEntryId) {
      return null;
    }
    return [
      `export * from ${JSON.stringify(fromRoot('sdk/index.ts'))};`,
      `export * from ${JSON.stringify(fromRoot('elements/index.ts'))};`,
      `import ${JSON.stringify(fromRoot('elements/register.ts'))};`,
    ].join('\n');
  },
  // The declarations tsc writes for the two entries describe the bundle.
  async writeBundle() {
    await mkdir('dist/types', { recursive: true });
    await writeFile(
      'dist/types/bundle.d.ts',
      "export * from './sdk/index.js';\n" +
        "export * from './elements/index.js';\n",
    );
  },
};

/** Dependencies and peers stay imports in the package's ESM builds. */
const externalPackages = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];
const isExternal = (id) =>
  externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

/** Any warning fails the build, so that nothing slips into a release. */
function failOnWarning(warning) {
  throw new Error(`rollup: ${warning.message}`);
}

const typescript = () =>
  esbuild({ target: 'es2022', tsconfig: fromRoot('tsconfig.json') });

/**
 * Minifies the HTML and CSS inside the elements' `html` and `css` tagged
 * templates (the strings of `msg()` and `str` are left as written). It
 * runs after esbuild, on JavaScript, and only on the elements' sources:
 * the dependencies ship minified already.
 */
const templates = () =>
  minifyHtmlLiterals({
    include: [`${fromRoot('elements')}/**`],
    failOnError: true,
  });

/**
 * Dev-only warnings are dropped from the bundle: the flag that guards them
 * becomes a constant `false`, which the minifier folds away with the code
 * it guards. elements/shared/dev.ts reads `process.env.NODE_ENV` inside a
 * `try` (so that unbundled code runs without `process`), which no minifier
 * folds, so its `DEV_MODE` declaration itself is replaced.
 */
const production = [
  replace({
    preventAssignment: true,
    values: { 'process.env.NODE_ENV': JSON.stringify('production') },
  }),
  {
    name: 'org-user-kit-production-flag',
    transform(code, id) {
      if (!id.endsWith('/elements/shared/dev.ts')) {
        return null;
      }
      const declaration = /export const DEV_MODE\b[^=]*=[^;]+;/;
      if (!declaration.test(code)) {
        this.error('elements/shared/dev.ts no longer declares DEV_MODE');
      }
      return code.replace(declaration, 'export const DEV_MODE = false;');
    },
  },
];

/** ESM builds of the entries, with shared code in dist/chunks/. */
const library = {
  input: entries,
  external: isExternal,
  plugins: [typescript(), templates()],
  onwarn: failOnWarning,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
};

/**
 * Everything in one minified file for a `<script type="module">`: the
 * elements, the SDK and Lit, with the tags registered.
 */
export const bundle = {
  input: bundleEntryId,
  plugins: [
    bundleEntry,
    ...production,
    // The package's "sideEffects" describes dist/, not the sources this
    // bundle is built from (it would drop the register module).
    nodeResolve({ browser: true, ignoreSideEffectsForRoot: true }),
    typescript(),
    templates(),
    terser({
      ecma: 2022,
      module: true,
      // Safe here: no getter of ours or of Lit's runs side effects when
      // merely read, and no function expression is called with `new`.
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    }),
  ],
  onwarn: failOnWarning,
  output: {
    file: 'dist/org-user-kit.bundle.js',
    format: 'es',
    inlineDynamicImports: true,
  },
};

export default (args) => (args.configBundle ? [bundle] : [library, bundle]);
