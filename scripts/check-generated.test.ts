import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const script = join(repo, 'scripts/check-generated.mjs');

const inputs = [
  'redocly.yaml',
  'openapi',
  'sdk/generated',
  'demo/sandbox/generated',
  'demo/public/mockServiceWorker.js',
];

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the check in `cwd` and resolves with its exit code and output. */
function check(cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script], { cwd }, (error, stdout, stderr) => {
      const code = error ? Number(error.code ?? 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('check-generated', () => {
  let copy: string;

  before(async () => {
    copy = await mkdtemp(join(tmpdir(), 'org-user-kit-check-'));
    for (const input of inputs) {
      await cp(join(repo, input), join(copy, input), { recursive: true });
    }
  });

  after(() => rm(copy, { recursive: true, force: true }));

  it('passes when the committed files match the contract', async () => {
    const outcome = await check(copy);

    assert.equal(outcome.code, 0, outcome.stderr);
    assert.match(outcome.stdout, /generated files current/);
  });

  it('fails naming the stale file and the command that fixes it', async () => {
    await appendFile(join(copy, 'sdk/generated/api.ts'), '// edited\n');

    const outcome = await check(copy);

    assert.equal(outcome.code, 1);
    assert.match(outcome.stderr, /sdk\/generated\/api\.ts does not match/);
    assert.match(outcome.stderr, /npm run generate/);
    assert.doesNotMatch(outcome.stderr, /sandbox-api\.ts/);
  });
});
