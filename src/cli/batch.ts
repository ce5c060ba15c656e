/**
 * The batch command: stream the inputs in batches to the runner, keep a
 * bounded window of batches in flight, write results in input order, count
 * every outcome, and print the summary.
 */
import { basename, resolve } from 'node:path';
import type { BatchOptions } from './args.js';
import { openStore, type ArticleStore, type RunStatus } from './db/store.js';
import { checkList, listChunks, listEntries } from './file-list.js';
import { checkInputs, countInputs, expandInputs } from './inputs.js';
import type { CommandIo } from './io.js';
import { openFileSink, streamSink, type LineSink } from './line-sink.js';
import { displayPath, fileOutcomes, notWritten, outcomeOf, type BatchResult, type InputPath } from './outcome.js';
import { createProgress, type Progress } from './progress.js';
import { createRunner } from './runner.js';
import { exitCodeOf, watchSignals, type StopWatch } from './signals.js';
import { formatSummary } from './summary.js';
import { balanced, createTally, type TallyRecorder } from './tally.js';
import { createOrderedWindow } from './window.js';

/** Files per task sent to a worker: large enough to amortise messaging. */
export const batchSize = 50;

/**
 * Batches in flight per worker. Results leave in input order, so a slow
 * batch at the head holds the others back; a deep window keeps the workers
 * busy meanwhile (8 × 50 posts per worker is still only a few MB).
 */
export const windowPerJob = 8;

interface Outputs {
  readonly articles: LineSink | undefined;
  readonly rejects: LineSink | undefined;
  readonly store: ArticleStore | undefined;
}

interface RunState {
  readonly tally: TallyRecorder;
  readonly progress: Progress;
  readonly stop: StopWatch;
  done: number;
}

export async function runBatch(options: BatchOptions, io: CommandIo): Promise<number> {
  const started = performance.now();
  await checkInputs(options.inputs);
  const list = options.filesFrom;
  const countable = list === undefined || (await checkList(list));
  const listed = list === undefined ? undefined : listEntries(listChunks(list, io.stdin), list);
  const outputs = await openOutputs(options, io);
  const stop = watchSignals(io.stderr, options.quiet);
  const mode = options.quiet ? 'none' : io.stderrIsTTY === true ? 'bar' : 'lines';
  const state: RunState = { tally: createTally(), progress: createProgress({ stream: io.stderr, mode }), stop, done: 0 };
  const counting = new AbortController();
  // A list on standard input or a pipe can be read only once: the progress then shows no total.
  if (!options.quiet && countable) {
    const counted = list === undefined ? undefined : listEntries(listChunks(list, undefined), list);
    void countInputs(options.inputs, counting.signal, counted).then((total) => state.progress.setTotal(total));
  }
  let status: RunStatus = 'failed';
  let inputFailure: unknown;
  try {
    inputFailure = await processAll(options, withoutOwnOutputs(expandInputs(options.inputs, listed), options, io), outputs, state);
    if (inputFailure === undefined) status = stop.reason === undefined ? 'completed' : 'interrupted';
  } finally {
    counting.abort();
    stop.dispose();
    state.progress.finish();
    await closeOutputs(outputs, state.tally, status);
  }
  const code = conclude(options, io, state, performance.now() - started, inputFailure !== undefined);
  // The summary said what was done; the failure itself is the command's error (exit 2).
  if (inputFailure !== undefined) throw inputFailure;
  return code;
}

function conclude(options: BatchOptions, io: CommandIo, state: RunState, elapsedMs: number, failed: boolean): number {
  const tally = state.tally.snapshot();
  if (!options.quiet) {
    io.stderr.write(formatSummary(tally, { elapsedMs, interrupted: state.stop.reason, failed }));
    if (tally.skipped + tally.rejected > 0 && options.rejects === undefined) {
      io.stderr.write('  (give --rejects <file> to list the skipped and rejected posts)\n');
    }
  }
  if (!balanced(tally)) {
    io.stderr.write(`cna-ingest: internal error: read ${tally.read} posts but accounted for ${tally.written + tally.skipped + tally.rejected}.\n`);
    return 2;
  }
  if (state.stop.reason !== undefined) return exitCodeOf[state.stop.reason];
  return options.strict && tally.rejected > 0 ? 1 : 0;
}

