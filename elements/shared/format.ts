import { getLocale } from './localize.js';

/*
 * Formatting through Intl for the active locale of the elements. Each
 * function takes an optional locale for tests and for hosts that format
 * outside the elements; formatters are cached per locale and options.
 */

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A whole number with the locale's grouping: `100,000`. */
export function formatNumber(value: number, locale = getLocale()): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(
    value,
  );
}

/** A date, medium style: `Mar 5, 2026` or `2026/03/05`. */
export function formatDate(
  instant: string | Date,
  locale = getLocale(),
): string {
  return cached(
    `d:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
  ).format(new Date(instant));
}

/** A date and time, medium date and short time, in the local time zone. */
export function formatDateTime(
  instant: string | Date,
  locale = getLocale(),
): string {
  return cached(
    `dt:${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
      }),
  ).format(new Date(instant));
}

const units: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600e3],
  ['month', 30 * 24 * 3600e3],
  ['week', 7 * 24 * 3600e3],
  ['day', 24 * 3600e3],
  ['hour', 3600e3],
  ['minute', 60e3],
  ['second', 1e3],
];

/**
 * How far an instant is from `now`, in the largest whole unit that fits:
 * `3 days ago`, `in 5 hours`, `yesterday`, `now`.
 *
 * @param instant - The instant to describe.
 * @param now - The present; pass the server's `asOf` or the sandbox's
 *   clock when the page's clock is not the one that matters.
 */
export function formatRelativeTime(
  instant: string | Date,
  now: string | Date = new Date(),
  locale = getLocale(),
): string {
  const delta = new Date(instant).getTime() - new Date(now).getTime();
  const format = cached(
    `r:${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );

  for (const [unit, size] of units) {
    if (Math.abs(delta) >= size || unit === 'second') {
      return format.format(Math.trunc(delta / size), unit);
    }
  }
  return format.format(0, 'second');
}

/**
 * Picks the singular or plural English form; other locales of the kit
 * have one form, which both arguments then hold.
 */
export function plural(
  count: number,
  one: string,
  other: string,
  locale = getLocale(),
): string {
  const rules = cached(`p:${locale}`, () => new Intl.PluralRules(locale));
  return rules.select(count) === 'one' ? one : other;
}
