/**
 * The SQLite binding behind a tiny interface, so `node:sqlite` (Node 22.13+)
 * and `better-sqlite3` (an optional peer) both work. Both are loaded with a
 * dynamic import only when a database is opened: importing the library, or
 * running the command without `--db`, never loads either.
 */
import { CommandError } from '../errors.js';

export type SqlValue = string | number | bigint | null;
export type SqlRow = Record<string, unknown>;

export interface SqlStatement {
  run(...params: SqlValue[]): unknown;
  all(...params: SqlValue[]): SqlRow[];
  get(...params: SqlValue[]): SqlRow | undefined;
}

export interface SqlDatabase {
  /** `node:sqlite` or `better-sqlite3`. */
  readonly driver: string;
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  /** Run `fn` in one transaction (`BEGIN IMMEDIATE` … `COMMIT`, `ROLLBACK` on a throw). */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/** The part of `node:sqlite` and `better-sqlite3` this module uses. */
interface NativeDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): SqlStatement;
  close(): unknown;
}

type Opener = (path: string) => NativeDatabase;

/** A SQLite binding that loaded: its name and how to open (or create) a database with it. */
export interface SqlBinding {
  readonly driver: string;
  open(path: string): SqlDatabase;
}

/** The first binding that loads: node:sqlite, else better-sqlite3; undefined when neither does. */
export async function loadBinding(): Promise<SqlBinding | undefined> {
  const loaded = (await loadNodeSqlite()) ?? (await loadBetterSqlite());
  return loaded === undefined ? undefined : { driver: loaded.driver, open: (path) => wrap(loaded.open(path), loaded.driver) };
}

/** Open (or create) a database with the first binding that loads. */
export async function openDatabase(path: string): Promise<SqlDatabase> {
  const binding = await loadBinding();
  if (binding === undefined) {
    throw new CommandError(
      `--db needs SQLite, but this Node (${process.version}) has no node:sqlite and the package better-sqlite3 is not installed.`,
      { hint: 'Run `npm install better-sqlite3`, or use Node >= 22.13.' },
    );
  }
  return binding.open(path);
}

/**
 * `node:sqlite`, unflagged from Node 22.13 (before that, and on Node 20, the
 * import fails). Node 22 marks it experimental and writes an
 * `ExperimentalWarning` to stderr when it loads; the user chose `--db`, not
 * the binding, so that one warning is dropped (`isSqliteWarning`) while the
 * module loads. Every other warning goes through.
 */
async function loadNodeSqlite(): Promise<{ driver: string; open: Opener } | undefined> {
  // A variable specifier keeps bundlers and TypeScript (Node 20 types) from resolving it.
  const specifier = 'node:sqlite';
  const emitWarning = process.emitWarning;
  process.emitWarning = function (this: NodeJS.Process, ...args: Parameters<NodeJS.Process['emitWarning']>): void {
    if (!isSqliteWarning(args[0], args[1])) Reflect.apply(emitWarning, this, args);
  } as NodeJS.Process['emitWarning'];
  try {
    const module = (await import(specifier)) as { DatabaseSync: new (path: string) => NativeDatabase };
    return { driver: 'node:sqlite', open: (path) => new module.DatabaseSync(path) };
  } catch {
    return undefined;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** Node's warning on loading `node:sqlite`: `SQLite is an experimental feature…`, type `ExperimentalWarning`. */
export function isSqliteWarning(warning: unknown, typeOrOptions: unknown): boolean {
  const message = warning instanceof Error ? warning.message : String(warning);
  const type =
    warning instanceof Error ? warning.name : typeof typeOrOptions === 'string' ? typeOrOptions : (typeOrOptions as { type?: unknown } | undefined)?.type;
  return type === 'ExperimentalWarning' && message.startsWith('SQLite is an experimental feature');
}

async function loadBetterSqlite(): Promise<{ driver: string; open: Opener } | undefined> {
  try {
    const module = await import('better-sqlite3');
    const Database = module.default;
    return { driver: 'better-sqlite3', open: (path) => new Database(path) as unknown as NativeDatabase };
  } catch {
    return undefined;
  }
}

function wrap(native: NativeDatabase, driver: string): SqlDatabase {
  return {
    driver,
    exec: (sql) => {
      native.exec(sql);
    },
    prepare: (sql) => native.prepare(sql),
    transaction(fn) {
      native.exec('BEGIN IMMEDIATE');
      try {
        const result = fn();
        native.exec('COMMIT');
        return result;
      } catch (error) {
        native.exec('ROLLBACK');
        throw error;
      }
    },
    close: () => {
      native.close();
    },
  };
}