/**
 * Parse every input, writing results in order. When the inputs themselves
 * fail part way (a folder that cannot be listed, a `--files-from` list that
 * cannot be read on), the batches already sent are still written and
 * counted, so every post read is accounted for, and the failure is
 * returned for the caller to report after the summary. Anything else that
 * fails (an output that cannot be written) is thrown.
 */
async function processAll(options: BatchOptions, inputs: AsyncIterable<InputPath>, outputs: Outputs, state: RunState): Promise<unknown> {
  let failure: unknown;
  async function* guarded(): AsyncGenerator<InputPath> {
    try {
      yield* inputs;
    } catch (error) {
      failure = error ?? new Error('the inputs failed');
    }
  }
  const runner = await createRunner(options.jobs);
  const window = createOrderedWindow<BatchResult>(Math.max(2, options.jobs * windowPerJob));
  // Write the oldest batch, then give its memory back to the runner.
  const consumeNext = async (): Promise<boolean> => {
    const result = await window.next();
    if (result === undefined) return false;
    await consume(result, outputs, state);
    runner.release(result);
    return true;
  };
  const drain = async (): Promise<void> => {
    while (await consumeNext());
  };
  const batches = inBatches(guarded(), batchSize);
  let pending: Promise<IteratorResult<InputPath[]>> | undefined;
  let finished = false;
  try {
    for (;;) {
      pending ??= batches.next();
      // While the next inputs are slow to come (a list written by another program), write the results that are ready.
      const oldest = window.oldest();
      const step = oldest === undefined ? await pending : await Promise.race([pending, oldest.then(ready, ready)]);
      if (step === READY) {
        await consumeNext();
        continue;
      }
      pending = undefined;
      if (step.done === true) {
        finished = true;
        break;
      }
      const files = step.value;
      state.tally.noteRead(files.length);
      if (state.stop.reason !== undefined) {
        // Stopped: finish what is in flight, then account for the rest without reading it.
        await drain();
        await consume(interrupted(files), outputs, state);
        continue;
      }
      window.add(runner.run(files));
      while (window.full) await consumeNext();
    }
    await drain();
  } finally {
    // Stopped by a failure: close the inputs without waiting (a read may be pending on a stalled list).
    if (!finished) void batches.return(undefined).catch(() => undefined);
    await runner.close();
  }
  return failure;
}

/**
 * The inputs without this run's own output files. An output named `.md`
 * inside an input folder (or named as an input itself) would otherwise be
 * read as a post while it is being written. Each one left out is not an
 * input of the run (not counted as read) and is said on stderr, even with
 * `--quiet`. Paths are compared resolved, as `--out`/`--rejects`/`--db`
 * are compared with each other.
 */
export async function* withoutOwnOutputs(files: AsyncIterable<InputPath>, options: BatchOptions, io: Pick<CommandIo, 'stderr'>): AsyncGenerator<InputPath> {
  const named: [string, string | undefined][] = [['--out', options.out], ['--rejects', options.rejects], ['--db', options.db]];
  const outputs = new Map(named.filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '-').map(([flag, path]) => [resolve(path), flag]));
  const names = new Set([...outputs.keys()].map((path) => basename(path)));
  for await (const file of files) {
    // Only a path with an output's name is resolved (most runs resolve nothing).
    const flag = typeof file === 'string' && names.has(basename(file)) ? outputs.get(resolve(file)) : undefined;
    if (flag === undefined) {
      yield file;
      continue;
    }
    io.stderr.write(`cna-ingest: not reading ${file}: it is this run's ${flag} file.\n`);
  }
}

/** Write one batch's results (whole lines only), then count them. */
async function consume(result: BatchResult, outputs: Outputs, state: RunState): Promise<void> {
  const records: string[] = [];
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'written') records.push(JSON.stringify(outcome.record));
  }
  if (outputs.articles !== undefined && result.articles.byteLength > 0) await outputs.articles.write(result.articles);
  if (outputs.rejects !== undefined && records.length > 0) await outputs.rejects.write(`${records.join('\n')}\n`);
  outputs.store?.writeBatch(fileOutcomes(result));
  for (const outcome of result.outcomes) state.tally.record(outcome);
  state.done += result.outcomes.length;
  state.progress.update(state.done);
}

