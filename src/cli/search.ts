/** `cna-ingest search <db> <query> [--limit N]`: full-text search of a `--db` database. */
import { existsSync } from 'node:fs';
import { parseOrExplain } from './args.js';
import { openDatabase, type SqlDatabase, type SqlRow } from './db/binding.js';
import { scanArticles, searchArticles } from './db/sql.js';
import { CommandError, describeSystemError } from './errors.js';
import { searchHelp } from './help.js';
import type { CommandIo } from './io.js';

const hint = 'Run `cna-ingest search --help` for the usage.';

export async function runSearchCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOrExplain(argv, {
    limit: { type: 'string', short: 'n' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout.write(searchHelp);
    return 0;
  }
  const [path, ...words] = positionals;
  const terms = words.join(' ').split(/\s+/u).filter((term) => term !== '');
  if (path === undefined || terms.length === 0) throw new CommandError('search needs a database and a query.', { hint });
  const limit = parseLimit(values.limit);
  if (!existsSync(path)) throw new CommandError(`no database at ${JSON.stringify(path)}; make one with \`cna-ingest <posts> --db ${path}\`.`);
  const db = await openDatabase(path);
  let rows: SqlRow[];
  try {
    rows = query(db.prepare.bind(db), terms, limit);
  } catch (error) {
    throw new CommandError(`cannot search ${JSON.stringify(path)}: ${describeSystemError(error)}.`, {
      hint: 'Is it a database made by `cna-ingest --db`?',
    });
  } finally {
    db.close();
  }
  for (const row of rows) {
    const snippet = String(row.snippet ?? '').replace(/\s+/gu, ' ').trim();
    io.stdout.write(`${String(row.id)}  ${String(row.date)}  ${String(row.title)}\n    ${snippet}\n`);
  }
  if (rows.length === 0) io.stderr.write(`cna-ingest search: no article contains ${JSON.stringify(terms.join(' '))}.\n`);
  return rows.length === 0 ? 1 : 0;
}

/** Trigram MATCH when every term has three characters or more; else a scan. */
function query(prepare: SqlDatabase['prepare'], terms: readonly string[], limit: number): SqlRow[] {
  if (terms.every((term) => [...term].length >= 3)) {
    const phrase = terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' AND ');
    return prepare(searchArticles).all(phrase, limit);
  }
  const params = terms.flatMap((term) => [term, term]);
  return prepare(scanArticles(terms.length)).all(terms[0] as string, ...params, limit);
}

function parseLimit(value: string | boolean | undefined): number {
  if (value === undefined || typeof value === 'boolean') return 20;
  const limit = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new CommandError(`--limit must be a whole number of 1 or more; got ${JSON.stringify(value)}.`, { hint });
  }
  return limit;
}
