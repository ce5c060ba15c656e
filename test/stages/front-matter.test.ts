import { describe, expect, it } from 'vitest';
import { CnaPostError, parseCnaPost, safeParseCnaPost } from '../../src/index.js';
import { makePost } from '../support/post.js';

function rejection(source: string | Uint8Array, file?: string): CnaPostError {
  const result = safeParseCnaPost(source, file === undefined ? {} : { file });
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
}

describe('parseFrontMatter', () => {
  it.each(['---js', '---javascript', '---coffee', '--- js', '---JS', '---toml'])('refuses the %s engine without running it', (fence) => {
    const marker = `__cna_ingest_pwned_${fence.replace(/\W/g, '')}`;
    const payload = `${fence}\n{ title: (globalThis.${marker} = 1, "x") }\n---\n<div><p>text</p></div>\n`;
    const error = rejection(payload, 'evil.md');
    expect(error.code).toBe('front-matter:engine');
    expect(error.stage).toBe('parse-front-matter');
    expect(error.file).toBe('evil.md');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('accepts an explicit ---yaml fence', () => {
    expect(parseCnaPost(makePost({ fence: '---yaml' })).id).toBe('202309150183');
  });

  it('keeps the unquoted date as written (no YAML timestamp coercion)', () => {
    const article = parseCnaPost(makePost({ date: '2023-09-15T07:50:00.000Z' }));
    expect(article.feedTime).toBe('2023-09-15T07:50:00.000Z');
    expect(article.feedTimeTaipei).toBe('2023-09-15T15:50:00+08:00');
  });

  it('rejects a post without front matter, and an unterminated one, as front-matter:missing', () => {
    expect(rejection('<div><p>hello</p></div>').code).toBe('front-matter:missing');
    expect(rejection('---\ntitle: x\n<div></div>').code).toBe('front-matter:missing');
  });

  it('rejects invalid YAML and duplicated keys as front-matter:yaml', () => {
    expect(rejection(makePost({ extraFrontMatter: 'title: "again"' })).code).toBe('front-matter:yaml');
    expect(rejection('---\ntitle: [unclosed\n---\n<div></div>').code).toBe('front-matter:yaml');
  });

  it('reads CRLF line endings and a BOM', () => {
    const crlf = makePost().replace(/\n/g, '\r\n');
    expect(parseCnaPost(crlf).paragraphs[0]).toContain('第4次會議');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(makePost())]);
    expect(parseCnaPost(bom).id).toBe('202309150183');
  });

  it('accepts blanks after a fence, as Jekyll does, and still refuses an engine named before them', () => {
    const post = makePost();
    const blanks = post.replace(/^---\n/, '---  \n').replace('\n---\n<!--', '\n---\t\n<!--');
    expect(blanks).not.toBe(post);
    expect(parseCnaPost(blanks)).toEqual(parseCnaPost(post));
    expect(safeParseCnaPost(post.replace(/^---\n/, '---js \n'))).toMatchObject({ ok: false, error: { code: 'front-matter:engine' } });
    // A line that only starts with --- is not a fence.
    expect(safeParseCnaPost(post.replace('\n---\n<!--', '\n--- x\n<!--'))).toMatchObject({ ok: false, error: { code: 'front-matter:missing' } });
  });

  it('returns a fresh object on every call (no shared cache)', () => {
    const source = makePost();
    const first = parseCnaPost(source);
    first.tags.push('mutated');
    expect(parseCnaPost(source).tags).toEqual(['(臺)中央社CNA']);
  });
});

describe('validateFrontMatter', () => {
  it('rejects another agency with not-cna, naming the field', () => {
    const error = rejection(makePost({ author: '法广', from: 'http://www.rfi.fr/cn/20200803-x' }), 'rfi.md');
    expect(error).toBeInstanceOf(CnaPostError);
    expect(error.code).toBe('not-cna');
    expect(error.field).toBe('from');
    expect(error.message).toContain('rfi.md');
  });

  it('rejects a missing title as front-matter:invalid on the title field', () => {
    const source = makePost().replace(/^title: .*\n/m, '');
    const error = rejection(source);
    expect(error.code).toBe('front-matter:invalid');
    expect(error.field).toBe('title');
  });

  it('reads the section from the URL and warns on an unknown one', () => {
    expect(parseCnaPost(makePost()).section).toEqual({ code: 'aopl', name: '國際' });
    const odd = parseCnaPost(makePost({ from: 'https://www.cna.com.tw/news/zzz/202309150183.aspx' }));
    expect(odd.section).toEqual({ code: 'zzz', name: null });
    expect(odd.warnings.map((w) => w.code)).toContain('section:unknown');
  });
});

describe('decodeEpochComment', () => {
  it('warns when the comment is missing', () => {
    expect(parseCnaPost(makePost({ epoch: null })).warnings.map((w) => w.code)).toContain('epoch:missing');
  });

  it('warns when the comment disagrees with the date', () => {
    const article = parseCnaPost(makePost({ epoch: '1694764200001' }));
    expect(article.warnings.map((w) => w.code)).toEqual(['epoch:mismatch']);
  });

  it('reads the date forms of Jekyll and YAML timestamps: a space before the zone, a zone without a colon or of hours alone', () => {
    for (const date of ['2023-09-15 15:50:00 +0800', '2023-09-15 07:50:00 +0000', '2023-09-15T15:50:00+08', '2023-09-15 02:50:00 -5', '2023-09-15 07:50:00.000 Z']) {
      const article = parseCnaPost(makePost({ date, epoch: '1694764200000' }));
      expect([date, article.feedTime, article.feedTimeTaipei, article.warnings]).toEqual([date, '2023-09-15T07:50:00.000Z', '2023-09-15T15:50:00+08:00', []]);
    }
    // A date without a time, or a time without a zone, names no instant: the comment gives it.
    for (const date of ['2023-09-15', '2023-09-15 15:50:00', '2023-09-15 15:50:00 +080']) {
      expect(parseCnaPost(makePost({ date, epoch: '1694764200000' })).warnings.map((w) => w.code)).toContain('date:from-epoch');
    }
  });

  it('falls back on the comment when the date is unusable', () => {
    const article = parseCnaPost(makePost({ date: 'yesterday', epoch: '1694764200000' }));
    expect(article.feedTime).toBe('2023-09-15T07:50:00.000Z');
    expect(article.warnings.map((w) => w.code)).toContain('date:from-epoch');
  });

  it('rejects a post with neither a usable date nor a comment, naming the date field', () => {
    const error = rejection(makePost({ date: 'yesterday', epoch: null }));
    expect(error.code).toBe('front-matter:invalid');
    expect(error.field).toBe('date');
  });
});
