// The custom elements manifest (custom-elements.json), generated from the
// elements' class doc comments by `npm run manifest`.
//
// package.json names the file already, so the analyzer must not rewrite
// package.json (which it does by default, even when writing elsewhere).

/**
 * The tags are defined through `defineElement(name, Class)` in
 * elements/register.ts, a guard around `customElements.define` that the
 * analyzer does not recognise; this plugin reads those calls so that each
 * class gets its tag name and the register module its definitions.
 * Literal tag names only, which is all register.ts uses.
 */
function registeredTags() {
  const tags = new Map();
  let registerModule;

  return {
    name: 'org-user-kit-registered-tags',
    analyzePhase({ ts, node, moduleDoc }) {
      const isDefineCall =
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement';
      if (!isDefineCall) {
        return;
      }

      const [name, element] = node.arguments;
      if (!ts.isStringLiteral(name) || !ts.isIdentifier(element)) {
        return;
      }
      tags.set(element.text, name.text);
      registerModule = moduleDoc;
    },
    packageLinkPhase({ customElementsManifest }) {
      const found = new Map();
      for (const module of customElementsManifest.modules) {
        // A `customElements.define(NAME_CONSTANT, ...)` elsewhere comes out
        // as a definition named after the constant, which is no tag name.
        module.exports = module.exports?.filter(
          (entry) =>
            entry.kind !== 'custom-element-definition' ||
            entry.name.includes('-'),
        );
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind === 'class' && tag !== undefined) {
            declaration.customElement = true;
            declaration.tagName = tag;
            found.set(declaration.name, module.path);
          }
        }
      }

      const definitions = [...tags].map(([className, tag]) => ({
        kind: 'custom-element-definition',
        name: tag,
        declaration: { name: className, module: found.get(className) },
      }));
      registerModule.exports = [
        ...(registerModule.exports ?? []).filter(
          (entry) => entry.kind !== 'custom-element-definition',
        ),
        ...definitions,
      ];
    },
  };
}

export default {
  globs: ['elements/**/*.ts'],
  exclude: [
    'elements/**/*.test.ts',
    'elements/**/*.browser.ts',
    'elements/locales/**',
  ],
  litelement: true,
  outdir: '.',
  packagejson: false,
  plugins: [registeredTags()],
};
