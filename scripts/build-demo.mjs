// Builds the demo page's script (demo/app/main.ts and the chunks it loads
// on demand) into demo/dist/, where demo/index.html loads it from, and the
// host pages' scripts (scripts/build-hosts.mjs) into demo/hosts/dist/.
// (The plain HTML host loads the single-file bundle, which the server
// finds in the repository's dist/.)
//
//   node scripts/build-demo.mjs            build demo/dist/ for npm start
//   node scripts/build-demo.mjs --static DIR
//                                          also write a self-contained copy
//                                          of the page to DIR that runs the
//                                          sandbox in the browser (MSW), for
//                                          any static file host
//
// The static copy keeps the page's layout (index.html, app/demo.css,
// dist/*.js) and puts mockServiceWorker.js beside index.html, so the
// service worker's scope covers the page wherever DIR is served from.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { registerSideEffects } from './register-side-effects.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'demo/dist');

/** Bundles the demo for browsers, one ES module chunk per dynamic import. */
async function buildDemo() {
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['demo/app/main.ts'],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [registerSideEffects],
    tsconfig: join(root, 'tsconfig.json'),
  });
}

/** Copies the built page into `dir`, switched to the in-browser sandbox. */
async function writeStatic(dir) {
  const target = resolve(dir);
  await rm(target, { recursive: true, force: true });
  await mkdir(join(target, 'app'), { recursive: true });

  const page = await readFile(join(root, 'demo/index.html'), 'utf8');
  await writeFile(
    join(target, 'index.html'),
    page.replace('<html lang="en">', '<html lang="en" data-sandbox="browser">'),
  );
  for (const asset of ['demo.css', 'favicon.svg']) {
    await cp(join(root, 'demo/app', asset), join(target, 'app', asset));
  }
  await cp(outdir, join(target, 'dist'), { recursive: true });
  await cp(
    join(root, 'demo/public/mockServiceWorker.js'),
    join(target, 'mockServiceWorker.js'),
  );
}

const staticIndex = process.argv.indexOf('--static');
await buildDemo();
await import('./build-hosts.mjs');
if (staticIndex !== -1) {
  const dir = process.argv[staticIndex + 1];
  if (dir === undefined) {
    throw new Error('build-demo: --static needs a directory');
  }
  await writeStatic(dir);
}
