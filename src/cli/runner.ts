/**
 * Runs batches of files: in worker threads (piscina) for `--jobs` > 1, or
 * in this thread for `--jobs 1`. Workers read the files themselves; only
 * paths go in, and NDJSON lines and outcome records come back.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { displayPath, notWritten, outcomeOf, type BatchResult, type BatchTask, type InputPath } from './outcome.js';

export interface BatchRunner {
  /**
   * Parse a batch; never rejects. When a worker dies on a batch (out of
   * memory, or a bug), its files are parsed again one per task, so only a
   * file that kills a worker on its own is rejected (stage `worker`, code
   * `input:too-heavy` when out of memory, else `internal`), and every file
   * is accounted for.
   */
  run(files: readonly InputPath[]): Promise<BatchResult>;
  /**
   * The result's Articles have been written: their memory may be reused.
   * Until then `result.articles` stays valid; after, it must not be read.
   */
  release(result: BatchResult): void;
  close(): Promise<void>;
}

/**
 * Bytes of each reusable output area. A batch writes its Articles into one
 * (shared memory: no copy between threads, nothing left for the main
 * thread's garbage collector, whose fresh buffers per batch were up to
 * 64 MB of dead bytes waiting for a collection). 50 posts of the corpus
 * take ~290 KB; a batch that needs more brings a buffer of its own.
 */
export const areaBytes = 1024 * 1024;

/** Reusable output areas: one per batch in flight, taken by `run` and given back by `release`. */
function createAreas(): { take(): SharedArrayBuffer; keep(result: BatchResult, area: SharedArrayBuffer): void; give(area: SharedArrayBuffer): void; release(result: BatchResult): void } {
  const free: SharedArrayBuffer[] = [];
  const held = new WeakMap<BatchResult, SharedArrayBuffer>();
  return {
    take: () => free.pop() ?? new SharedArrayBuffer(areaBytes),
    keep(result, area) {
      // A result whose Articles did not fit holds its own buffer: the area is free at once.
      if (result.articles.buffer instanceof SharedArrayBuffer) held.set(result, area);
      else free.push(area);
    },
    give: (area) => free.push(area),
    release(result) {
      const area = held.get(result);
      if (area === undefined) return;
      held.delete(result);
      free.push(area);
    },
  };
}

/** The environment variable that sets the heap limit of each worker, in MB. */
export const heapLimitVariable = 'CNA_INGEST_WORKER_HEAP_MB';

/**
 * The old-generation limit of each worker, in MB. It is a ceiling for the
 * worst post, not a budget for the run: the heaviest 8 MiB posts (the
 * `maxBytes` limit) measured need 513–640 MB of heap (one-character
 * paragraphs; inline tags around every character), so 1 GiB leaves 1.6–2×
 * that. A heap capped below 2 GiB is also one V8 grows more slowly
 * between collections (about 1.6× its live size instead of 4×), which is
 * what keeps a worker near 45 MB over 45,000 posts instead of ~105 MB.
 */
export const defaultHeapLimitMb = 1024;

/**
 * The young generation of each worker, in MB (V8 splits it 1:1:1 into two
 * semi-spaces and a space for new large objects): 8 MB semi-spaces instead
 * of 16 MB. Measured over 45,440 posts with `--jobs 2` (both workers'
 * scavenges; peak RSS of the process): 12 MB, 2,330 scavenges, 2.6 s,
 * ~200 MB; 24 MB, 1,175 scavenges, 1.8 s, ~217 MB; 32 MB or the default
 * 48 MB, ~610 scavenges, 1.3–1.4 s, ~262 MB.
 */
export const youngGenerationMb = 24;

export async function createRunner(jobs: number): Promise<BatchRunner> {
  const worker = workerFile();
  const areas = createAreas();
  if (jobs <= 1 || worker === undefined) {
    // Loaded here only: with workers, the main thread never loads the parser (~0.5 s of module loading).
    const { processBatch } = await import('./process-file.js');
    return {
      async run(files) {
        const area = areas.take();
        const result = await processBatch(files, area);
        areas.keep(result, area);
        return result;
      },
      release: (result) => areas.release(result),
      close: async () => undefined,
    };
  }
  const { Piscina } = await import('piscina');
  const heapLimitMb = heapLimit();
  const pool = new Piscina({
    filename: worker,
    // One worker starts at once; piscina adds the others as soon as a second batch waits, so a run of
    // one batch (up to 50 posts) loads the parser once, not `jobs` times.
    minThreads: 1,
    maxThreads: jobs,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: youngGenerationMb },
  });
  const runOne = async (files: readonly InputPath[], into?: SharedArrayBuffer): Promise<BatchResult> => (await pool.run({ files, into } satisfies BatchTask)) as BatchResult;
  return {
    async run(files) {
      const area = areas.take();
      try {
        const result = await runOne(files, area);
        areas.keep(result, area);
        return result;
      } catch (error) {
        // The worker is gone: nothing writes to the area any more.
        areas.give(area);
        if (files.length === 1) return failed(files, error, heapLimitMb);
        // Find the file that killed the worker; the others parse as they would have.
        const alone = await Promise.all(files.map((file) => runOne([file]).catch((retried: unknown) => failed([file], retried, heapLimitMb))));
        return { outcomes: alone.flatMap((result) => result.outcomes), articles: Buffer.concat(alone.map((result) => result.articles)) };
      }
    },
    release: (result) => areas.release(result),
    async close() {
      await pool.destroy();
    },
  };
}

function failed(files: readonly InputPath[], error: unknown, heapLimitMb: number): BatchResult {
  const reason = error instanceof Error ? error.message : String(error);
  const outOfMemory = (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  // A post that runs a worker out of memory is at fault, not the code: it gets an input code, not `internal`.
  const code = outOfMemory ? 'input:too-heavy' : 'internal';
  const message = outOfMemory
    ? `the worker parsing this post ran out of memory (${heapLimitMb} MB heap; ${heapLimitVariable} raises it): ${reason}`
    : `the worker failed: ${reason}`;
  return notWritten(files.map((file) => outcomeOf({ file: displayPath(file), code, stage: 'worker', message })));
}

/** The worker heap limit: `CNA_INGEST_WORKER_HEAP_MB` when it is a whole number of MB (64 or more), else the default. */
export function heapLimit(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[heapLimitVariable];
  const value = text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 64 ? value : defaultHeapLimitMb;
}

/** The built worker beside the built command (`dist/worker.js`); undefined when run from source. */
function workerFile(): string | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url.href : undefined;
}
