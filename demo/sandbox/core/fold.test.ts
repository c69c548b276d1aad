import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emailKey, fold } from './fold.js';

describe('fold', () => {
  it('ignores case, normalization form and diacritics', () => {
    assert.equal(fold('Zo\u00eb'), 'zoe');
    assert.equal(fold('Zoe\u0308'), 'zoe');
    assert.equal(fold('LEFÈVRE'), 'lefevre');
    assert.equal(fold('Şimşek Çelik'), 'simsek celik');
  });

  it('folds letters no normalization decomposes, and full-width forms', () => {
    assert.equal(fold('Łódź'), 'lodz');
    assert.equal(fold('Yılmaz'), 'yilmaz');
    assert.equal(fold('Søren Straße'), 'soren strasse');
    assert.equal(fold('ＡＢＣ'), 'abc');
  });

  it('keeps scripts without case or marks as they are', () => {
    assert.equal(fold('渡辺 さくら'), '渡辺 さくら');
    assert.equal(fold('🦄✨'), '🦄✨');
  });
});

describe('emailKey', () => {
  it('trims and lower-cases, keeping plus tags', () => {
    assert.equal(emailKey('  Alex+Ops@Acme.Example '), 'alex+ops@acme.example');
  });
});
