import { describe, expect, it } from 'vitest';
import { inBatches } from '../../src/cli/batch.js';
import { createOrderedWindow } from '../../src/cli/window.js';

const later = <T>(value: T, ms: number): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('createOrderedWindow', () => {
  it('gives results in the order tasks were added, whatever order they finish in', async () => {
    const window = createOrderedWindow<number>(4);
    window.add(later(0, 30));
    window.add(later(1, 1));
    window.add(later(2, 15));
    window.add(Promise.resolve(3));
    expect(window.full).toBe(true);
    const out: number[] = [];
    for (let value = await window.next(); value !== undefined; value = await window.next()) out.push(value);
    expect(out).toEqual([0, 1, 2, 3]);
    expect(window.size).toBe(0);
  });

  it('is full at its limit and has room again after next()', async () => {
    const window = createOrderedWindow<string>(2);
    window.add(later('a', 5));
    expect(window.full).toBe(false);
    window.add(later('b', 1));
    expect(window.full).toBe(true);
    expect(await window.next()).toBe('a');
    expect(window.full).toBe(false);
  });

  it('does not raise an unhandled rejection for a later task that fails first', async () => {
    const window = createOrderedWindow<number>(3);
    window.add(later(1, 20));
    window.add(Promise.reject(new Error('boom')));
    await later(undefined, 30);
    expect(await window.next()).toBe(1);
    await expect(window.next()).rejects.toThrow('boom');
  });

  it('shows the oldest task without taking it out', async () => {
    const window = createOrderedWindow<string>(3);
    expect(window.oldest()).toBeUndefined();
    const first = Promise.resolve('a');
    window.add(first);
    window.add(Promise.resolve('b'));
    expect(window.oldest()).toBe(first);
    expect(window.size).toBe(2);
    expect(await window.next()).toBe('a');
    expect(await window.oldest()).toBe('b');
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createOrderedWindow(0)).toThrow(RangeError);
  });
});

describe('inBatches', () => {
  async function* count(n: number): AsyncGenerator<number> {
    for (let i = 0; i < n; i += 1) yield i;
  }

  it('groups a stream into arrays of the size, the last one shorter', async () => {
    const batches: number[][] = [];
    for await (const batch of inBatches(count(7), 3)) batches.push(batch);
    expect(batches).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });

  it('sends an incomplete batch when the stream stalls, and goes on with the rest', async () => {
    let open = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    async function* stalling(): AsyncGenerator<number> {
      yield* [0, 1, 2];
      // Stalls until the consumer has the first three: without the flush, neither would go on.
      await gate;
      yield* [3, 4];
    }
    const batches: number[][] = [];
    for await (const batch of inBatches(stalling(), 50, 20)) {
      batches.push(batch);
      open();
    }
    expect(batches).toEqual([[0, 1, 2], [3, 4]]);
  }, 5000);

  it('stops at once when the consumer stops during a stall, without waiting for the stream', async () => {
    async function* stalled(): AsyncGenerator<number> {
      yield 0;
      await new Promise<never>(() => undefined);
    }
    const batches: number[][] = [];
    for await (const batch of inBatches(stalled(), 50, 20)) {
      batches.push(batch);
      break;
    }
    expect(batches).toEqual([[0]]);
  }, 5000);

  it('yields nothing for an empty stream', async () => {
    const batches: number[][] = [];
    for await (const batch of inBatches(count(0), 3)) batches.push(batch);
    expect(batches).toEqual([]);
  });
});
