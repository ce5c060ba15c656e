/**
 * The database layout. `articles` is keyed by the article `id` (unique; the
 * integer `key` is only the stable rowid the full-text index points at);
 * list and object fields are JSON text. `articles_fts` is an external-content
 * FTS5 index over title and text with the trigram tokenizer (works for
 * Chinese, which has no spaces), kept in sync by triggers.
 */

export const schemaVersion = 4;

export const pragmas = `
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA busy_timeout = 5000;
PRAGMA foreign_keys = ON;
`;

/**
 * The tables, index and triggers, created when missing, in one transaction.
 * The update trigger is dropped and created again on every open, so a
 * database made by an earlier version (whose trigger re-indexed a row even
 * when its title and text had not changed) gets the current one.
 */
export const createTables = `
BEGIN IMMEDIATE;
CREATE TABLE IF NOT EXISTS articles (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL,
  section TEXT NOT NULL,
  section_name TEXT,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  date TEXT NOT NULL,
  feed_time TEXT NOT NULL,
  feed_time_taipei TEXT NOT NULL,
  reporters TEXT NOT NULL,
  editors TEXT NOT NULL,
  text TEXT NOT NULL,
  file TEXT,
  tags TEXT NOT NULL,
  categories TEXT NOT NULL,
  dateline TEXT,
  credits TEXT,
  editor_code TEXT,
  paragraphs TEXT NOT NULL,
  images TEXT NOT NULL,
  keywords TEXT NOT NULL,
  related TEXT NOT NULL,
  embeds TEXT NOT NULL,
  warnings TEXT NOT NULL,
  notices TEXT NOT NULL DEFAULT '[]',
  topic TEXT,
  links TEXT NOT NULL DEFAULT '[]',
  paragraph_kinds TEXT NOT NULL DEFAULT '[]',
  glossary TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS articles_date ON articles (date);
CREATE TABLE IF NOT EXISTS rejects (
  file TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  stage TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  finished TEXT,
  status TEXT NOT NULL,
  inputs TEXT NOT NULL,
  read INTEGER NOT NULL DEFAULT 0,
  written INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'key', tokenize = 'trigram'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
END;
DROP TRIGGER IF EXISTS articles_fts_update;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles
WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
END;
PRAGMA user_version = ${schemaVersion};
COMMIT;
`;

/** Article columns in insert order (without `key`). */
export const articleColumns = [
  'id', 'url', 'section', 'section_name', 'title', 'source', 'date', 'feed_time', 'feed_time_taipei',
  'reporters', 'editors', 'text', 'file', 'tags', 'categories', 'dateline', 'credits', 'editor_code',
  'paragraphs', 'images', 'keywords', 'related', 'embeds', 'warnings', 'notices', 'topic', 'links', 'paragraph_kinds', 'glossary',
] as const;

/**
 * Columns added to `articles` after its first version, with their
 * definitions: a database made before has them added when it is opened
 * (existing rows get the default until their post is written again).
 */
export const addedColumns: readonly { readonly name: string; readonly definition: string }[] = [
  { name: 'notices', definition: "TEXT NOT NULL DEFAULT '[]'" },
  { name: 'topic', definition: 'TEXT' },
  { name: 'links', definition: "TEXT NOT NULL DEFAULT '[]'" },
  { name: 'paragraph_kinds', definition: "TEXT NOT NULL DEFAULT '[]'" },
  { name: 'glossary', definition: "TEXT NOT NULL DEFAULT '[]'" },
];

const updatedColumns = articleColumns.filter((c) => c !== 'id');

/**
 * Insert an Article, or update the row with its id. A row whose every
 * column already holds the same value is left alone: re-running over the
 * same posts (after an interruption, or to pick up new ones) writes nothing
 * for the posts already stored, and the full-text index, the costliest
 * part of a write, is only touched when a title or text changed.
 */
export const upsertArticle = `
INSERT INTO articles (${articleColumns.join(', ')})
VALUES (${articleColumns.map(() => '?').join(', ')})
ON CONFLICT (id) DO UPDATE SET
${updatedColumns.map((c) => `  ${c} = excluded.${c}`).join(',\n')}
WHERE ${updatedColumns.map((c) => `articles.${c} IS NOT excluded.${c}`).join('\n   OR ')}
`;

export const upsertReject = `
INSERT INTO rejects (file, code, stage, message) VALUES (?, ?, ?, ?)
ON CONFLICT (file) DO UPDATE SET code = excluded.code, stage = excluded.stage, message = excluded.message
`;

export const deleteReject = 'DELETE FROM rejects WHERE file = ?';

export const startRun = 'INSERT INTO runs (started, status, inputs) VALUES (?, ?, ?)';

export const finishRun = `
UPDATE runs SET finished = ?, status = ?, read = ?, written = ?, skipped = ?, rejected = ? WHERE id = ?
`;

/** Full-text search: the phrase in title or text, best match first. */
export const searchArticles = `
SELECT a.id, a.date, a.title, snippet(articles_fts, 1, '【', '】', '…', 24) AS snippet
FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid
WHERE articles_fts MATCH ?
ORDER BY rank
LIMIT ?
`;

/**
 * Terms shorter than three characters cannot use trigrams: a scan with
 * `instr` for every term (each term binds twice, then the first term for
 * the snippet, then the limit).
 */
export function scanArticles(termCount: number): string {
  const where = Array.from({ length: termCount }, () => '(instr(title, ?) > 0 OR instr(text, ?) > 0)').join(' AND ');
  return `
SELECT id, date, title, substr(text, max(1, instr(text, ?) - 20), 60) AS snippet
FROM articles
WHERE ${where}
ORDER BY date DESC, id
LIMIT ?
`;
}
