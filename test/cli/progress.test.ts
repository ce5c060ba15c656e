import { describe, expect, it } from 'vitest';
import { createProgress, describeProgress } from '../../src/cli/progress.js';

function sink(): { stream: NodeJS.WritableStream; text: () => string } {
  let text = '';
  const stream = { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream;
  return { stream, text: () => text };
}

describe('describeProgress', () => {
  it('gives count, share, rate and ETA when the total is known', () => {
    expect(describeProgress(1000, 4000, 2000)).toBe('1,000 of 4,000 posts (25%), 500 posts/s, ETA 6 s');
    expect(describeProgress(1000, 100_000, 1000)).toBe('1,000 of 100,000 posts (1%), 1,000 posts/s, ETA 1 min 39 s');
  });

  it('gives count and rate while the total is still being counted', () => {
    expect(describeProgress(250, undefined, 500)).toBe('250 posts, 500 posts/s');
  });
});

describe('createProgress', () => {
  it('writes plain lines at most once per interval off a terminal', () => {
    let now = 0;
    const out = sink();
    const progress = createProgress({ stream: out.stream, mode: 'lines', now: () => now, lineIntervalMs: 1000 });
    progress.setTotal(300);
    now = 500;
    progress.update(50);
    now = 1000;
    progress.update(100);
    now = 1500;
    progress.update(150);
    progress.finish();
    expect(out.text()).toBe('cna-ingest: 100 of 300 posts (33%), 100 posts/s, ETA 2 s\n');
  });

  it('redraws one line with a bar on a terminal and clears it at the end', () => {
    let now = 0;
    const out = sink();
    const progress = createProgress({ stream: out.stream, mode: 'bar', now: () => now });
    progress.setTotal(100);
    now = 200;
    progress.update(50);
    progress.finish();
    expect(out.text()).toBe('\r\x1b[2K[############------------] 50 of 100 posts (50%), 250 posts/s, ETA 1 s\r\x1b[2K');
  });

  it('writes nothing when quiet', () => {
    const out = sink();
    const progress = createProgress({ stream: out.stream, mode: 'none', now: () => 10_000 });
    progress.update(5);
    progress.finish();
    expect(out.text()).toBe('');
  });
});
