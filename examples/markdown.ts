/**
 * Render an Article as Markdown: `paragraphKinds` says which paragraphs are
 * subheads, list items and quotes; `links` says which words link where, by
 * paragraph and offset.
 *
 *   npm run build && node --import tsx examples/markdown.ts [post.md]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCnaPost, type Article } from 'cna-ingest';

/** A paragraph with its links written as `[words](url)`, from the last link back so the offsets stay right. */
function withLinks(article: Article, index: number): string {
  let text = article.paragraphs[index] ?? '';
  const links = article.links.filter((link) => link.paragraph === index).reverse();
  for (const { text: words, url, offset } of links) {
    text = `${text.slice(0, offset)}[${words}](${url})${text.slice(offset + words.length)}`;
  }
  return text;
}

export function toMarkdown(article: Article): string {
  const blocks = [`# ${article.title}`];
  for (const [index, kind] of article.paragraphKinds.entries()) {
    const text = withLinks(article, index);
    blocks.push(kind === 'subhead' ? `## ${text}` : kind === 'list-item' ? `- ${text}` : kind === 'quote' ? `> ${text}` : text);
  }
  return blocks.join('\n\n');
}

const file = process.argv[2] ?? fileURLToPath(new URL('../fixtures/credit-code-before-2021/post.md', import.meta.url));
const markdown = toMarkdown(parseCnaPost(readFileSync(file), { file }));
console.log(markdown.split('\n\n').slice(0, 16).join('\n\n'));
if (process.argv[2] === undefined) {
  // The fixture has bold ● subheads and two links to the app stores.
  if (!markdown.includes('\n\n## ●熊好券有哪些？\n\n')) throw new Error('expected the subhead ●熊好券有哪些？');
  if (!markdown.includes('[Android](https://play.google.com/')) throw new Error('expected the Android link');
}
