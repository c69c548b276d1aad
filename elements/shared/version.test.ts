import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { VERSION } from './version.js';

describe('VERSION', () => {
  it('equals the version in package.json', async () => {
    const pkg = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };

    assert.equal(VERSION, pkg.version);
  });
});
