import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as entry from '@lit/localize';
import { localized, msg, str } from './msg.js';

describe('msg', () => {
  it('re-exports the functions of the @lit/localize entry point', () => {
    assert.equal(msg, entry.msg);
    assert.equal(str, entry.str);
    assert.equal(localized, entry.localized);
  });
});
