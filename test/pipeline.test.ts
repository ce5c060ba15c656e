import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CnaPostError,
  articleSchema,
  createPipeline,
  createValidateArticle,
  defaultStages,
  defineStage,
  parseCnaPost,
  safeParseCnaPost,
  warn,
} from '../src/index.js';
import { makePost } from './support/post.js';

describe('createPipeline', () => {
  it('turns an exception inside a stage into a CnaPostError naming the stage', () => {
    const broken = defineStage('broken-rule', () => {
      throw new Error('boom');
    });
    const pipeline = createPipeline(...defaultStages.slice(0, 3), broken, ...defaultStages.slice(3));
    const result = pipeline.safeParse(makePost(), { file: 'a.md' });
    expect(result.ok ? null : [result.error.code, result.error.stage, result.error.file, result.error.reason]).toEqual(['internal', 'broken-rule', 'a.md', 'boom']);
  });

  it('lets a user drop a stage', () => {
    const withoutCredits = createPipeline(...defaultStages.filter((stage) => stage.stageName !== 'extract-credits'));
    const article = withoutCredits.parse(makePost());
    expect(article.credits).toBeNull();
    expect(article.paragraphs.at(-1)).toBe('會後記者會表示。（編輯：陳惠珍）1120915');
  });

  it('lets a user add a field with a stage and an extended schema', () => {
    const schema = articleSchema.extend({ wordCount: z.number().int() });
    const count = defineStage('count-words', (draft) => ({ ...draft, extra: { wordCount: (draft.paragraphs ?? []).join('').length } }));
    const stages = [...defaultStages.slice(0, -1), count, createValidateArticle(schema)];
    const article = createPipeline<z.output<typeof schema>>(...stages).parse(makePost());
    expect(article.wordCount).toBe('第4次會議今天在首爾舉行。會後記者會表示。'.length);
  });

  it('carries warnings from custom stages into the article', () => {
    const flag = defineStage('flag', (draft) => warn(draft, 'flag', 'custom:flag', 'looked at it'));
    const article = createPipeline(...defaultStages.slice(0, -1), flag, defaultStages.at(-1)!).parse(makePost());
    expect(article.warnings).toEqual([{ code: 'custom:flag', message: 'looked at it' }]);
  });

  it('throws at once, with a fix, on API misuse', () => {
    expect(() => createPipeline('nope' as never)).toThrow(/not a stage/);
    expect(() => parseCnaPost(42 as never)).toThrow(/string.*Uint8Array/);
    expect(() => parseCnaPost(makePost(), { timeZone: 'Mars/Olympus' })).toThrow(/IANA time zone/);
    expect(() => createPipeline(...defaultStages.slice(0, -1)).parse(makePost())).toThrow(/validateArticle/);
  });
});

describe('parseCnaPost', () => {
  it('throws CnaPostError with code, stage, file and a JSON form', () => {
    try {
      parseCnaPost(makePost({ author: '路透', from: 'https://cn.reuters.com/article/x' }), { file: 'reuters.md' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CnaPostError);
      expect((error as CnaPostError).toJSON()).toEqual({
        file: 'reuters.md',
        code: 'not-cna',
        stage: 'validate-front-matter',
        field: 'from',
        message: 'not a CNA post (author "路透", URL https://cn.reuters.com/article/x)',
      });
    }
  });

  it('rejects invalid UTF-8 bytes and oversize input with their own codes', () => {
    const bad = safeParseCnaPost(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]));
    expect(bad.ok ? null : bad.error.code).toBe('input:encoding');
    const big = safeParseCnaPost(makePost(), { maxBytes: 100 });
    expect(big.ok ? null : big.error.code).toBe('input:too-large');
  });

  it('formats the feed time in another time zone on request', () => {
    expect(parseCnaPost(makePost(), { timeZone: 'Europe/Berlin' }).feedTimeTaipei).toBe('2023-09-15T09:50:00+02:00');
  });
});
