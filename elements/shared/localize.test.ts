import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getLocale, matchLocale } from './localize.js';

describe('localize', () => {
  it('matches a BCP 47 tag to a shipped locale', () => {
    assert.equal(matchLocale('ja-JP'), 'ja');
    assert.equal(matchLocale('JA'), 'ja');
    assert.equal(matchLocale('en-GB'), 'en');
  });

  it('falls back to English for a language not shipped', () => {
    assert.equal(matchLocale('fr-FR'), 'en');
    assert.equal(matchLocale(''), 'en');
  });

  it('is English until a locale is set', () => {
    assert.equal(getLocale(), 'en');
  });
});
