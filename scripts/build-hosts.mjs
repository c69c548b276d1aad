// Builds the React and Vue host pages' scripts into demo/hosts/dist/:
//
//   demo/hosts/react/main.tsx  ->  demo/hosts/dist/react.js
//   demo/hosts/vue/main.ts     ->  demo/hosts/dist/vue.js
//
// Each bundle holds its framework, the SDK and the elements (registered),
// so its page needs one <script type="module">. React's JSX uses the
// automatic runtime; the Vue page is written with render functions, so the
// runtime-only build of Vue is enough (no template compiler).
//
//   node scripts/build-hosts.mjs
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { registerSideEffects } from './register-side-effects.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'demo/hosts/dist');

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    react: 'demo/hosts/react/main.tsx',
    vue: 'demo/hosts/vue/main.ts',
  },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [registerSideEffects],
  jsx: 'automatic',
  tsconfig: join(root, 'tsconfig.json'),
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});
