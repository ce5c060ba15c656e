import { AssertionError } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/cli/check.js';
import { checkFixtures, expectFixtures } from '../../src/testing/index.js';
import { useTempFixtures } from './helpers.js';

const setup = useTempFixtures();

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = (stream: PassThrough) => () => String(stream.read() ?? '');
  return { io: { stdout, stderr }, out: text(stdout), err: text(stderr) };
}

describe('expectFixtures', () => {
  it('throws an AssertionError holding the report, and passes once updated', () => {
    const dir = setup(['dateline-no-kind']);
    expect(() => expectFixtures(dir)).toThrow(AssertionError);
    expect(() => expectFixtures(dir)).toThrow(/dateline-no-kind {2}no article\.json or error\.json/);
    expectFixtures(dir, { update: true });
    expect(expectFixtures(dir).ok).toBe(true);
  });
});

describe('cna-ingest check', () => {
  it('exits 0 when all match, 1 on a difference, with a field-level report', async () => {
    const dir = setup(['dateline-no-kind']);
    const update = io();
    expect(await runCheckCommand([dir, '--update'], update.io)).toBe(0);
    expect(update.out()).toContain('↻ dateline-no-kind/article.json');

    const clean = io();
    expect(await runCheckCommand([dir], clean.io)).toBe(0);
    expect(clean.out()).toContain('1 cases, 1 match');

    const file = join(dir, 'dateline-no-kind', 'article.json');
    const article = JSON.parse(readFileSync(file, 'utf8')) as { dateline: { kind: string | null } };
    article.dateline.kind = '電';
    writeFileSync(file, JSON.stringify(article));
    const failing = io();
    expect(await runCheckCommand([dir], failing.io)).toBe(1);
    expect(failing.out()).toContain('dateline.kind\n    expected: "電"\n    actual:   null');
    expect(checkFixtures(dir).differences).toHaveLength(1);
  });

  it('exits 2 on bad usage', async () => {
    const dir = setup(['dateline-no-kind']);
    for (const argv of [[], [dir, '--frobnicate'], [dir, dir], [join(dir, 'nope')], [join(dir, 'dateline-no-kind')]]) {
      const run = io();
      expect(await runCheckCommand(argv, run.io), argv.join(' ')).toBe(2);
      expect(run.err()).toMatch(/^cna-ingest check: /);
    }
    const help = io();
    expect(await runCheckCommand(['--help'], help.io)).toBe(0);
    expect(help.out()).toContain('usage: cna-ingest check <fixtures-dir> [--update]');
  });
});
