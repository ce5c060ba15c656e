import { describe, expect, it } from 'vitest';
import { outcomeOf, type FileOutcome } from '../../src/cli/outcome.js';
import { formatSummary, postsPerSecond } from '../../src/cli/summary.js';
import { balanced, createTally } from '../../src/cli/tally.js';

const written = (file: string, warnings: string[] = []): FileOutcome => ({ status: 'written', file, line: '{}', warnings });
const failed = (file: string, code: string): FileOutcome => outcomeOf({ file, code, stage: 's', message: 'm' });

describe('tally', () => {
  it('counts written, skipped and rejected by code, and warnings by code', () => {
    const tally = createTally();
    const outcomes = [
      written('a', ['credits:missing']),
      written('b', ['credits:missing', 'dateline:missing']),
      failed('c', 'not-cna'),
      failed('d', 'body:empty'),
      failed('e', 'input:read'),
      failed('f', 'interrupted'),
    ];
    tally.noteRead(outcomes.length);
    for (const outcome of outcomes) tally.record(outcome);
    const snapshot = tally.snapshot();
    expect(snapshot).toMatchObject({ read: 6, written: 2, skipped: 2, rejected: 2 });
    expect(snapshot.skippedByCode).toEqual({ interrupted: 1, 'not-cna': 1 });
    expect(snapshot.rejectedByCode).toEqual({ 'body:empty': 1, 'input:read': 1 });
    expect(snapshot.warningsByCode).toEqual({ 'credits:missing': 2, 'dateline:missing': 1 });
    expect(balanced(snapshot)).toBe(true);
  });

  it('is not balanced when a read file has no outcome', () => {
    const tally = createTally();
    tally.noteRead(2);
    tally.record(written('a'));
    expect(balanced(tally.snapshot())).toBe(false);
  });

  it('orders codes by count, then by code', () => {
    const tally = createTally();
    for (const code of ['b:x', 'a:x', 'c:x', 'c:x']) tally.record(failed(code, code));
    expect(Object.keys(tally.snapshot().rejectedByCode)).toEqual(['c:x', 'a:x', 'b:x']);
  });
});

describe('formatSummary', () => {
  it('prints the counts, the codes, the time and the speed', () => {
    const tally = createTally();
    tally.noteRead(3);
    tally.record(written('a', ['credits:missing']));
    tally.record(failed('b', 'not-cna'));
    tally.record(failed('c', 'body:empty'));
    const text = formatSummary(tally.snapshot(), { elapsedMs: 1500 });
    expect(text).toBe(
      [
        'cna-ingest: done: read 3, written 1, skipped 1, rejected 1 in 1.5 s (2 posts/s)',
        '  skipped: not-cna 1',
        '  rejected: body:empty 1',
        '  warnings: credits:missing 1',
        '',
      ].join('\n'),
    );
  });

  it('names the signal of an interrupted run and leaves unread posts out of the speed', () => {
    const tally = createTally();
    tally.noteRead(2001);
    tally.record(written('a'));
    for (let i = 0; i < 2000; i += 1) tally.record(failed(`f${i}`, 'interrupted'));
    const text = formatSummary(tally.snapshot(), { elapsedMs: 1000, interrupted: 'SIGINT' });
    expect(text).toMatch(/^cna-ingest: interrupted by SIGINT: read 2,001, written 1, skipped 2,000, rejected 0 in 1\.0 s \(1 posts\/s\)/);
    expect(text).toContain('skipped: interrupted 2,000');
  });

  it('says when the inputs failed part way', () => {
    const tally = createTally();
    tally.noteRead(1);
    tally.record(written('a'));
    const text = formatSummary(tally.snapshot(), { elapsedMs: 1000, failed: true });
    expect(text).toBe('cna-ingest: stopped, the inputs failed: read 1, written 1, skipped 0, rejected 0 in 1.0 s (1 posts/s)\n');
  });

  it('computes posts/s, 0 for an instant run', () => {
    expect(postsPerSecond(500, 2000)).toBe(250);
    expect(postsPerSecond(5, 0)).toBe(0);
  });
});
