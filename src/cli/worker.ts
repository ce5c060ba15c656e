/**
 * Worker-thread entry of the batch command (built as `dist/worker.js`).
 * Piscina calls the default export with a batch of paths; the worker reads
 * the files itself and returns the Articles as NDJSON bytes (in the shared
 * memory the task brings, when they fit) and outcome records.
 */
import { processBatch } from './process-file.js';
import type { BatchResult, BatchTask } from './outcome.js';

export default async function parseBatch(task: BatchTask): Promise<BatchResult> {
  return processBatch(task.files, task.into);
}
