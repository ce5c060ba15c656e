import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { closestFlag, parseBatchArgs } from '../../src/cli/args.js';
import { CommandError } from '../../src/cli/errors.js';

function commandError(argv: string[]): CommandError {
  try {
    parseBatchArgs(argv);
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error(`expected ${argv.join(' ')} to fail`);
}

describe('parseBatchArgs', () => {
  it('reads inputs and every option', () => {
    const parsed = parseBatchArgs(['a', 'b/', '--out', 'x.ndjson', '--db', 'x.sqlite', '--rejects', 'r.ndjson', '-j', '3', '--strict', '-q']);
    expect(parsed).toEqual({
      kind: 'batch',
      options: { inputs: ['a', 'b/'], filesFrom: undefined, out: 'x.ndjson', db: 'x.sqlite', rejects: 'r.ndjson', jobs: 3, strict: true, quiet: true },
    });
  });

  it('defaults: stdout, no db, no rejects, jobs = available cores, not strict, not quiet', () => {
    expect(parseBatchArgs(['posts'])).toEqual({
      kind: 'batch',
      options: { inputs: ['posts'], filesFrom: undefined, out: undefined, db: undefined, rejects: undefined, jobs: availableParallelism(), strict: false, quiet: false },
    });
  });

  it('reads --files-from and --null, with or without other inputs', () => {
    const listOnly = parseBatchArgs(['--files-from', 'list.txt']);
    expect(listOnly.kind === 'batch' && listOnly.options).toMatchObject({ inputs: [], filesFrom: { from: 'list.txt', nul: false } });
    const both = parseBatchArgs(['a', '--files-from=-', '--null']);
    expect(both.kind === 'batch' && both.options).toMatchObject({ inputs: ['a'], filesFrom: { from: '-', nul: true } });
  });

  it('refuses --null without a list, an empty --files-from, and a list that is also an output', () => {
    expect(commandError(['a', '--null']).message).toContain('give the list too');
    expect(commandError(['--files-from', '']).message).toBe('--files-from needs a file name.');
    expect(commandError(['--files-from', 'l.txt', '-o', './l.txt']).message).toContain('--out and --files-from name the same file');
    expect(commandError(['--files-from', 'l.txt', '--rejects', 'l.txt']).message).toContain('--rejects and --files-from');
    // Standard input is nobody's output.
    expect(parseBatchArgs(['--files-from', '-', '-o', 'x']).kind).toBe('batch');
  });

  it('takes --out - as stdout and --jobs=N', () => {
    const parsed = parseBatchArgs(['p', '--out', '-', '--jobs=2']);
    expect(parsed.kind === 'batch' && parsed.options).toMatchObject({ out: undefined, jobs: 2 });
  });

  it('recognises --help and --version', () => {
    expect(parseBatchArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseBatchArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseBatchArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseBatchArgs(['-V'])).toEqual({ kind: 'version' });
  });

  it('refuses an unknown flag with a did-you-mean hint', () => {
    const error = commandError(['p', '--jbos', '2']);
    expect(error.message).toBe('unknown option --jbos.');
    expect(error.hint).toContain('Did you mean --jobs?');
    expect(error.exitCode).toBe(2);
    expect(commandError(['p', '--frobnicate']).hint).not.toContain('Did you mean');
  });

  it('refuses no input, bad --jobs, a flag without its value, and the same file twice', () => {
    expect(commandError([]).message).toMatch(/no input/);
    expect(commandError(['p', '--jobs', '0']).message).toMatch(/--jobs must be a whole number/);
    expect(commandError(['p', '--jobs', 'many']).message).toMatch(/--jobs must be a whole number/);
    expect(commandError(['p', '--jobs', '2.5']).message).toMatch(/--jobs must be a whole number/);
    expect(commandError(['p', '--out']).message).toMatch(/--out/);
    expect(commandError(['p', '--out', 'a.ndjson', '--rejects', './a.ndjson']).message).toMatch(/name the same file/);
    expect(commandError(['p', '--strict=yes']).exitCode).toBe(2);
  });
});

describe('closestFlag', () => {
  it('suggests a flag within two edits', () => {
    expect(closestFlag('--quite', ['quiet', 'strict'])).toBe('quiet');
    expect(closestFlag('--reject', ['rejects', 'db'])).toBe('rejects');
    expect(closestFlag('--xyzzy', ['quiet', 'db'])).toBeUndefined();
  });
});
