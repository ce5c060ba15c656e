/** `formatDifferences(result)`: a fixture check as a report people can read. */
import type { Json } from './diff.js';
import type { FixtureCheckResult, FixtureDifference } from './check-fixtures.js';

/** Longest value shown in full; longer strings are cut around their first difference. */
const SHOWN = 120;

/**
 * The report of a check: one block per case, one line pair per field.
 *
 * ```text
 * ✗ dateline-several-reporters  (article.json)
 *   dateline.reporters[1]
 *     expected: "王揚宇"
 *     actual:   "王揚宇台北"
 * ```
 */
export function formatDifferences(result: FixtureCheckResult): string {
  const lines: string[] = [];
  const byCase = new Map<string, FixtureDifference[]>();
  for (const difference of result.differences) {
    byCase.set(difference.case, [...(byCase.get(difference.case) ?? []), difference]);
  }
  for (const [name, differences] of byCase) {
    lines.push(`✗ ${name}  (${differences[0]?.file ?? ''})`);
    for (const { path, expected, actual } of differences) {
      const [shownExpected, shownActual] = showPair(expected, actual);
      lines.push(`  ${path === '' ? '(whole file)' : path}`, `    expected: ${shownExpected}`, `    actual:   ${shownActual}`);
    }
  }
  for (const error of result.errors) lines.push(`✗ ${error.case}  ${error.message}`);
  for (const name of result.missing) {
    lines.push(`? ${name}  no article.json or error.json${result.update ? ' (written now)' : '; run with update to write it'}`);
  }
  if (result.updated.length > 0) lines.push(...result.updated.map((file) => `↻ ${file}`));
  lines.push(summary(result));
  return `${lines.join('\n')}\n`;
}

function summary(result: FixtureCheckResult): string {
  const failing = new Set([...result.differences.map((d) => d.case), ...result.errors.map((e) => e.case), ...result.missing]);
  const parts = [`${result.cases.length} cases`, `${result.cases.length - failing.size} ${result.update ? 'matched before the update' : 'match'}`];
  if (result.differences.length > 0) parts.push(`${result.differences.length} field differences in ${new Set(result.differences.map((d) => d.case)).size} cases`);
  if (result.errors.length > 0) parts.push(`${result.errors.length} errors`);
  if (result.missing.length > 0) parts.push(`${result.missing.length} without expected file`);
  if (result.update) parts.push(`${result.updated.length} files updated`);
  return parts.join(', ');
}

/** Show two values; two long strings are cut to a window around where they first differ. */
function showPair(expected: Json | undefined, actual: Json | undefined): [string, string] {
  if (typeof expected === 'string' && typeof actual === 'string' && (expected.length > SHOWN || actual.length > SHOWN)) {
    let at = 0;
    while (at < expected.length && expected[at] === actual[at]) at++;
    const start = Math.max(0, at - 40);
    return [window(expected, start), window(actual, start)];
  }
  return [show(expected), show(actual)];
}

function window(text: string, start: number): string {
  const end = start + SHOWN;
  return `${start > 0 ? '…' : ''}${JSON.stringify(text.slice(start, end))}${end < text.length ? '…' : ''} (${text.length} chars)`;
}

function show(value: Json | undefined): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}… (${text.length} chars)` : text;
}
