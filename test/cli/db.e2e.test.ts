/** End-to-end: `--db`, `search`, and a run killed mid-way, on the shared corpus. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBinding, type SqlDatabase } from '../../src/cli/db/binding.js';
import { corpus, corpusAvailable, countMarkdown, ensureBuilt, run, start, summaryCounts, waitFor } from './helpers.js';

/**
 * Databases are read with the binding the command itself loads on this
 * Node (node:sqlite from 22.13, else better-sqlite3), so on Node 24 the
 * tests read what node:sqlite wrote. Set in `beforeAll`.
 */
let openSqlite: (path: string) => SqlDatabase;

interface Counts {
  articles: number;
  fts: number;
  rejects: number;
  runs: number;
}

function counts(path: string): Counts {
  const db = openSqlite(path);
  try {
    const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), fts: count('articles_fts'), rejects: count('rejects'), runs: count('runs') };
  } finally {
    db.close();
  }
}

function integrity(path: string): string {
  const db = openSqlite(path);
  try {
    return (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
  } finally {
    db.close();
  }
}

describe.skipIf(!corpusAvailable)('cna-ingest --db and search', () => {
  let dir: string;
  const inputs = [join(corpus, 'cna'), join(corpus, 'other')];
  const posts = corpusAvailable ? countMarkdown(join(corpus, 'cna')) + countMarkdown(join(corpus, 'other')) : 0;
  let ndjson: string[];
  let distinctIds: number;

  beforeAll(async () => {
    const binding = await loadBinding();
    if (binding === undefined) throw new Error('the --db tests need node:sqlite or better-sqlite3');
    openSqlite = (path) => binding.open(path);
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'cna-db-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fills articles, rejects and runs, and a second run changes no counts (upsert)', () => {
    const db = join(dir, 'a.sqlite');
    const first = run([...inputs, '--db', db, '--out', join(dir, 'a.ndjson'), '--jobs', '2']);
    expect(first.status).toBe(0);
    ndjson = readFileSync(join(dir, 'a.ndjson'), 'utf8').trimEnd().split('\n');
    // The archive holds a few posts twice under different names: one row per article id.
    distinctIds = new Set(ndjson.map((line) => (JSON.parse(line) as { id: string }).id)).size;
    const after = counts(db);
    expect(after).toEqual({ articles: distinctIds, fts: distinctIds, rejects: posts - ndjson.length, runs: 1 });
    // The second run names the same folders in a --files-from list.
    const list = join(dir, 'folders.txt');
    writeFileSync(list, `${inputs.join('\n')}\n`);
    const second = run(['--files-from', list, '--db', db, '-q']);
    expect(second.status).toBe(0);
    // Quiet means quiet, on every Node: no ExperimentalWarning from node:sqlite on Node 22.
    expect(second.stderr).toBe('');
    expect(counts(db)).toEqual({ ...after, runs: 2 });
    expect(integrity(db)).toBe('ok');
    const check = openSqlite(db);
    const runs = check.prepare('SELECT status, inputs, read, written, skipped, rejected FROM runs ORDER BY id').all();
    check.close();
    const counted = { status: 'completed', read: posts, written: ndjson.length, skipped: posts - ndjson.length - 1, rejected: 1 };
    expect(runs).toEqual([
      { ...counted, inputs: JSON.stringify(inputs) },
      { ...counted, inputs: JSON.stringify(['--files-from', list]) },
    ]);
  });

  it('a re-run writes only what changed: identical rows and the full-text index are left alone', () => {
    const folder = join(dir, 'rerun');
    mkdirSync(folder, { recursive: true });
    const names = readdirSync(join(corpus, 'cna')).sort().slice(0, 40);
    for (const name of names) copyFileSync(join(corpus, 'cna', name), join(folder, name));
    const db = join(dir, 'rerun.sqlite');
    expect(run([folder, '--db', db, '-q']).status).toBe(0);
    const open = openSqlite(db);
    // Every row an UPDATE touches is recorded; the FTS index's storage is compared whole.
    open.exec('CREATE TABLE audit (id TEXT); CREATE TRIGGER audit_update AFTER UPDATE ON articles BEGIN INSERT INTO audit VALUES (new.id); END;');
    const audited = (): string[] => (open.prepare('SELECT id FROM audit ORDER BY id').all() as { id: string }[]).map((row) => row.id);
    const ftsStorage = (): string => (open.prepare("SELECT group_concat(id || ':' || hex(block), ',') AS s FROM (SELECT * FROM articles_fts_data ORDER BY id)").get() as { s: string }).s;
    const ftsChecked = (): void => void open.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
    const stored = (open.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    expect(stored).toBeGreaterThan(30);
    const index = ftsStorage();

    // The same files again: nothing is written.
    expect(run([folder, '--db', db, '-q']).status).toBe(0);
    expect(audited()).toEqual([]);
    expect(ftsStorage()).toBe(index);

    // The same posts under another path: only `file` changes, so the rows are updated but the index is not.
    const moved = join(dir, 'rerun-moved');
    mkdirSync(moved, { recursive: true });
    for (const name of names) copyFileSync(join(folder, name), join(moved, name));
    expect(run([moved, '--db', db, '-q']).status).toBe(0);
    expect(audited()).toHaveLength(stored);
    expect(ftsStorage()).toBe(index);
    expect((open.prepare('SELECT count(*) AS n FROM articles WHERE file LIKE ?').get(`${moved}%`) as { n: number }).n).toBe(stored);

    // A row whose text differs from its post is rewritten and indexed again: search finds its text, not the stand-in.
    const { id, text } = open.prepare('SELECT id, text FROM articles ORDER BY id LIMIT 1').get() as { id: string; text: string };
    open.prepare('UPDATE articles SET text = ? WHERE id = ?').run('替身文字佔位', id);
    open.exec('DELETE FROM audit');
    expect(run([moved, '--db', db, '-q']).status).toBe(0);
    expect(audited()).toEqual([id]);
    expect((open.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text).toBe(text);
    ftsChecked();
    const phrase = (text.match(/[\u4e00-\u9fff]{6,}/gu) ?? [])[0]?.slice(0, 6) as string;
    const match = (query: string): string[] =>
      (open.prepare('SELECT a.id FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid WHERE articles_fts MATCH ?').all(`"${query}"`) as { id: string }[]).map((row) => row.id);
    expect(match(phrase)).toContain(id);
    expect(match('替身文字佔位')).toEqual([]);
    open.close();
  });

  it('replaces the full-text update trigger of a database made by an earlier version', () => {
    const db = join(dir, 'old-trigger.sqlite');
    expect(run([join(corpus, 'seeds'), '--db', db, '-q']).status).toBe(0);
    const trigger = (): string => {
      const check = openSqlite(db);
      try {
        return (check.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts_update'").get() as { sql: string }).sql;
      } finally {
        check.close();
      }
    };
    const current = trigger();
    expect(current).toContain('WHEN old.title IS NOT new.title OR old.text IS NOT new.text');
    // The trigger of 0.1 databases fired on every upsert, changed or not.
    const old = openSqlite(db);
    old.exec(`DROP TRIGGER articles_fts_update;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
      END;`);
    old.close();
    expect(trigger()).not.toContain('WHEN');
    expect(run([join(corpus, 'seeds'), '--db', db, '-q']).status).toBe(0);
    expect(trigger()).toBe(current);
    expect(integrity(db)).toBe('ok');
  });

  // Columns added after the first version: a database of the version before each lacks it.
  it.each([
    {
      column: 'notices', fixture: 'closing-before-suicide-note', version: 1,
      expected: [expect.stringMatching(/^自殺警語：珍惜生命/)],
    },
    {
      column: 'topic', fixture: 'timeline-2023', version: 2,
      expected: { title: '中國快艇越界翻覆2死', url: 'https://www.cna.com.tw/topic/newstopic/4425.aspx' },
    },
    {
      column: 'links', fixture: 'embed-video-myvod', version: 3,
      expected: [{ text: '撰文', url: 'https://thediplomat.com/2020/06/why-taiwan-matters-for-the-czech-republic/', paragraph: 3, offset: 66 }],
    },
    {
      column: 'paragraph_kinds', fixture: 'digest-good-morning', version: 3,
      expected: expect.arrayContaining(['subhead', 'text']),
    },
    {
      column: 'glossary', fixture: 'glossary-dictionary-box', version: 3,
      expected: [expect.objectContaining({ term: '反托拉斯', title: '反托拉斯法小百科' })],
    },
  ])('stores $column as JSON, adds the column to a database of schema version $version, and fills it on the next run', ({ column, fixture, version, expected }) => {
    const folder = join(dir, `column-${column}`);
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(import.meta.dirname, `../../fixtures/${fixture}/post.md`), join(folder, 'post.md'));
    const db = join(dir, `old-${column}.sqlite`);
    expect(run([folder, '--db', db, '-q']).status).toBe(0);
    const values = (): unknown[] => {
      const check = openSqlite(db);
      try {
        return check.prepare(`SELECT ${column} AS value FROM articles`).all().map((row) => row['value']);
      } finally {
        check.close();
      }
    };
    const [stored] = values();
    expect(JSON.parse(String(stored))).toEqual(expected);
    const old = openSqlite(db);
    old.exec(`ALTER TABLE articles DROP COLUMN ${column}; PRAGMA user_version = ${version};`);
    old.close();
    expect(() => values()).toThrow(new RegExp(column));
    expect(run([folder, '--db', db, '-q']).status).toBe(0);
    expect(values()).toEqual([stored]);
    expect(integrity(db)).toBe('ok');
  });

  it('search finds an article by a Chinese phrase from its text', () => {
    const article = JSON.parse(ndjson[Math.floor(ndjson.length / 2)] as string) as { id: string; text: string };
    const phrase = (article.text.match(/[\u4e00-\u9fff]{8,}/gu) ?? [])[0]?.slice(0, 6);
    expect(phrase).toBeDefined();
    const found = run(['search', join(dir, 'a.sqlite'), phrase as string, '--limit', '50']);
    expect(found.status).toBe(0);
    expect(found.stdout).toContain(article.id);
    const none = run(['search', join(dir, 'a.sqlite'), '這句話不會出現在任何文章']);
    expect(none.status).toBe(1);
    expect(run(['search', join(dir, 'missing.sqlite'), '台灣']).status).toBe(2);
  });

  it('a run killed with SIGKILL leaves a database that opens and completes on re-run', async () => {
    const db = join(dir, 'killed.sqlite');
    const child = start([...inputs, '--db', db, '--jobs', '2', '-q']);
    await waitFor(() => existsSync(`${db}-wal`) && statSync(`${db}-wal`).size > 200_000, 30_000);
    child.kill('SIGKILL');
    const killed = await child.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(integrity(db)).toBe('ok');
    const again = run([...inputs, '--db', db, '-q']);
    expect(again.status).toBe(0);
    expect(counts(db)).toMatchObject({ articles: distinctIds, fts: distinctIds, rejects: posts - ndjson.length });
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s stops the run: whole lines, the summary marks it interrupted, exit %i', async (signal, code) => {
    const db = join(dir, `stopped-${signal}.sqlite`);
    const out = join(dir, `stopped-${signal}.ndjson`);
    const rejects = join(dir, `stopped-${signal}-rejects.ndjson`);
    const child = start([...inputs, '--db', db, '--out', out, '--rejects', rejects, '--jobs', '2']);
    await waitFor(() => existsSync(out) && statSync(out).size > 0, 30_000);
    child.kill(signal);
    const stopped = await child.done;
    expect(stopped.status).toBe(code);
    expect(stopped.stderr).toContain(`interrupted by ${signal}`);
    const summary = summaryCounts(stopped.stderr);
    expect(summary.read).toBe(posts);
    expect(summary.written + summary.skipped + summary.rejected).toBe(posts);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(summary.written);
    for (const line of lines) JSON.parse(line);
    expect(integrity(db)).toBe('ok');
    const check = openSqlite(db);
    expect(check.prepare('SELECT status FROM runs').get()).toEqual({ status: 'interrupted' });
    check.close();
  });
  it('counts a post deleted in the middle of a run as a rejection, not a crash', async () => {
    const folder = join(dir, 'vanishing');
    mkdirSync(folder, { recursive: true });
    const names = readdirSync(join(corpus, 'cna')).sort().slice(0, 600);
    for (const [i, name] of names.entries()) copyFileSync(join(corpus, 'cna', name), join(folder, `p${String(i).padStart(4, '0')}.md`));
    const out = join(dir, 'vanishing.ndjson');
    const child = start([folder, '--out', out, '--jobs', '1']);
    await waitFor(() => existsSync(out) && statSync(out).size > 0, 30_000);
    const victims = readdirSync(folder).sort().slice(-50);
    for (const name of victims) rmSync(join(folder, name));
    const done = await child.done;
    expect(done.status).toBe(0);
    const summary = summaryCounts(done.stderr);
    expect(summary.written + summary.skipped + summary.rejected).toBe(summary.read);
    // Each deleted post was either read before it went, listed and then rejected input:read, or never listed.
    expect(summary.read).toBeGreaterThanOrEqual(550);
    expect(summary.read).toBeLessThanOrEqual(600);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(summary.written);
  });
});
