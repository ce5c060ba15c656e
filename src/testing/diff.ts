/**
 * Field-level differences between two JSON values, with paths written the
 * way people read them: `dateline.reporters[0]`, `images[2].caption`.
 */

/** A JSON value as read from an expected file (or an article round-tripped through JSON). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One field that differs; `undefined` stands for a field or item that is absent on that side. */
export interface JsonDifference {
  /** Path of the field, e.g. `dateline.reporters[0]`; `''` for the whole value. */
  readonly path: string;
  readonly expected: Json | undefined;
  readonly actual: Json | undefined;
}

/** List the differences between `expected` and `actual`, depth first, in key order. */
export function diffJson(expected: Json | undefined, actual: Json | undefined, path = ''): JsonDifference[] {
  if (Object.is(expected, actual)) return [];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    const differences: JsonDifference[] = [];
    for (let index = 0; index < length; index++) {
      differences.push(...diffJson(expected[index], actual[index], `${path}[${index}]`));
    }
    return differences;
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...Object.keys(expected), ...Object.keys(actual).filter((key) => !Object.hasOwn(expected, key))];
    return keys.flatMap((key) => diffJson(expected[key], actual[key], joinKey(path, key)));
  }
  return [{ path, expected, actual }];
}

function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key that reads well after a dot: `reporters`, `feedTime`. */
const IDENTIFIER = /^[a-z_$][\w$]*$/i;

function joinKey(path: string, key: string): string {
  if (IDENTIFIER.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}
