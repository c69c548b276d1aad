/**
 * Query parameters as the contract declares them: arrays comma-separated
 * (`style: form`, `explode: false`), integers in range, enums, and no
 * parameter the operation does not know. Each problem is reported with
 * its location, `query.<name>`.
 */
import type { FieldErrorView } from '../core/types.js';

export type ParamSpec =
  | { kind: 'string'; minLength?: number; maxLength?: number }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] }
  | {
      kind: 'array';
      values?: readonly string[];
      maxItems?: number;
      minLength?: number;
    };

export type QuerySpec = Readonly<Record<string, ParamSpec>>;

export type QueryValues = Record<string, string | number | string[]>;

export function parseQuery(
  params: URLSearchParams,
  spec: QuerySpec,
): { values: QueryValues; errors: FieldErrorView[] } {
  const values: QueryValues = {};
  const errors: FieldErrorView[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    const location = `query.${name}`;
    const param = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!param) {
      errors.push({
        location,
        message: 'is not a parameter of this operation',
      });
      continue;
    }
    if (seen.has(name)) {
      errors.push({
        location,
        message: 'is given more than once; separate values with commas',
      });
      continue;
    }
    seen.add(name);
    const result = parseOne(raw, param);
    if (typeof result === 'object' && 'error' in result) {
      errors.push({ location, message: result.error });
    } else {
      values[name] = result;
    }
  }
  return { values, errors };
}

function parseOne(
  raw: string,
  spec: ParamSpec,
): string | number | string[] | { error: string } {
  switch (spec.kind) {
    case 'string':
      if (raw.length < (spec.minLength ?? 0)) {
        return { error: `must have at least ${spec.minLength} characters` };
      }
      if (spec.maxLength !== undefined && raw.length > spec.maxLength) {
        return { error: `must have at most ${spec.maxLength} characters` };
      }
      return raw;
    case 'int': {
      if (!/^-?\d+$/.test(raw)) {
        return { error: 'must be an integer' };
      }
      const n = Number(raw);
      if (n < spec.min || n > spec.max) {
        return { error: `must be between ${spec.min} and ${spec.max}` };
      }
      return n;
    }
    case 'enum':
      if (!spec.values.includes(raw)) {
        return { error: `must be one of ${spec.values.join(', ')}` };
      }
      return raw;
    case 'array':
      return parseArray(raw, spec);
  }
}

function parseArray(
  raw: string,
  spec: Extract<ParamSpec, { kind: 'array' }>,
): string[] | { error: string } {
  const items = raw.split(',');
  if (items.some((item) => item.length < (spec.minLength ?? 1))) {
    return { error: 'must be a comma-separated list without empty items' };
  }
  if (spec.values) {
    const wrong = items.find((item) => !spec.values!.includes(item));
    if (wrong !== undefined) {
      const allowed = spec.values.join(', ');
      return { error: `has "${wrong}"; each item must be one of ${allowed}` };
    }
  }
  if (new Set(items).size !== items.length) {
    return { error: 'must not repeat an item' };
  }
  if (spec.maxItems !== undefined && items.length > spec.maxItems) {
    return { error: `must have at most ${spec.maxItems} items` };
  }
  return items;
}
