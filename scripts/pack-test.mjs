// Packs the package as `npm publish` would, checks what the tarball holds,
// installs it into a scratch project and uses every entry from there:
//
// 1. the tarball holds dist/, the manifest, README, LICENSE and nothing
//    else, and every file that "exports" names;
// 2. in Node, each entry imports without throwing, as under server
//    rendering: `window` and `document` stay undefined and no tag is
//    registered, and each exports what it promises; an SDK client talks to
//    the testing sandbox;
// 3. a TypeScript file importing each entry type-checks under
//    `moduleResolution` node16 and bundler.
//
// The single-file bundle is for browsers only; demo/hosts/plain.html and
// its browser test use it.
//
// Run `npm run build` first. Set KEEP_PACK_TEST=1 to keep the scratch
// folder for a look.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const pkg = JSON.parse(await readFile('package.json', 'utf8'));

/** What a user needs, and so all the tarball may hold. */
const allowed = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^dist\/.+\.(js|d\.ts)$/,
];

/** What each entry must export, checked at run time in Node. */
const expectedExports = {
  'org-user-kit/sdk': ['createOrgUserClient', 'ApiError', 'isApiError'],
  'org-user-kit/elements': [
    'OrgUserTable',
    'SeatCounter',
    'UserActionDialog',
    'setLocale',
  ],
  'org-user-kit/elements/register': [],
  'org-user-kit/testing': ['createSandbox', 'sandboxHandlers'],
};

const tags = ['org-user-table', 'seat-counter', 'user-action-dialog'];

function fail(message) {
  console.error(`pack-test: ${message}`);
  process.exit(1);
}

function step(message) {
  console.log(`pack-test: ${message}`);
}

/** Runs a command, printing its output only when it fails. */
async function sh(command, args, options) {
  try {
    return await run(command, args, {
      maxBuffer: 64 * 1024 * 1024,
      ...options,
    });
  } catch (error) {
    console.error(error.stdout ?? '');
    console.error(error.stderr ?? '');
    fail(`\`${command} ${args.join(' ')}\` failed`);
  }
}

