/**
 * Opaque page cursors. A cursor holds the position after which the next
 * page starts, as a sort key and an id, not an offset: when users before
 * it are deleted or added, nobody after it is skipped or repeated.
 */
import { Refusal } from './refusal.js';

export interface Position {
  /**
   * What the position is in: the organization (or space) and the list's
   * sort or name, so that a cursor is refused anywhere else.
   */
  scope: string;
  key: string | number;
  id: string;
}

export function encodeCursor(position: Position): string {
  const json = JSON.stringify([1, position.scope, position.key, position.id]);
  return toBase64Url(json);
}

/**
 * Reads a cursor made for `scope`; anything else (damaged, or made for
 * another sort or list) answers `400 validation_failed`.
 */
export function decodeCursor(cursor: string, scope: string): Position {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw invalid('The cursor is damaged.');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    parsed[0] !== 1 ||
    typeof parsed[3] !== 'string' ||
    (typeof parsed[2] !== 'string' && typeof parsed[2] !== 'number')
  ) {
    throw invalid('The cursor is damaged.');
  }
  if (parsed[1] !== scope) {
    throw invalid('The cursor belongs to another sort order or list.');
  }
  return { scope, key: parsed[2], id: parsed[3] };
}

function invalid(message: string): Refusal {
  return new Refusal('validation_failed', message, {
    errors: [{ location: 'query.cursor', message }],
  });
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) {
    throw new Error('not base64url');
  }
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
