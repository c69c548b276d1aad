import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { dateTime, relativeTime } from './format.js';

const NOW = '2026-03-05T09:00:00Z';

describe('relativeTime', () => {
  it('says how far ahead an instant is from the sandbox clock', () => {
    assert.equal(relativeTime('2026-03-05T12:00:00Z', NOW, 'en'), 'in 3 hours');
    assert.equal(relativeTime('2026-03-07T09:00:00Z', NOW, 'en'), 'in 2 days');
  });

  it('says how long ago an instant was', () => {
    assert.equal(
      relativeTime('2026-03-05T08:30:00Z', NOW, 'en'),
      '30 minutes ago',
    );
    assert.equal(relativeTime('2026-03-04T09:00:00Z', NOW, 'en'), 'yesterday');
  });

  it('says "now" under a minute away', () => {
    assert.equal(relativeTime('2026-03-05T09:00:20Z', NOW, 'en'), 'now');
  });

  it('speaks Japanese', () => {
    assert.equal(relativeTime('2026-03-05T12:00:00Z', NOW, 'ja'), '3 時間後');
  });
});

describe('dateTime', () => {
  it('shows a dash before the clock is known', () => {
    assert.equal(dateTime(undefined, 'en'), '-');
  });

  it('formats an instant for the locale', () => {
    assert.match(dateTime(NOW, 'en'), /2026/);
    assert.match(dateTime(NOW, 'ja'), /^2026\/03\/0[45]/);
  });
});