function interrupted(files: readonly InputPath[]): BatchResult {
  const message = 'the run was stopped before this post was read';
  return notWritten(files.map((file) => outcomeOf({ file: displayPath(file), code: 'interrupted', stage: 'cli', message })));
}

/**
 * How long an incomplete batch waits for more inputs before it is sent as
 * it is: paths read from a program that writes them slowly (a list on
 * stdin fed as posts are archived) are parsed within this time, not when
 * 50 have come.
 */
export const idleFlushMs = 200;

const IDLE = Symbol('idle');
/** What waiting on the oldest batch in flight gives when it has settled. */
const READY = Symbol('ready');
const ready = (): typeof READY => READY;

/**
 * Group a stream of paths into arrays of `size`. An incomplete batch is
 * also sent when no item has come for `idleMs` (checked by one interval
 * timer, not a timer per item), so a stream that stalls does not hold
 * back the items it has given.
 */
export async function* inBatches<T>(items: AsyncIterable<T>, size: number, idleMs = idleFlushMs): AsyncGenerator<T[]> {
  const iterator = items[Symbol.asyncIterator]();
  let batch: T[] = [];
  let lastItemAt = performance.now();
  let flush = (): void => undefined;
  const idle = (): Promise<typeof IDLE> =>
    new Promise((resolve) => {
      flush = () => resolve(IDLE);
    });
  let flushed = idle();
  const timer = setInterval(() => {
    if (batch.length > 0 && performance.now() - lastItemAt >= idleMs) flush();
  }, Math.max(1, Math.floor(idleMs / 2)));
  // The timer alone never keeps the process alive: a stalled read does, and a finished source needs no flush.
  timer.unref();
  let finished = false;
  try {
    for (;;) {
      const next = iterator.next();
      let result = batch.length === 0 ? await next : await Promise.race([next, flushed]);
      if (result === IDLE) {
        const waiting = batch;
        batch = [];
        flushed = idle();
        yield waiting;
        // The read asked for before the wait is still the next one.
        result = await next;
      }
      if (result.done === true) {
        finished = true;
        break;
      }
      batch.push(result.value);
      lastItemAt = performance.now();
      if (batch.length >= size) {
        yield batch;
        batch = [];
        // Each race adds a reaction to `flushed`: a new one per batch keeps them at most `size`.
        flushed = idle();
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    clearInterval(timer);
    // Stopped early: close the source without waiting for it (a read may be pending on a stalled stream).
    if (!finished) void iterator.return?.()?.catch(() => undefined);
  }
}

async function openOutputs(options: BatchOptions, io: CommandIo): Promise<Outputs> {
  const opened: { articles?: LineSink; rejects?: LineSink; store?: ArticleStore } = {};
  try {
    // The database first: a missing SQLite binding must not leave an emptied --out behind.
    // The run's inputs as given, a list named after them as on the command line.
    const inputs = options.filesFrom === undefined ? options.inputs : [...options.inputs, '--files-from', options.filesFrom.from];
    if (options.db !== undefined) opened.store = await openStore(options.db, inputs, () => new Date());
    if (options.out !== undefined) opened.articles = await openFileSink(options.out, '--out');
    else if (options.db === undefined) opened.articles = streamSink(io.stdout, 'stdout');
    if (options.rejects !== undefined) opened.rejects = await openFileSink(options.rejects, '--rejects');
  } catch (error) {
    await opened.articles?.close();
    await opened.rejects?.close();
    opened.store?.finish(createTally().snapshot(), 'failed');
    throw error;
  }
  return { articles: opened.articles, rejects: opened.rejects, store: opened.store };
}

async function closeOutputs(outputs: Outputs, tally: TallyRecorder, status: RunStatus): Promise<void> {
  await outputs.articles?.close();
  await outputs.rejects?.close();
  outputs.store?.finish(tally.snapshot(), status);
}
