/** Front matter: no engine runs code, YAML bombs and huge blocks end quickly in a value or a rejection. */
import { afterEach, describe, expect, it } from 'vitest';
import { safeParseCnaPost } from '../../src/index.js';
import { checkContract, postWith } from './helpers.js';

const body = '<div><p>（中央社記者廖禹揚首爾15日專電）第4次美韓擴大遏制戰略協議體會議今天在首爾舉行。</p><p>（編輯：陳惠珍）1120915</p></div>';
const flag = '__cnaIngestPwned';
const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals[flag];
});

describe('front-matter engines', () => {
  const payload = `globalThis.${flag} = true; module.exports = { title: "x", from: "https://www.cna.com.tw/news/aopl/202309150183.aspx" }`;
  for (const fence of ['---js', '---javascript', '---coffee', '---coffeescript', '--- js', '---JS', '---  javascript  ', '---json', '---toml', '---js\r']) {
    it(`runs nothing and rejects ${JSON.stringify(fence)} with front-matter:engine`, () => {
      const post = `${fence}\n${payload}\n---\n<!--1694764200000-->\n${body}\n`;
      expect(checkContract(post)).toBe('front-matter:engine');
      expect(globals[flag]).toBeUndefined();
    });
  }

  it('runs nothing for a js payload inside a YAML block', () => {
    const post = `---\ntitle: !!js/function "function () { globalThis.${flag} = true }"\nfrom: https://www.cna.com.tw/news/aopl/202309150183.aspx\n---\n${body}`;
    expect(checkContract(post)).not.toBe('ok');
    expect(globals[flag]).toBeUndefined();
  });
});

describe('YAML bombs and odd front matter', () => {
  it('ends a billion-laughs alias bomb quickly in a value or a rejection', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]`);
    }
    const fm = `title: "炸彈"\ndate: 2023-09-15T07:50:00.000Z\nauthor: 中央社\nfrom: https://www.cna.com.tw/news/aopl/202309150183.aspx\n${lines.join('\n')}\ntags: *i`;
    const code = checkContract(postWith(body, fm));
    // js-yaml shares aliased nodes (no expansion); `tags` then holds arrays, which the list schema drops.
    expect(['ok', 'front-matter:invalid', 'front-matter:yaml']).toContain(code);
  });

  it('rejects duplicate keys with front-matter:yaml', () => {
    expect(checkContract(postWith(body, 'title: "a"\ntitle: "b"\nfrom: https://www.cna.com.tw/news/aopl/202309150183.aspx'))).toBe('front-matter:yaml');
  });

  it('reads a huge front matter (1 MB of extra keys) and a huge title', () => {
    const extra = Array.from({ length: 20_000 }, (_, i) => `k${i}: "${'值'.repeat(15)}"`).join('\n');
    const fm = `title: "${'長'.repeat(100_000)}"\ndate: 2023-09-15T07:50:00.000Z\nauthor: 中央社\nfrom: https://www.cna.com.tw/news/aopl/202309150183.aspx\n${extra}`;
    expect(['ok', 'schema:invalid']).toContain(checkContract(postWith(body, fm)));
  });

  it('handles a BOM, CRLF line ends, and a missing closing fence', () => {
    const post = postWith(body);
    expect(checkContract(`\uFEFF${post}`)).toBe('ok');
    expect(checkContract(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(post)]))).toBe('ok');
    expect(checkContract(post.replace(/\n/g, '\r\n'))).toBe('ok');
    expect(checkContract(post.replace('\n---\n<!--', '\n<!--'))).toBe('front-matter:missing');
    expect(safeParseCnaPost(post.slice(4)).ok).toBe(false);
  });
});
