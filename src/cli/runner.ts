/**
 * Runs batches of files: in worker threads (piscina) for `--jobs` > 1, or
 * in this thread for `--jobs 1`. Workers read the files themselves; only
 * paths go in, and NDJSON lines and outcome records come back.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { outcomeOf, type BatchResult } from './outcome.js';
import { processBatch } from './process-file.js';

export interface BatchRunner {
  /** Parse a batch; never rejects (a crashed worker rejects its files as `internal`). */
  run(files: readonly string[]): Promise<BatchResult>;
  close(): Promise<void>;
}

export async function createRunner(jobs: number): Promise<BatchRunner> {
  const worker = workerFile();
  if (jobs <= 1 || worker === undefined) {
    return { run: (files) => processBatch(files), close: async () => undefined };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: worker, minThreads: jobs, maxThreads: jobs, idleTimeout: 30_000 });
  return {
    async run(files) {
      try {
        return (await pool.run({ files })) as BatchResult;
      } catch (error) {
        const message = `the worker failed: ${error instanceof Error ? error.message : String(error)}`;
        return { outcomes: files.map((file) => outcomeOf({ file, code: 'internal', stage: 'worker', message })) };
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}

/** The built worker beside the built command (`dist/worker.js`); undefined when run from source. */
function workerFile(): string | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url.href : undefined;
}
