/**
 * Request bodies: read with a 1 MiB limit, parsed as JSON, and checked
 * against small object schemas mirroring the contract's (required
 * fields, types, lengths, enums, no unknown properties).
 */
import type { FieldErrorView } from '../core/types.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyRead =
  { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'too_large' };

/** Reads the body as text, stopping as soon as it passes the limit. */
export async function readBody(request: Request): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) {
    return { kind: 'too_large' };
  }
  if (!request.body) {
    return { kind: 'none' };
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too_large' };
    }
    chunks.push(value);
  }
  if (size === 0) {
    return { kind: 'none' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'text', text: new TextDecoder().decode(bytes) };
}

export type FieldSpec =
  | {
      type: 'string';
      required?: boolean;
      minLength?: number;
      maxLength?: number;
    }
  | { type: 'int'; required?: boolean; min?: number; max?: number }
  | { type: 'enum'; required?: boolean; values: readonly string[] }
  | {
      type: 'strings';
      required?: boolean;
      minItems: number;
      maxItems: number;
      minLength: number;
      maxLength: number;
    };

export type BodySpec = Readonly<Record<string, FieldSpec>>;

/** Checks a parsed body; an empty list means it is valid. */
export function checkBody(value: unknown, spec: BodySpec): FieldErrorView[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ location: 'body', message: 'must be a JSON object' }];
  }
  const record = value as Record<string, unknown>;
  const errors: FieldErrorView[] = [];
  for (const name of Object.keys(record)) {
    if (!Object.hasOwn(spec, name)) {
      errors.push({
        location: `body.${name}`,
        message: 'is not a known property',
      });
    }
  }
  for (const [name, field] of Object.entries(spec)) {
    const location = `body.${name}`;
    const item = record[name];
    if (item === undefined) {
      if (field.required !== false) {
        errors.push({ location, message: 'is required' });
      }
      continue;
    }
    errors.push(...checkField(item, field, location));
  }
  return errors;
}

function checkField(
  value: unknown,
  field: FieldSpec,
  location: string,
): FieldErrorView[] {
  switch (field.type) {
    case 'string':
      return checkString(
        value,
        field.minLength ?? 0,
        field.maxLength,
        location,
      );
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return [{ location, message: 'must be an integer' }];
      }
      if (
        (field.min !== undefined && value < field.min) ||
        (field.max !== undefined && value > field.max)
      ) {
        return [
          {
            location,
            message: `must be between ${field.min} and ${field.max}`,
          },
        ];
      }
      return [];
    case 'enum':
      if (typeof value !== 'string' || !field.values.includes(value)) {
        return [
          { location, message: `must be one of ${field.values.join(', ')}` },
        ];
      }
      return [];
    case 'strings': {
      if (!Array.isArray(value)) {
        return [{ location, message: 'must be an array of strings' }];
      }
      if (value.length < field.minItems || value.length > field.maxItems) {
        return [
          {
            location,
            message: `must have ${field.minItems} to ${field.maxItems} items`,
          },
        ];
      }
      return value.flatMap((item, i) =>
        checkString(
          item,
          field.minLength,
          field.maxLength,
          `${location}[${i}]`,
        ),
      );
    }
  }
}

function checkString(
  value: unknown,
  min: number,
  max: number | undefined,
  location: string,
): FieldErrorView[] {
  if (typeof value !== 'string') {
    return [{ location, message: 'must be a string' }];
  }
  if (value.length < min) {
    return [{ location, message: `must have at least ${min} characters` }];
  }
  if (max !== undefined && value.length > max) {
    return [{ location, message: `must have at most ${max} characters` }];
  }
  return [];
}
