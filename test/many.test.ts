/**
 * `safeParseMany` / `safeParseCnaPosts`: stage-major groups must give, post
 * for post, what `safeParse` gives, and read their inputs lazily.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, listPosts } from '../scripts/lib/corpus-stats.js';
import { createPipeline, defaultStages, defineStage, safeParseCnaPost, safeParseCnaPosts, type PostInput, type SafeParseResult } from '../src/index.js';
import { makePost } from './support/post.js';

/** What a result says, as JSON (an error by its fields, an Article whole). */
const view = (result: SafeParseResult<unknown>): unknown => JSON.parse(JSON.stringify(result.ok ? result : { ok: false, error: result.error.toJSON() }));

/** An iterable that counts how many inputs were taken from it. */
function counted(inputs: readonly PostInput[]): { iterable: Iterable<PostInput>; taken: () => number } {
  let taken = 0;
  return {
    iterable: {
      *[Symbol.iterator]() {
        for (const input of inputs) {
          taken += 1;
          yield input;
        }
      },
    },
    taken: () => taken,
  };
}

describe.skipIf(!corpusAvailable())('safeParseCnaPosts over the corpus', () => {
  it('gives every post of every folder what safeParseCnaPost gives, in input order', () => {
    const files = [...listPosts('cna'), ...listPosts('other'), ...listPosts('seeds')];
    expect(files.length).toBeGreaterThanOrEqual(2474);
    const inputs = files.map((file, index) => {
      const bytes = readFileSync(file);
      // Texts, bytes and named inputs mixed, so each kind meets the others in a group.
      if (index % 3 === 0) return bytes.toString('utf8');
      if (index % 3 === 1) return new Uint8Array(bytes);
      return { source: bytes, file: basename(file) };
    });
    const many = [...safeParseCnaPosts(inputs)];
    expect(many).toHaveLength(files.length);
    let differing = 0;
    inputs.forEach((input, index) => {
      const one = typeof input === 'object' && 'source' in input ? safeParseCnaPost(input.source, { file: input.file }) : safeParseCnaPost(input);
      if (JSON.stringify(view(one)) !== JSON.stringify(view(many[index] as SafeParseResult<unknown>))) differing += 1;
    });
    expect(differing).toBe(0);
    // Both kinds of result occur, so the comparison covered errors too.
    expect(many.filter((result) => !result.ok).length).toBe(201);
  });
});

describe('safeParseMany', () => {
  it('names each rejected input by its own file and keeps the others', () => {
    const results = [
      ...safeParseCnaPosts([
        { source: makePost(), file: 'good.md' },
        { source: 'no front matter', file: 'bad.md' },
        new Uint8Array([0xff, 0xfe, 0x00]),
        makePost({ title: '第二篇' }),
      ]),
    ];
    expect(results.map((result) => (result.ok ? result.article.title : `${result.error.code} ${result.error.file}`))).toEqual([
      '美韓擴大遏制戰略磋商 警告俄朝軍事合作將付代價',
      'front-matter:missing bad.md',
      'input:encoding undefined',
      '第二篇',
    ]);
  });

  it('isolates a stage that throws on one post of a group', () => {
    const picky = defineStage('picky', (draft) => {
      if (draft.meta?.title === '壞') throw new Error('no');
      return draft;
    });
    const pipeline = createPipeline(...defaultStages.slice(0, 3), picky, ...defaultStages.slice(3));
    const results = [...pipeline.safeParseMany([makePost({ title: '好' }), makePost({ title: '壞' }), makePost({ title: '也好' })])];
    expect(results.map((result) => (result.ok ? result.article.title : [result.error.code, result.error.stage, result.error.reason]))).toEqual([
      '好',
      ['internal', 'picky', 'no'],
      '也好',
    ]);
  });

  it('reads its inputs a group of 32 at a time, and yields nothing for no input', () => {
    const source = counted(Array.from({ length: 70 }, () => makePost()));
    const results = safeParseCnaPosts(source.iterable);
    expect(source.taken()).toBe(0);
    expect(results.next().value?.ok).toBe(true);
    expect(source.taken()).toBe(32);
    expect([...results]).toHaveLength(69);
    expect(source.taken()).toBe(70);
    expect([...safeParseCnaPosts([])]).toEqual([]);
  });

  it('starts a new group before a post that would take the group over 1 Mi characters', () => {
    const big = makePost({ html: `<p>${'長'.repeat(1_100_000)}</p>` });
    const source = counted([makePost(), big, big, makePost()]);
    const results = safeParseCnaPosts(source.iterable);
    results.next();
    // The first group closed when the first big post came, which is then parsed in a group of its own.
    expect(source.taken()).toBe(2);
    results.next();
    expect(source.taken()).toBe(3);
    expect([...results].map((result) => result.ok)).toEqual([true, true]);
  });

  it('refuses bad options and inputs that are not posts (API misuse) with a TypeError', () => {
    expect(() => safeParseCnaPosts([makePost()], { maxDepth: 0 })).toThrow(TypeError);
    expect(() => safeParseCnaPosts(42 as unknown as PostInput[])).toThrow(/iterable/);
    expect(() => [...safeParseCnaPosts([42 as unknown as PostInput])]).toThrow(/each input/);
    expect(() => [...safeParseCnaPosts([{ source: makePost(), file: 7 as unknown as string }])]).toThrow(/`file`/);
  });

  it('applies the options to every input', () => {
    const [result] = [...safeParseCnaPosts([makePost()], { timeZone: 'UTC' })];
    expect(result?.ok && result.article.feedTimeTaipei).toBe('2023-09-15T07:50:00+00:00');
  });
});
