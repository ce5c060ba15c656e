/**
 * The machine's ceiling for the batch speed-up: the bare parse loop
 * (`safeParseCnaPosts`, as the command's workers parse; posts already in
 * memory, no file reading, no output, no pool) in 2 worker threads against
 * 1. Whatever the batch command does around the parser, its `--jobs 2`
 * speed-up cannot beat this on the same machine. Two ceilings:
 *
 * - warm: each worker loads the library and parses the posts once before
 *   the clock starts, then each parses the same work. It shows what the
 *   two cores give to two busy parsing threads once compiled: on a 2-core
 *   VM one thread already gets part of the second core for free (V8's
 *   background compiler and concurrent GC), and that part is gone when two
 *   threads parse.
 * - cold: the clock starts before the workers do; one worker parses all
 *   the work, or two workers half of it each, from a fresh start, as the
 *   command's workers do. Each worker loads the library and compiles its
 *   hot code itself (V8 shares no compiled code between threads), so this
 *   one also counts the warm-up paid once per worker.
 * - floor: the warm ceiling of parse5's `parseFragment` alone over the
 *   same posts' bodies, the work no parser of these posts avoids. When
 *   even that gets less than the target from two threads, the machine (its
 *   memory and the helpers each V8 isolate runs) sets the limit, not the
 *   command.
 */
import { Worker } from 'node:worker_threads';

/**
 * The worker: CommonJS source (eval). It loads `workerData.module` by URL:
 * the built library, whose `safeParseCnaPosts` parses the files' bytes; or
 * parse5, whose `parseFragment` parses `workerData.bodies` (the floor).
 * With `warm`, one unclocked pass first.
 */
const loop = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
import(workerData.module).then((module) => {
  const floor = workerData.bodies !== undefined;
  const inputs = floor ? workerData.bodies : workerData.files.map((file) => readFileSync(file));
  const pass = floor
    ? () => { for (const body of inputs) module.parseFragment(body); }
    : () => { for (const result of module.safeParseCnaPosts(inputs)) void result; };
  const run = () => {
    for (let round = 0; round < workerData.rounds; round += 1) pass();
    parentPort.postMessage('done');
  };
  if (!workerData.warm) return run();
  pass();
  parentPort.postMessage('ready');
  parentPort.once('message', run);
});`;

/** What the workers parse: the library over files, or parse5 alone over bodies (the floor). */
type Work = { readonly module: string; readonly files: readonly string[] } | { readonly module: string; readonly bodies: readonly string[] };

const settled = (worker: Worker): Promise<unknown> => new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));

/** Start `count` workers, wait until each has loaded and warmed up, then time them parsing together. */
async function timeWarm(count: number, work: Work, rounds: number): Promise<number> {
  const workers = Array.from({ length: count }, () => new Worker(loop, { eval: true, workerData: { ...work, rounds, warm: true } }));
  try {
    await Promise.all(workers.map(settled));
    const started = performance.now();
    await Promise.all(
      workers.map((worker) => {
        const done = settled(worker);
        worker.postMessage('go');
        return done;
      }),
    );
    return (performance.now() - started) / 1000;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Time `count` fresh workers, each loading the library and parsing `rounds` passes over the posts. */
async function timeCold(count: number, library: string, files: readonly string[], rounds: number): Promise<number> {
  const started = performance.now();
  const workers = Array.from({ length: count }, () => new Worker(loop, { eval: true, workerData: { module: library, files, rounds, warm: false } }));
  try {
    await Promise.all(workers.map(settled));
    return (performance.now() - started) / 1000;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

export interface Ceiling {
  readonly oneSeconds: number;
  readonly twoSeconds: number;
  /** The time of one worker doing the work / the time of two sharing it (warm: 2 × one / two, each doing the same work). */
  readonly speedUp: number;
}

/**
 * Warm ceiling, best of `count` alternated measurements of 1 and 2 workers;
 * each worker parses the posts `rounds` times, so two workers do twice the work.
 */
export async function measureCeiling(library: string, files: readonly string[], rounds: number, count: number): Promise<Ceiling> {
  return warmCeiling({ module: library, files }, rounds, count);
}

/**
 * Floor ceiling: the warm ceiling of parse5's `parseFragment` alone (loaded
 * from `parse5`, its module URL) over `bodies`, best of `count` alternated
 * measurements.
 */
export async function measureFloorCeiling(parse5: string, bodies: readonly string[], rounds: number, count: number): Promise<Ceiling> {
  return warmCeiling({ module: parse5, bodies }, rounds, count);
}

async function warmCeiling(work: Work, rounds: number, count: number): Promise<Ceiling> {
  const { oneSeconds, twoSeconds } = await bestOf(count, () => timeWarm(1, work, rounds), () => timeWarm(2, work, rounds));
  return { oneSeconds, twoSeconds, speedUp: (2 * oneSeconds) / twoSeconds };
}

/** The best of `count` alternated timings of one worker and of two. */
async function bestOf(count: number, one: () => Promise<number>, two: () => Promise<number>): Promise<{ oneSeconds: number; twoSeconds: number }> {
  let oneSeconds = Number.POSITIVE_INFINITY;
  let twoSeconds = Number.POSITIVE_INFINITY;
  for (let round = 0; round < count; round += 1) {
    oneSeconds = Math.min(oneSeconds, await one());
    twoSeconds = Math.min(twoSeconds, await two());
  }
  return { oneSeconds, twoSeconds };
}

/**
 * Cold ceiling, best of `count` alternated measurements: one fresh worker
 * parsing the posts `rounds` times (an even number), against two fresh
 * workers parsing them `rounds / 2` times each.
 */
export async function measureColdCeiling(library: string, files: readonly string[], rounds: number, count: number): Promise<Ceiling> {
  if (!Number.isSafeInteger(rounds) || rounds < 2 || rounds % 2 !== 0) throw new RangeError('the cold ceiling needs an even number of rounds');
  const { oneSeconds, twoSeconds } = await bestOf(count, () => timeCold(1, library, files, rounds), () => timeCold(2, library, files, rounds / 2));
  return { oneSeconds, twoSeconds, speedUp: oneSeconds / twoSeconds };
}
