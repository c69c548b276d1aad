/** Durations in epoch milliseconds, and instant formatting. */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * An invitation holds a seat for exactly 7 x 24 hours of UTC time, so a
 * daylight-saving change never stretches or shrinks it.
 */
export const INVITATION_TTL = 7 * DAY;

/** A 2FA reset link works for 48 hours. */
export const TWO_FACTOR_LINK_TTL = 48 * HOUR;

/** A re-authentication link works for 1 hour. */
export const REAUTH_LINK_TTL = HOUR;

/** Formats an epoch-ms instant as the contract's `date-time`. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Formats a nullable instant. */
export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}
