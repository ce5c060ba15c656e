import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleSchema, createPipeline, createValidateArticle, defaultStages, defineStage } from '../../src/index.js';
import { checkFixtures, formatDifferences, listFixtureCases } from '../../src/testing/index.js';
import { useTempFixtures } from './helpers.js';

const setup = useTempFixtures();

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('checkFixtures', () => {
  it('reports cases without an expected file, then writes them with update', () => {
    const dir = setup(['seed-2023-09-korea', 'rejected-not-cna-rti']);
    const before = checkFixtures(dir);
    expect(before.ok).toBe(false);
    expect(before.missing).toEqual(['rejected-not-cna-rti', 'seed-2023-09-korea']);

    const updated = checkFixtures(dir, { update: true });
    expect(updated.ok).toBe(true);
    expect(updated.updated).toEqual(['rejected-not-cna-rti/error.json', 'seed-2023-09-korea/article.json']);
    const text = readFileSync(join(dir, 'seed-2023-09-korea', 'article.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "id": "202309150183",\n');
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(articleSchema.shape));
    expect(readJson(join(dir, 'rejected-not-cna-rti', 'error.json'))).toEqual({ code: 'not-cna', stage: 'validate-front-matter', field: 'from' });

    const after = checkFixtures(dir);
    expect(after).toMatchObject({ ok: true, differences: [], missing: [], errors: [] });
    expect(checkFixtures(dir, { update: true }).updated).toEqual([]);
  });

  it('names the case, the field path, the expected and the actual value', () => {
    const dir = setup(['dateline-several-reporters']);
    checkFixtures(dir, { update: true });
    const file = join(dir, 'dateline-several-reporters', 'article.json');
    const article = readJson(file) as { dateline: { reporters: string[] }; keywords: string[] };
    article.dateline.reporters[1] = '王承';
    article.keywords = ['立法院'];
    writeFileSync(file, JSON.stringify(article));

    const result = checkFixtures(dir);
    expect(result.ok).toBe(false);
    expect(result.differences).toEqual([
      { case: 'dateline-several-reporters', file: 'article.json', path: 'dateline.reporters[1]', expected: '王承', actual: '王承中' },
      { case: 'dateline-several-reporters', file: 'article.json', path: 'keywords[0]', expected: '立法院', actual: undefined },
    ]);
    const report = formatDifferences(result);
    expect(report).toContain('✗ dateline-several-reporters  (article.json)');
    expect(report).toContain('  dateline.reporters[1]\n    expected: "王承"\n    actual:   "王承中"');
    expect(report).toContain('actual:   (absent)');
  });

  it('checks rejected cases against error.json', () => {
    const dir = setup(['rejected-empty-post', 'rejected-not-cna-rti', 'seed-2023-01-austin']);
    checkFixtures(dir, { update: true });
    writeFileSync(join(dir, 'rejected-not-cna-rti', 'error.json'), JSON.stringify({ code: 'front-matter:invalid', stage: 'validate-front-matter', field: 'from' }));
    // The austin post parses; an error.json there expects a rejection that does not happen.
    rmSync(join(dir, 'seed-2023-01-austin', 'article.json'));
    writeFileSync(join(dir, 'seed-2023-01-austin', 'error.json'), '{"code":"not-cna","stage":"validate-front-matter","field":"from"}');

    const result = checkFixtures(dir);
    expect(result.differences).toEqual([
      { case: 'rejected-not-cna-rti', file: 'error.json', path: 'code', expected: 'front-matter:invalid', actual: 'not-cna' },
    ]);
    expect(result.errors).toEqual([{ case: 'seed-2023-01-austin', kind: 'not-rejected', message: expect.stringContaining('expects a rejection') as string }]);
  });

  it('reports an article case whose post is now rejected, and unreadable or ambiguous expected files', () => {
    const dir = setup(['rejected-empty-post', 'seed-2023-01-austin', 'seed-2023-09-korea']);
    checkFixtures(dir, { update: true });
    rmSync(join(dir, 'rejected-empty-post', 'error.json'));
    writeFileSync(join(dir, 'rejected-empty-post', 'article.json'), '{}');
    writeFileSync(join(dir, 'seed-2023-01-austin', 'article.json'), '{ not json');
    writeFileSync(join(dir, 'seed-2023-09-korea', 'error.json'), '{}');

    const kinds = checkFixtures(dir).errors.map(({ case: name, kind, rejection }) => ({ name, kind, code: rejection?.code }));
    expect(kinds).toEqual([
      { name: 'rejected-empty-post', kind: 'rejected', code: 'body:empty' },
      { name: 'seed-2023-01-austin', kind: 'unreadable', code: undefined },
      { name: 'seed-2023-09-korea', kind: 'ambiguous', code: undefined },
    ]);
  });

  it('runs a custom pipeline and writes its added fields after the schema fields', () => {
    const dir = setup(['seed-2023-09-korea']);
    const schema = articleSchema.extend({ wordCount: z.number().int() });
    const countWords = defineStage('count-words', (draft) => ({ ...draft, extra: { ...draft.extra, wordCount: (draft.paragraphs ?? []).join('').length } }));
    const pipeline = createPipeline(...defaultStages.slice(0, -1), countWords, createValidateArticle(schema));

    checkFixtures(dir, { pipeline, update: true, schema });
    const article = readJson(join(dir, 'seed-2023-09-korea', 'article.json'));
    expect(Object.keys(article).at(-1)).toBe('wordCount');
    expect(article['wordCount']).toBeGreaterThan(100);
    // The default pipeline has no wordCount: a difference at that path.
    expect(checkFixtures(dir).differences.map((d) => d.path)).toEqual(['wordCount']);
    expect(checkFixtures(dir, { pipeline }).ok).toBe(true);
  });

  it('lists only folders that hold a post.md and refuses a missing dir argument', () => {
    const dir = setup(['seed-2023-09-korea']);
    writeFileSync(join(dir, 'README.md'), 'notes');
    expect(listFixtureCases(dir)).toEqual(['seed-2023-09-korea']);
    expect(existsSync(join(dir, 'seed-2023-09-korea', 'article.json'))).toBe(false);
    expect(() => checkFixtures('')).toThrow(TypeError);
  });
});
