/**
 * Helpers of the end-to-end tests: build `dist/` once when it is missing or
 * older than `src/` (a lock keeps parallel test files from building twice),
 * run the built command, and find the shared corpus.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const cli = join(root, 'dist', 'cli.js');
export const corpus = resolve(root, '..', 'shared', 'corpus');
export const corpusAvailable = existsSync(join(corpus, 'cna')) && existsSync(join(corpus, 'other'));

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const built = ['cli.js', 'worker.js'].map((file) => join(root, 'dist', file));
  if (!built.every((file) => existsSync(file))) return false;
  const oldest = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return oldest >= newestMtime(join(root, 'src'));
}

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** Run `npx tsup` once if `dist/cli.js` is missing or older than `src/`. */
export function ensureBuilt(): void {
  const lock = join(tmpdir(), `cna-ingest-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes is left over from a crash.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held !== undefined && Date.now() - held.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    if (!isFresh()) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the built command and wait for it; `input` is its standard input (default: none, an empty pipe). */
export function run(args: readonly string[], options: { cwd?: string; nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv; input?: string | Uint8Array } = {}): Run {
  const env = options.env === undefined ? undefined : { ...process.env, ...options.env };
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
    cwd: options.cwd ?? root,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    input: options.input,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** A command started by `start`. */
export interface Started {
  readonly pid: number;
  /** Its standard input, open until ended. */
  readonly stdin: NodeJS.WritableStream;
  /** What it has written to stderr so far. */
  stderr(): string;
  kill(signal?: NodeJS.Signals): void;
  /** Resolves when it exits. */
  readonly done: Promise<Run>;
}

/** Start the built command, its standard input a pipe left open. */
export function start(args: readonly string[]): Started {
  const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // A command that exits before reading its input closes the pipe: not an error of the test.
  child.stdin.on('error', () => undefined);
  const done = new Promise<Run>((resolveRun) => {
    child.on('close', (status, signal) => resolveRun({ status, signal, stdout, stderr }));
  });
  return { pid: child.pid ?? -1, stdin: child.stdin, stderr: () => stderr, kill: (signal) => child.kill(signal), done };
}

/** Poll `check` every 20 ms for up to `ms`; resolves to whether it held. */
export async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
}

/** The counts of the summary line: `read N, written N, skipped N, rejected N`. */
export function summaryCounts(stderr: string): { read: number; written: number; skipped: number; rejected: number } {
  const match = /read ([\d,]+), written ([\d,]+), skipped ([\d,]+), rejected ([\d,]+)/.exec(stderr);
  if (!match) throw new Error(`no summary in:\n${stderr}`);
  const n = (text: string | undefined): number => Number((text ?? '').replaceAll(',', ''));
  return { read: n(match[1]), written: n(match[2]), skipped: n(match[3]), rejected: n(match[4]) };
}

/** Count `.md` files under a folder (the expectation, computed without the command). */
export function countMarkdown(folder: string): number {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) count += 1;
  }
  return count;
}

