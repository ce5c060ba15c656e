/**
 * A bounded window of in-flight tasks whose results come out in the order
 * the tasks went in, however they complete: the reordering step between
 * parallel workers and a deterministic output.
 */
export interface OrderedWindow<T> {
  /** How many tasks are in flight. */
  readonly size: number;
  /** Whether the window is full (the caller should `next()` before adding). */
  readonly full: boolean;
  /** Add a task's promise; its result will come out after every earlier one. */
  add(task: Promise<T>): void;
  /** The result of the oldest task, waiting for it; undefined when empty. */
  next(): Promise<T | undefined>;
  /** The oldest task, left in the window (to wait for it while waiting for something else); undefined when empty. */
  oldest(): Promise<T> | undefined;
}

export function createOrderedWindow<T>(limit: number): OrderedWindow<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('the window limit must be a positive integer');
  const queue: Promise<T>[] = [];
  return {
    get size() {
      return queue.length;
    },
    get full() {
      return queue.length >= limit;
    },
    add(task) {
      // A later task may fail while an earlier one is awaited; it is observed when its turn comes.
      task.catch(() => undefined);
      queue.push(task);
    },
    async next() {
      const head = queue.shift();
      return head === undefined ? undefined : await head;
    },
    oldest() {
      return queue[0];
    },
  };
}
