/**
 * Ingest posts into SQLite with the CLI, then query the database with
 * better-sqlite3 (an optional peer dependency).
 *
 *   npm run build && node --import tsx examples/sqlite.ts
 *
 * Skips with a message while the built CLI has no `--db` option.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

if (!runCli(['--help']).includes('--db')) {
  console.log('examples/sqlite.ts: skipped, the built CLI (dist/cli.js) has no --db option yet');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'cna-sqlite-'));
try {
  const db = join(work, 'articles.sqlite');
  execFileSync(process.execPath, [cli, join(root, 'fixtures'), '--db', db, '--quiet'], { stdio: 'inherit' });

  const sqlite = new Database(db, { readonly: true });
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  console.log(`tables: ${tables.map((table) => table.name).join(', ')}`);
  if (tables.some((table) => table.name === 'articles')) {
    const { count } = sqlite.prepare('SELECT count(*) AS count FROM articles').get() as { count: number };
    console.log(`articles: ${count}`);
  }
  sqlite.close();
  console.log(runCli(['search', db, '南韓']).split('\n').slice(0, 5).join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
