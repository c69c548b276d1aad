// The API reference (`npm run docs`): the package's entries into docs/api/,
// with any warning failing the run.
import { OptionDefaults } from 'typedoc';

/**
 * Tags TypeDoc does not know: the custom elements manifest's (read by the
 * manifest analyzer from the same comments) and openapi-typescript's
 * `@description` in the generated types.
 */
const documentedElsewhere = [
  '@attr',
  '@csspart',
  '@cssprop',
  '@cssstate',
  '@description',
  '@event',
  '@fires',
  '@slot',
  '@summary',
  '@tagname',
];

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: [
    'sdk/index.ts',
    'elements/index.ts',
    'elements/register.ts',
    'demo/sandbox/index.ts',
  ],
  tsconfig: 'tsconfig.build.json',
  out: 'docs/api',
  name: 'org-user-kit',
  readme: 'none',
  excludePrivate: true,
  excludeInternal: true,
  // Members inherited from Lit are documented by Lit, and so are the
  // elements' `styles` overrides, which carry Lit's comment.
  excludeExternals: true,
  excludeCategories: ['styles'],
  // Source links would point at a repository host this project names
  // nowhere; the reference stands on its own.
  disableSources: true,
  blockTags: [
    ...new Set([...OptionDefaults.blockTags, ...documentedElsewhere]),
  ],
  treatWarningsAsErrors: true,
};
