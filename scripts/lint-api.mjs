// Lints every API in redocly.yaml and fails on any problem, warnings
// included: `redocly lint` alone exits 0 when it only warns. The problems
// are printed in Redocly's own format when there are any.
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
const cli = join(
  dirname(require.resolve('@redocly/cli/package.json')),
  'bin/cli.js',
);

// The linter runs offline: no usage reports, no update checks.
const env = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
};

/** Parses the JSON reports that `--format=json` prints, one per API. */
function parseReports(stdout) {
  const joined = stdout.trim().replace(/^\}\s*\{/gm, '},{');
  return JSON.parse(`[${joined}]`);
}

let stdout;
try {
  ({ stdout } = await promisify(execFile)(
    process.execPath,
    [cli, 'lint', '--format=json'],
    { env, maxBuffer: 64 * 1024 * 1024 },
  ));
} catch (error) {
  ({ stdout } = error);
}

const reports = parseReports(stdout);
const errors = reports.reduce((sum, report) => sum + report.totals.errors, 0);
const warnings = reports.reduce(
  (sum, report) => sum + report.totals.warnings,
  0,
);

if (errors + warnings > 0) {
  spawnSync(process.execPath, [cli, 'lint'], { env, stdio: 'inherit' });
  console.error(
    `lint-api: ${errors} errors and ${warnings} warnings; ` +
      'the contract must lint clean',
  );
  process.exit(1);
}
console.log(`lint-api: ${reports.length} API descriptions, no problems`);
