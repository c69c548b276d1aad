/** `npm start`'s entry: prints where it runs and stops cleanly. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('demo/server/main.ts', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints the URL and an owner token, serves, and exits 0 on ${signal}`, async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', main], {
        env: { ...process.env, PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const url = await new Promise<string>((found, fail) => {
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          output += chunk;
          const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
          if (match) {
            found(match[1]!);
          }
        });
        child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
      });
      assert.match(output, /Owner token \(org_team\): tok_team_owner/);
      const state = await fetch(`${url}/v1/sandbox/state`);
      assert.equal(state.status, 200);
      await state.body?.cancel();

      child.kill(signal);
      const [code] = await once(child, 'exit');
      assert.equal(code, 0);
    });
  }
});