/** Every file path that the "exports" map points at. */
function exportTargets(exports) {
  if (typeof exports === 'string') {
    return [exports.replace(/^\.\//, '')];
  }
  return Object.values(exports).flatMap((value) => exportTargets(value));
}

if (!existsSync('dist') || !existsSync('custom-elements.json')) {
  fail('dist/ or custom-elements.json is missing: run `npm run build` first');
}

const scratch = await mkdtemp(join(tmpdir(), 'org-user-kit-pack-'));
const project = join(scratch, 'project');
await mkdir(project);

// 1. The tarball.
const { stdout: packed } = await sh('npm', [
  'pack',
  '--ignore-scripts',
  '--json',
  '--pack-destination',
  scratch,
]);
const [{ filename, files }] = JSON.parse(packed);
const paths = files.map((file) => file.path).sort();
step(`${filename}: ${paths.length} files`);

const unexpected = paths.filter((path) => !allowed.some((re) => re.test(path)));
if (unexpected.length > 0) {
  const list = unexpected.join('\n  ');
  fail(`the tarball holds files a user does not need:\n  ${list}`);
}
const missing = exportTargets(pkg.exports).filter(
  (path) => !paths.includes(path),
);
if (missing.length > 0) {
  fail(`"exports" names files the tarball lacks:\n  ${missing.join('\n  ')}`);
}

const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const declared = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .map((declaration) => declaration.tagName)
  .filter(Boolean);
const undeclared = tags.filter((tag) => !declared.includes(tag));
if (undeclared.length > 0) {
  fail(`custom-elements.json does not describe ${undeclared.join(', ')}`);
}

// 2. Install into a scratch project, with msw for the testing entry.
await writeFile(
  join(project, 'package.json'),
  JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
);
const msw = `msw@${require('msw/package.json').version}`;
await sh(
  'npm',
  [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--ignore-scripts',
    join(scratch, filename),
    msw,
  ],
  { cwd: project },
);
step(`installed the tarball and ${msw} into a scratch project`);

const importCheck = `
import assert from 'node:assert/strict';

const expected = ${JSON.stringify(expectedExports)};
const tags = ${JSON.stringify(tags)};
for (const name of ['window', 'document', 'customElements']) {
  assert.equal(typeof globalThis[name], 'undefined', name + ' is defined');
}

const modules = {};
for (const [entry, names] of Object.entries(expected)) {
  modules[entry] = await import(entry);
  for (const name of names) {
    assert.equal(
      typeof modules[entry][name],
      'function',
      entry + ' does not export ' + name,
    );
  }
}

// Lit's Node build installs a stand-in customElements registry for its
// server rendering; the kit must leave it without its tags.
for (const name of ['window', 'document']) {
  assert.equal(typeof globalThis[name], 'undefined', name + ' was defined');
}
for (const tag of tags) {
  assert.equal(globalThis.customElements?.get(tag), undefined, tag);
}

const { createOrgUserClient } = modules['org-user-kit/sdk'];
const { createSandbox, sandboxHandlers } = modules['org-user-kit/testing'];
const sandbox = createSandbox();
const client = createOrgUserClient({
  baseUrl: 'https://sandbox.test/v1',
  token: 'tok_team_owner',
  fetch: (input, init) => sandbox.handle(new Request(input, init)),
});

const organization = await client.getOrganization('org_team');
assert.equal(organization.id, 'org_team');
const page = await client.listUsers('org_team', { limit: 5 });
assert.equal(page.items.length, 5);
assert.ok(sandboxHandlers(sandbox).length > 0, 'no MSW handlers');
console.log('imported ' + Object.keys(expected).length + ' entries; ' +
  'listed ' + page.items.length + ' users of ' + organization.id);
`;
await writeFile(join(project, 'import-check.mjs'), importCheck);
const { stdout: imported } = await sh(process.execPath, ['import-check.mjs'], {
  cwd: project,
});
step(imported.trim());

// 3. Types, under both module resolution modes that users choose.
const typeCheck = `
import {
  ApiError,
  createOrgUserClient,
  isApiError,
  type OrgUser,
  type SeatSummary,
} from 'org-user-kit/sdk';
import {
  OrgUserTable,
  SeatCounter,
  UserActionDialog,
  setLocale,
} from 'org-user-kit/elements';
import 'org-user-kit/elements/register';
import { createSandbox, sandboxHandlers } from 'org-user-kit/testing';

const sandbox = createSandbox({ seed: 7 });
const client = createOrgUserClient({
  baseUrl: 'https://sandbox.test/v1',
  getToken: async () => 'tok_team_owner',
  fetch: (input, init) => sandbox.handle(new Request(input, init)),
});

export async function seats(): Promise<SeatSummary> {
  return client.getSeatSummary('org_team');
}

export async function firstUser(): Promise<OrgUser | undefined> {
  const page = await client.listUsers('org_team', { limit: 1 });
  return page.items[0];
}

export function isStale(error: unknown): boolean {
  return isApiError(error) && error instanceof ApiError && error.status > 0;
}

export function configure(table: OrgUserTable, counter: SeatCounter): void {
  table.client = client;
  counter.orgId = 'org_team';
}

export const dialog: typeof UserActionDialog = UserActionDialog;
export const locale: typeof setLocale = setLocale;
export const handlers = sandboxHandlers(sandbox);

// @ts-expect-error getUser needs the user's id.
void client.getUser('org_team');
`;
await writeFile(join(project, 'type-check.ts'), typeCheck);

const tsc = require.resolve('typescript/bin/tsc');
const modes = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
};
for (const [mode, options] of Object.entries(modes)) {
  const config = {
    compilerOptions: {
      ...options,
      target: 'es2022',
      lib: ['es2023', 'dom', 'dom.iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['type-check.ts'],
  };
  const file = `tsconfig.${mode}.json`;
  await writeFile(join(project, file), JSON.stringify(config, null, 2));
  await sh(process.execPath, [tsc, '-p', file], { cwd: project });
  step(`type-checked every entry with moduleResolution ${mode}`);
}

if (process.env.KEEP_PACK_TEST) {
  step(`kept ${scratch}`);
} else {
  await rm(scratch, { recursive: true, force: true });
}
step('ok');
