/**
 * The `If-Match` value for a user's version: a bare version (`"v7"` is
 * sent for `v7`) or an ETag already quoted (`"v7"` or `W/"v7"`) as is.
 */
export function toEtag(version: string): string {
  const value = version.trim();
  if (value.startsWith('"') || value.startsWith('W/"')) {
    return value;
  }
  return `"${value}"`;
}
