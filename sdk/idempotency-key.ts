/**
 * A fresh random UUID (version 4) for an `Idempotency-Key`.
 *
 * `crypto.randomUUID` exists only in secure contexts (HTTPS or localhost)
 * in browsers, so a page served over plain HTTP elsewhere falls back to
 * `crypto.getRandomValues`, which every context has.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0'));
  // 32 hex digits, grouped 8-4-4-4-12.
  return hex.join('').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
