/**
 * Reads a `Retry-After` header: delta-seconds (`"120"`) or an HTTP date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`). Answers milliseconds from `now`,
 * never negative, or undefined when the header is absent or unreadable,
 * in which case the caller backs off on its own.
 */
export function parseRetryAfter(
  value: string | null,
  now: number,
): number | undefined {
  const text = value?.trim();
  if (!text) {
    return undefined;
  }
  if (/^\d+$/.test(text)) {
    return Number(text) * 1000;
  }

  // Only something with a month or day name can be an HTTP date; this
  // keeps Date.parse from reading "1.5" or "-3" as a calendar date.
  if (!/[a-z]/i.test(text)) {
    return undefined;
  }
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait before retry number `retry` (1 for the first retry) when the
 * server did not say: exponential from `baseMs`, capped at `maxMs`, with
 * "equal jitter" (half fixed, half random) so that clients that failed
 * together do not retry together, yet never retry at once.
 */
export function backoffDelay(
  retry: number,
  baseMs: number,
  maxMs: number,
  random: () => number,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
