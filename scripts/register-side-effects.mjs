// An esbuild plugin for the project's own builds (demo and host pages).
//
// Why: package.json's "sideEffects" names the published files
// (dist/elements/register.js), so esbuild takes every source file of this
// package, elements/register.ts included, as free of side effects and
// drops a bare `import '.../elements/register.js'`, leaving the tags
// undefined. This marks the register module as having side effects again.

/** @type {import('esbuild').Plugin} */
export const registerSideEffects = {
  name: 'register-side-effects',
  setup(build) {
    build.onResolve({ filter: /elements\/register\.js$/ }, async (args) => {
      if (args.pluginData?.registerSideEffects) {
        return undefined;
      }
      const result = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { registerSideEffects: true },
      });
      return { ...result, sideEffects: true };
    });
  },
};
