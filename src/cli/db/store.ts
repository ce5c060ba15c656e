/**
 * The `--db` store: upserts each batch's Articles and rejections in one
 * transaction, and records the run. Re-running on the same inputs updates
 * rows in place, so a run is idempotent and an interrupted one can simply
 * be run again.
 */
import type { Article } from '../../schema.js';
import { CommandError, describeSystemError } from '../errors.js';
import type { FileOutcome } from '../outcome.js';
import type { Tally } from '../tally.js';
import { openDatabase, type SqlDatabase, type SqlValue } from './binding.js';
import * as sql from './sql.js';

export type RunStatus = 'completed' | 'interrupted' | 'failed';

export interface ArticleStore {
  /** Store one batch's outcomes in one transaction. */
  writeBatch(outcomes: Iterable<FileOutcome>): void;
  /** Record the end of the run and close the database. */
  finish(tally: Tally, status: RunStatus): void;
}

export async function openStore(path: string, inputs: readonly string[], now: () => Date): Promise<ArticleStore> {
  const db = await openDatabase(path).catch((error: unknown) => {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`cannot open the database ${JSON.stringify(path)}: ${describeSystemError(error)}.`);
  });
  let runId: number;
  try {
    db.exec(sql.pragmas);
    db.exec(sql.createTables);
    addMissingColumns(db);
    db.prepare(sql.startRun).run(now().toISOString(), 'running', JSON.stringify(inputs));
    runId = Number(db.prepare('SELECT last_insert_rowid() AS id').get()?.id);
  } catch (error) {
    db.close();
    throw new CommandError(`cannot set up the database ${JSON.stringify(path)}: ${describeSystemError(error)}.`);
  }
  return createStore(db, path, runId, now);
}

/** Add the columns a database made by an earlier version lacks (`sql.addedColumns`). */
function addMissingColumns(db: SqlDatabase): void {
  const present = new Set(db.prepare('PRAGMA table_info(articles)').all().map((row) => String(row['name'])));
  for (const { name, definition } of sql.addedColumns) {
    if (!present.has(name)) db.exec(`ALTER TABLE articles ADD COLUMN ${name} ${definition}`);
  }
}

function createStore(db: SqlDatabase, path: string, runId: number, now: () => Date): ArticleStore {
  const upsertArticle = db.prepare(sql.upsertArticle);
  const upsertReject = db.prepare(sql.upsertReject);
  const deleteReject = db.prepare(sql.deleteReject);
  return {
    writeBatch(outcomes) {
      try {
        db.transaction(() => {
          for (const outcome of outcomes) {
            if (outcome.status === 'written') {
              upsertArticle.run(...articleRow(JSON.parse(outcome.line) as Article, outcome.file));
              deleteReject.run(outcome.file);
            } else if (outcome.record.code !== 'interrupted') {
              const { file, code, stage, message } = outcome.record;
              upsertReject.run(file, code, stage, message);
            }
          }
        });
      } catch (error) {
        throw new CommandError(`cannot write to the database ${JSON.stringify(path)}: ${describeSystemError(error)}.`);
      }
    },
    finish(tally, status) {
      try {
        const { read, written, skipped, rejected } = tally;
        db.prepare(sql.finishRun).run(now().toISOString(), status, read, written, skipped, rejected, runId);
      } finally {
        db.close();
      }
    },
  };
}

/** The row of an Article, in `articleColumns` order. */
export function articleRow(article: Article, file: string): SqlValue[] {
  const json = (value: unknown): string => JSON.stringify(value);
  const nullableJson = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));
  return [
    article.id,
    article.url,
    article.section.code,
    article.section.name,
    article.title,
    article.source,
    article.date,
    article.feedTime,
    article.feedTimeTaipei,
    json(article.reporters),
    json(article.credits?.editors ?? []),
    article.text,
    file,
    json(article.tags),
    json(article.categories),
    nullableJson(article.dateline),
    nullableJson(article.credits),
    nullableJson(article.editorCode),
    json(article.paragraphs),
    json(article.images),
    json(article.keywords),
    json(article.related),
    json(article.embeds),
    json(article.warnings),
    json(article.notices),
    nullableJson(article.topic),
    json(article.links),
    json(article.paragraphKinds),
    json(article.glossary),
  ];
}
