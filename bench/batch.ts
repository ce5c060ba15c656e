/**
 * `npm run bench:batch`: the built command line over the corpus copied 20×
 * into a temp folder (~45,000 posts), with `--jobs 1` and `--jobs 2`:
 * posts/s, speed-up and peak RSS (from /usr/bin/time -v, else by polling
 * /proc). Needs `npm run build` and the CLI (`cna-ingest <dir> --out FILE
 * --jobs N --quiet`, summary on stderr), which lands with issue 4; until
 * then it says so and stops.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cnaDir } from './lib/corpus.js';
import { fixed, table } from './lib/harness.js';

const COPIES = 20;
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const hasGnuTime = existsSync('/usr/bin/time');

interface Run {
  readonly jobs: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly code: number | null;
  readonly stderr: string;
}

function prepare(): { dir: string; posts: number } {
  const dir = mkdtempSync(join(tmpdir(), 'cna-bench-'));
  const names = readdirSync(cnaDir).filter((name) => name.endsWith('.md'));
  for (let copy = 0; copy < COPIES; copy += 1) {
    const sub = join(dir, `copy-${String(copy).padStart(2, '0')}`);
    mkdirSync(sub);
    for (const name of names) copyFileSync(join(cnaDir, name), join(sub, name));
  }
  return { dir, posts: names.length * COPIES };
}

function runCli(dir: string, jobs: number): Promise<Run> {
  const args = [cli, dir, '--out', '/dev/null', '--jobs', String(jobs), '--quiet'];
  const [command, argv] = hasGnuTime ? ['/usr/bin/time', ['-v', process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, argv as string[], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let polledKb = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Without GNU time, poll VmHWM of the process tree's root (workers are threads of it).
    const poll = hasGnuTime
      ? null
      : setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            polledKb = Math.max(polledKb, Number(hwm?.[1] ?? 0));
          } catch {
            // exited
          }
        }, 20);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const timeKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ jobs, seconds, peakRssMb: Number(timeKb?.[1] ?? polledKb) / 1024, code, stderr });
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(cli)) {
    console.error(`No built CLI at ${cli}: run \`npm run build\` first (the CLI lands with issue 4).`);
    process.exitCode = 1;
    return;
  }
  const { dir, posts } = prepare();
  console.log(`batch benchmark: ${posts} posts (${COPIES}× the corpus) in ${dir}; ${cpus().length} cores; Node ${process.version}`);
  try {
    const runs: Run[] = [];
    for (const jobs of [1, 2]) {
      const run = await runCli(dir, jobs);
      if (run.code !== 0 && run.code !== 1) {
        console.error(`cna-ingest --jobs ${jobs} exited ${run.code}:\n${run.stderr.slice(0, 2000)}`);
        process.exitCode = 1;
        return;
      }
      runs.push(run);
    }
    const base = runs[0] as Run;
    console.log(
      table(
        ['jobs', 'seconds', 'posts/s', 'speed-up', 'peak RSS MB'],
        runs.map((run) => [String(run.jobs), fixed(run.seconds, 2), fixed(posts / run.seconds, 0), `${fixed(base.seconds / run.seconds, 2)}×`, fixed(run.peakRssMb, 0)]),
      ),
    );
    for (const run of runs) {
      const summary = run.stderr.split('\n').filter((line) => line !== '' && !/^\s|Command being timed|Maximum resident|Exit status/.test(line))[0];
      if (summary) console.log(`  --jobs ${run.jobs}: ${summary}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
