import { describe, expect, it } from 'vitest';
import { isSqliteWarning, loadBinding } from '../../src/cli/db/binding.js';

const message = 'SQLite is an experimental feature and might change at any time';

describe('the SQLite binding', () => {
  it('recognises only Node\'s experimental warning for node:sqlite, in each form emitWarning takes', () => {
    const asError = Object.assign(new Error(message), { name: 'ExperimentalWarning' });
    expect(isSqliteWarning(message, 'ExperimentalWarning')).toBe(true);
    expect(isSqliteWarning(message, { type: 'ExperimentalWarning' })).toBe(true);
    expect(isSqliteWarning(asError, undefined)).toBe(true);
    expect(isSqliteWarning('WASI is an experimental feature and might change at any time', 'ExperimentalWarning')).toBe(false);
    expect(isSqliteWarning(message, 'DeprecationWarning')).toBe(false);
    expect(isSqliteWarning(message, undefined)).toBe(false);
    expect(isSqliteWarning(Object.assign(new Error(message), { name: 'Warning' }), undefined)).toBe(false);
  });

  it('gives process.emitWarning back after loading', async () => {
    const before = process.emitWarning;
    const binding = await loadBinding();
    expect(binding?.driver).toMatch(/^(node:sqlite|better-sqlite3)$/);
    expect(process.emitWarning).toBe(before);
  });
});
