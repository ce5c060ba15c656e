/**
 * `npm run bench:instructions [-- [--every N] [--caches]]`: what the
 * processor is asked to do per post, counted rather than timed, for the
 * floor (parse5 `parseFragment` of the body), `parseCnaPost` and
 * `safeParseCnaPosts`.
 *
 * Each case runs under valgrind's cachegrind, which counts the instructions
 * executed (and, with `--caches`, simulates the first-level caches, the
 * last-level cache and the branch predictor). Timings on a shared 2-core VM
 * move by 30% or more from run to run; these counts moved by 1–11% between
 * two runs here (the floor's the most), so a large change can be judged by
 * them. They also show why the ratio to the floor in time is larger than in
 * instructions: cache misses and branch mispredictions cost cycles without
 * being instructions.
 *
 * Every case runs twice, for LOW and HIGH rounds over every N-th CNA post of
 * the corpus (default 4: 568 posts, so HIGH − LOW = 4 rounds is one corpus's
 * worth of parses; a smaller sample leaves JIT warm-up inside the window:
 * `--every 64` gave `parseCnaPost` 3.1× the floor): the difference is then
 * steady-state work, with start-up, module loading and the first,
 * unoptimised rounds cancelled out; each run
 * ends with a full garbage collection, so both pay for the garbage they
 * made. Node runs with `--single-threaded` (V8 compiles and collects garbage
 * on the main thread; under valgrind all threads would be counted anyway, as
 * process CPU time counts them) and `--predictable-gc-schedule` (without it,
 * V8 schedules collections by the clock, which valgrind slows down, and
 * `parseCnaPost`'s count moved by 20% between runs).
 * Simulated caches are valgrind's model of this machine's (L1 and last
 * level; not the L2), not measurements; instructions are counted, not sampled.
 *
 * Needs valgrind (`apt-get install valgrind`). About 5 minutes on 2 cores,
 * about 15 with `--caches`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { postNames } from './lib/corpus.js';
import { fixed, table } from './lib/harness.js';

const LOW = 4;
const HIGH = 8;
const cases = ['floor', 'parseCnaPost', 'safeParseCnaPosts'] as const;
type CaseName = (typeof cases)[number];

/** What cachegrind prints at exit, as counts. */
interface Counts {
  readonly instructions: number;
  readonly l1InstructionMisses: number;
  readonly l1DataMisses: number;
  readonly lastLevelMisses: number;
  readonly mispredicts: number;
}

const labels: Readonly<Record<keyof Counts, RegExp>> = {
  instructions: /I\s+refs:\s+([\d,]+)/,
  l1InstructionMisses: /I1\s+misses:\s+([\d,]+)/,
  l1DataMisses: /D1\s+misses:\s+([\d,]+)/,
  lastLevelMisses: /LL misses:\s+([\d,]+)/,
  mispredicts: /Mispredicts:\s+([\d,]+)/,
};

function readCounts(stderr: string, what: string, caches: boolean): Counts {
  const entries = Object.entries(labels).map(([key, pattern]) => {
    if (!caches && key !== 'instructions') return [key, 0];
    const match = pattern.exec(stderr);
    if (match === null) throw new Error(`no "${key}" in valgrind's output for ${what}:\n${stderr.slice(-2000)}`);
    return [key, Number((match[1] as string).replaceAll(',', ''))];
  });
  return Object.fromEntries(entries) as unknown as Counts;
}

const child = fileURLToPath(new URL('./lib/instructions-child.ts', import.meta.url));

function runCase(name: CaseName, rounds: number, every: number, caches: boolean): Promise<Counts> {
  const simulate = caches ? 'yes' : 'no';
  const args = [
    '--tool=cachegrind', `--cache-sim=${simulate}`, `--branch-sim=${simulate}`,
    // V8 writes the code it compiles: valgrind must notice code that changes.
    '--smc-check=all-non-file',
    '--cachegrind-out-file=/dev/null',
    // Repeatable counts: V8's compiler and GC on the main thread, a GC schedule that does not depend on the
    // clock (valgrind slows the clock's view of the program down, which would move the collections).
    process.execPath, '--single-threaded', '--predictable-gc-schedule', '--expose-gc', '--import', 'tsx', child, name, String(rounds), String(every),
  ];
  return new Promise((resolve, reject) => {
    const run = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    run.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    run.on('error', reject);
    run.on('close', (code) => {
      if (code !== 0) reject(new Error(`valgrind ${name} ×${rounds} exited ${code}:\n${stderr.slice(-2000)}`));
      else {
        try {
          resolve(readCounts(stderr, `${name} ×${rounds}`, caches));
        } catch (error) {
          reject(error);
        }
      }
    });
  });
}

