import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatDate,
  formatNumber,
  formatRelativeTime,
  plural,
} from './format.js';

describe('format', () => {
  describe('formatNumber', () => {
    it('groups digits for the locale', () => {
      assert.equal(formatNumber(100000, 'en'), '100,000');
      assert.equal(formatNumber(100000, 'ja'), '100,000');
    });

    it('formats for English when no locale was chosen', () => {
      assert.equal(formatNumber(1234), '1,234');
    });
  });

  describe('formatRelativeTime', () => {
    const now = '2026-03-05T09:00:00Z';

    it('says how long ago in the largest whole unit', () => {
      assert.equal(
        formatRelativeTime('2026-03-02T09:00:00Z', now, 'en'),
        '3 days ago',
      );
      assert.equal(
        formatRelativeTime('2026-03-05T08:15:00Z', now, 'en'),
        '45 minutes ago',
      );
    });

    it('says how long until a future instant', () => {
      assert.equal(
        formatRelativeTime('2026-03-05T14:00:00Z', now, 'en'),
        'in 5 hours',
      );
    });

    it('uses words for the nearest day and for now', () => {
      assert.equal(
        formatRelativeTime('2026-03-04T09:00:00Z', now, 'en'),
        'yesterday',
      );
      assert.equal(formatRelativeTime(now, now, 'en'), 'now');
    });

    it('formats in Japanese', () => {
      assert.equal(
        formatRelativeTime('2026-03-02T09:00:00Z', now, 'ja'),
        '3 日前',
      );
    });
  });

  describe('formatDate', () => {
    it('formats a medium date for the locale', () => {
      const date = formatDate('2026-03-05T12:00:00Z', 'en');

      assert.equal(date, 'Mar 5, 2026');
      assert.equal(formatDate('2026-03-05T12:00:00Z', 'ja'), '2026/03/05');
    });
  });

  describe('plural', () => {
    it('picks the English singular for one and the plural otherwise', () => {
      assert.equal(plural(1, 'seat', 'seats', 'en'), 'seat');
      assert.equal(plural(0, 'seat', 'seats', 'en'), 'seats');
      assert.equal(plural(2, 'seat', 'seats', 'en'), 'seats');
    });

    it('picks the other form in Japanese, which has one form', () => {
      assert.equal(plural(1, 'a', 'b', 'ja'), 'b');
    });
  });
});
