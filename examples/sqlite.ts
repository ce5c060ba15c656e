/**
 * Ingest posts into SQLite with the CLI, then query the database with
 * better-sqlite3 (an optional peer dependency).
 *
 *   npm run build && node --import tsx examples/sqlite.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');

function runCli(args: string[]): string {
  try {
    return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`;
  }
}

const work = mkdtempSync(join(tmpdir(), 'cna-sqlite-'));
try {
  const db = join(work, 'articles.sqlite');
  execFileSync(process.execPath, [cli, join(root, 'fixtures'), '--db', db, '--quiet'], { stdio: 'inherit' });

  const sqlite = new Database(db, { readonly: true });
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  console.log(`tables: ${tables.map((table) => table.name).join(', ')}`);
  const { count } = sqlite.prepare('SELECT count(*) AS count FROM articles').get() as { count: number };
  const byCode = sqlite.prepare('SELECT code, count(*) AS n FROM rejects GROUP BY code ORDER BY code').all() as { code: string; n: number }[];
  console.log(`articles: ${count}; rejects: ${byCode.map((row) => `${row.code} ${row.n}`).join(', ')}`);
  sqlite.close();
  // Every fixture case with an expected article.json is an Article (the others are rejected cases); the
  // database keeps one row per article id, and two cases are edits of the same post.
  const ids = readdirSync(join(root, 'fixtures'))
    .map((name) => join(root, 'fixtures', name, 'article.json'))
    .filter((file) => existsSync(file))
    .map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id);
  const expected = new Set(ids).size;
  if (count !== expected) throw new Error(`expected ${expected} articles, found ${count}`);
  const hits = runCli(['search', db, '遏制戰略']);
  console.log(hits.split('\n').slice(0, 4).join('\n'));
  if (!hits.includes('202309150183')) throw new Error('search should find the seed post 202309150183 by 遏制戰略');
} finally {
  rmSync(work, { recursive: true, force: true });
}