/** Run the jobs at most `width` at a time (each is one valgrind process, single-threaded in effect). */
async function pooled<T>(jobs: readonly (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next;
      next += 1;
      results[index] = await (jobs[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return results;
}

function everyArgument(argv: readonly string[]): number {
  const at = argv.indexOf('--every');
  if (at === -1) return 4;
  const every = Number(argv[at + 1]);
  if (!Number.isInteger(every) || every < 1) throw new Error('--every needs a whole number of at least 1');
  return every;
}

async function main(): Promise<void> {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('bench:instructions needs valgrind (Debian/Ubuntu: apt-get install valgrind).');
    process.exitCode = 1;
    return;
  }
  const argv = process.argv.slice(2);
  const every = everyArgument(argv);
  const caches = argv.includes('--caches');
  const posts = Math.ceil(postNames().length / every);
  const parses = posts * (HIGH - LOW);
  console.log(
    `cna-ingest instruction counts: Node ${process.version}, valgrind cachegrind${caches ? ' with cache and branch simulation' : ''}, ` +
      `every ${every}. CNA post (${posts} posts), ${HIGH} rounds minus ${LOW} rounds = ${parses} parses per case\n`,
  );
  const jobs = cases.flatMap((name) => [LOW, HIGH].map((rounds) => () => runCase(name, rounds, every, caches)));
  const counts = await pooled(jobs, Math.max(1, cpus().length));
  const perPost = new Map<CaseName, Counts>();
  cases.forEach((name, index) => {
    const low = counts[2 * index] as Counts;
    const high = counts[2 * index + 1] as Counts;
    const entries = (Object.keys(labels) as (keyof Counts)[]).map((key) => [key, (high[key] - low[key]) / parses]);
    perPost.set(name, Object.fromEntries(entries) as unknown as Counts);
  });
  const floor = perPost.get('floor') as Counts;
  const ratio = (value: number, base: number): string => (base > 0 ? `${fixed(value / base, 2)}×` : '–');
  const rows = cases.map((name) => {
    const c = perPost.get(name) as Counts;
    const row = [name === 'floor' ? 'floor: parse5 parseFragment(body)' : name, fixed(c.instructions / 1000, 0), ratio(c.instructions, floor.instructions)];
    if (!caches) return row;
    return [
      ...row,
      fixed(c.l1InstructionMisses, 0),
      ratio(c.l1InstructionMisses, floor.l1InstructionMisses),
      fixed(c.l1DataMisses, 0),
      ratio(c.l1DataMisses, floor.l1DataMisses),
      fixed(c.lastLevelMisses, 0),
      fixed(c.mispredicts, 0),
      ratio(c.mispredicts, floor.mispredicts),
    ];
  });
  const header = ['case (per post)', 'K instructions', 'vs floor'];
  const cacheHeader = ['I1 misses', 'vs floor', 'D1 misses', 'vs floor', 'LL misses', 'branch mispredicts', 'vs floor'];
  console.log(table(caches ? [...header, ...cacheHeader] : header, rows));
  const ours = perPost.get('parseCnaPost') as Counts;
  const many = perPost.get('safeParseCnaPosts') as Counts;
  console.log(
    `\nparseCnaPost executes ${ratio(ours.instructions, floor.instructions)} the floor's instructions per post, ` +
      `safeParseCnaPosts ${ratio(many.instructions, floor.instructions)}.`,
  );
  if (caches) {
    console.log(
      `parseCnaPost has ${ratio(ours.l1InstructionMisses, floor.l1InstructionMisses)} the floor's instruction-cache misses, ` +
        `${ratio(ours.l1DataMisses, floor.l1DataMisses)} its data-cache misses and ${ratio(ours.mispredicts, floor.mispredicts)} its branch ` +
        'mispredictions: npm run bench\'s time ratio exceeds the instruction ratio by what these stalls cost.',
    );
  } else {
    console.log('npm run bench:instructions -- --caches adds simulated cache misses and branch mispredictions, which account for the rest of the time ratio of npm run bench.');
  }
}

await main();
