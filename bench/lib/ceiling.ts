/**
 * The machine's ceiling for the batch speed-up: the bare parse loop
 * (`safeParseCnaPosts`, as the command's workers parse; posts already in
 * memory, no file reading, no output, no pool) in 2 worker threads against
 * 1, each worker doing the same work. Whatever the batch
 * command does around the parser, its `--jobs 2` speed-up cannot beat this
 * on the same machine: on a 2-core VM one thread already gets part of the
 * second core for free (V8's background compiler and concurrent GC), and
 * that part is gone when two threads parse.
 */
import { Worker } from 'node:worker_threads';

/** The worker: CommonJS source (eval), loading the built library by URL. */
const loop = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
import(workerData.library).then(({ safeParseCnaPosts }) => {
  const posts = workerData.files.map((file) => readFileSync(file));
  for (const result of safeParseCnaPosts(posts)) void result;
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    for (let round = 0; round < workerData.rounds; round += 1) for (const result of safeParseCnaPosts(posts)) void result;
    parentPort.postMessage('done');
  });
});`;

/** Start `count` workers, wait until each has loaded and warmed up, then time them parsing together. */
async function timeWorkers(count: number, library: string, files: readonly string[], rounds: number): Promise<number> {
  const workers = Array.from({ length: count }, () => new Worker(loop, { eval: true, workerData: { library, files, rounds } }));
  try {
    await Promise.all(workers.map((worker) => new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))));
    const started = performance.now();
    await Promise.all(
      workers.map((worker) => {
        const done = new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
        worker.postMessage('go');
        return done;
      }),
    );
    return (performance.now() - started) / 1000;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

export interface Ceiling {
  readonly oneSeconds: number;
  readonly twoSeconds: number;
  /** 2 × the time of one worker / the time of two (each doing the same work). */
  readonly speedUp: number;
}

/** Best of `count` alternated measurements of 1 and 2 workers. */
export async function measureCeiling(library: string, files: readonly string[], rounds: number, count: number): Promise<Ceiling> {
  let oneSeconds = Number.POSITIVE_INFINITY;
  let twoSeconds = Number.POSITIVE_INFINITY;
  for (let round = 0; round < count; round += 1) {
    oneSeconds = Math.min(oneSeconds, await timeWorkers(1, library, files, rounds));
    twoSeconds = Math.min(twoSeconds, await timeWorkers(2, library, files, rounds));
  }
  return { oneSeconds, twoSeconds, speedUp: (2 * oneSeconds) / twoSeconds };
}
