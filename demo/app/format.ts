import type { DemoLocale } from './store.js';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 hours", "2 days ago": `at` seen from the sandbox's `now`. */
export function relativeTime(
  at: string,
  now: string | undefined,
  locale: DemoLocale,
): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const delta = Date.parse(at) - Date.parse(now ?? new Date().toISOString());

  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size) {
      return format.format(Math.trunc(delta / size), unit);
    }
  }
  return format.format(0, 'second');
}

/** A full local date and time, for the sandbox clock. */
export function dateTime(at: string | undefined, locale: DemoLocale): string {
  if (at === undefined) {
    return '-';
  }
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
}
