/**
 * Run under valgrind by bench/instructions.ts: one case over every `every`-th
 * CNA post of the corpus, `rounds` times. The parent runs each case twice
 * with different round counts and keeps the difference, so start-up, module
 * loading and the first (unoptimised) rounds cancel out.
 *
 * usage: node --import tsx bench/lib/instructions-child.ts <case> <rounds> <every>
 */
import { parseFragment } from 'parse5';
import { parseCnaPost, safeParseCnaPosts } from '../../src/index.js';
import { decodeAll, loadCorpus } from './corpus.js';

const cases = ['floor', 'parseCnaPost', 'safeParseCnaPosts'];
const [name = '', roundsText, everyText] = process.argv.slice(2);
const rounds = Number(roundsText);
const every = Number(everyText);
if (!cases.includes(name) || !(rounds >= 1) || !(every >= 1)) {
  throw new Error(`usage: instructions-child.ts <${cases.join('|')}> <rounds> <every>`);
}
const posts = loadCorpus().filter((_, index) => index % every === 0);
const bodies = decodeAll(posts.map((post) => post.body));
const texts = decodeAll(posts.map((post) => post.bytes));
let sink = 0;
for (let round = 0; round < rounds; round += 1) {
  if (name === 'floor') {
    for (const body of bodies) sink += parseFragment(body).childNodes.length;
  } else if (name === 'parseCnaPost') {
    for (const text of texts) {
      try {
        sink += parseCnaPost(text).paragraphs.length;
      } catch {
        sink += 1;
      }
    }
  } else {
    for (const result of safeParseCnaPosts(texts)) sink += result.ok ? result.article.paragraphs.length : 1;
  }
}
// A full collection at the end, so both runs of a case pay for the garbage they made (node --expose-gc).
(globalThis as { gc?: () => void }).gc?.();
// The results are used, so no case can be optimised away.
process.stdout.write(`${sink}\n`);
