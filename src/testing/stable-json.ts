/**
 * Stable JSON for expected files: 2-space indent, a trailing newline, and
 * object keys in the order the Article schema declares them (keys the schema
 * does not know, such as fields of an extended schema, follow in their own
 * order). The same article always gives the same bytes.
 */
import { z } from 'zod';
import { articleSchema } from '../schema.js';
import type { Json } from './diff.js';

/** Serialise `value` (already plain JSON data) for an expected file. */
export function stableJson(value: Json, schema: z.ZodType = articleSchema): string {
  return `${JSON.stringify(orderKeys(value, schema), null, 2)}\n`;
}

/** Turn any value into plain JSON data (drops `undefined`, calls `toJSON`). */
export function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

function orderKeys(value: Json, schema: z.ZodType | undefined): Json {
  const inner = unwrap(schema);
  if (Array.isArray(value)) {
    const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
    return value.map((item) => orderKeys(item, element));
  }
  if (typeof value !== 'object' || value === null) return value;
  const shape = inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
  const known = Object.keys(shape).filter((key) => Object.hasOwn(value, key));
  const rest = Object.keys(value).filter((key) => !Object.hasOwn(shape, key));
  const ordered: { [key: string]: Json } = {};
  for (const key of [...known, ...rest]) ordered[key] = orderKeys(value[key] as Json, shape[key]);
  return ordered;
}

/** Look through `.nullable()` and `.optional()` to the schema underneath. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}
