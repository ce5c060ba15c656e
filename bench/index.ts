/**
 * `npm run bench`: parseCnaPost against its floor (parse5 alone on the body)
 * and against two peers (linkedom or jsdom + @mozilla/readability), over
 * every CNA post of ../shared/corpus/cna, in one run; then the time of each
 * stage, then the size-scaling benchmark (bench/scaling.ts).
 */
import { cpus } from 'node:os';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { parseFragment } from 'parse5';
import { createPipeline, defaultStages, defineStage, parseCnaPost, safeParseCnaPosts, type Draft, type Stage } from '../src/index.js';
import { decodeAll, loadCorpus, totalBytes } from './lib/corpus.js';
import { fixed, itemsPerSecond, measureInterleaved, median, megabytesPerSecond, table, usPerItem, type Case, type Measured } from './lib/harness.js';
import { runScaling } from './scaling.js';

const JSDOM_SUBSET = 200;
/** `BENCH_QUICK=1`: floor and parseCnaPost only (no peers, stages or scaling), for iterating on a change. */
const QUICK = process.env['BENCH_QUICK'] === '1';

const posts = loadCorpus();
const postBuffers = posts.map((post) => post.bytes);
const bodyBuffers = posts.map((post) => post.body);
const postBytes = totalBytes(postBuffers);
const bodyBytes = totalBytes(bodyBuffers);
const jsdomBodies = bodyBuffers.filter((_, i) => i % Math.ceil(bodyBuffers.length / JSDOM_SUBSET) === 0).slice(0, JSDOM_SUBSET);

console.log(`cna-ingest benchmark: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
console.log(
  `corpus: ${posts.length} posts, ${fixed(postBytes / 1e6, 2)} MB (${fixed(postBytes / posts.length / 1024, 1)} KB/post), ` +
    `bodies ${fixed(bodyBytes / 1e6, 2)} MB; inputs decoded afresh from Buffers each round, 2 warm-up + 7 timed rounds interleaved across cases, medians of process CPU time\n`,
);

/** parseCnaPost; the corpus holds one empty post, whose CnaPostError is part of the work. */
const parseOrError = (source: string | Uint8Array): unknown => {
  try {
    return parseCnaPost(source);
  } catch (error) {
    return error;
  }
};

const wrap = (html: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${html}</body></html>`;

const floorCase: Case<string> = ({ prepare: () => decodeAll(bodyBuffers), run: (html) => parseFragment(html), bytes: bodyBytes });
const oursCase: Case<string> = ({ prepare: () => decodeAll(postBuffers), run: parseOrError, bytes: postBytes });
const oursBytesCase: Case<Uint8Array> = ({ prepare: () => postBuffers.map((b) => Uint8Array.prototype.slice.call(b)), run: parseOrError, bytes: postBytes });
/** safeParseCnaPosts over the whole round's posts: one timed item per round, counted per post below. */
const manyCase: Case<string[]> = {
  prepare: () => [decodeAll(postBuffers)],
  run: (texts) => {
    let ok = 0;
    for (const result of safeParseCnaPosts(texts)) if (result.ok) ok += 1;
    return ok;
  },
  bytes: postBytes,
};
const linkedomCase: Case<string> = ({
  prepare: () => decodeAll(bodyBuffers),
  run: (html) => new Readability(parseHTML(wrap(html)).document as unknown as Document).parse(),
  bytes: bodyBytes,
  warmup: 1,
  rounds: 3,
});
const jsdomCase: Case<string> = ({
  prepare: () => decodeAll(jsdomBodies),
  run: (html) => {
    const dom = new JSDOM(wrap(html));
    const result = new Readability(dom.window.document).parse();
    dom.window.close();
    return result;
  },
  bytes: totalBytes(jsdomBodies),
  warmup: 1,
  rounds: 3,
});

const [floor, ours, oursBytes, manyRounds, linkedom, jsdom] = measureInterleaved(
  (QUICK ? [floorCase, oursCase, oursBytesCase, manyCase] : [floorCase, oursCase, oursBytesCase, manyCase, linkedomCase, jsdomCase]) as Case<unknown>[],
) as [Measured, Measured, Measured, Measured, Measured, Measured];
const many: Measured = { ...manyRounds, items: posts.length };

const row = (name: string, input: string, m: Measured): string[] => [
  name,
  input,
  fixed(usPerItem(m)),
  fixed(itemsPerSecond(m), 0),
  fixed(megabytesPerSecond(m), 1),
  `${fixed(usPerItem(m) / usPerItem(floor), 2)}×`,
  `${fixed(usPerItem(m) / usPerItem(ours), 2)}×`,
];
console.log(
  table(
    ['case', 'input', 'µs/post', 'posts/s', 'MB/s', 'vs floor', 'vs parseCnaPost'],
    [
      row('floor: parse5 parseFragment(body)', 'body', floor),
      row('parseCnaPost(string)', 'post', ours),
      row('parseCnaPost(bytes)', 'post', oursBytes),
      row('safeParseCnaPosts(all posts)', 'post', many),
      ...(QUICK
        ? []
        : [row('linkedom + Readability', 'body', linkedom), row(`jsdom + Readability (${jsdomBodies.length}-post subset)`, 'body', jsdom)]),
    ],
  ),
);
console.log('(MB/s over the input named: the whole post for parseCnaPost, the body HTML for the others; jsdom and linkedom 1 warm-up + 3 rounds, interleaved with the first rounds of the others)');
// Round i of each case ran next to round i of the floor: the spread of these ratios shows how much the machine's load moved them.
const perRound = (m: Measured, items: number): string => {
  const ratios = m.roundsMs.map((ms, round) => ms / items / ((floor.roundsMs[round] ?? Number.NaN) / floor.items)).sort((a, b) => a - b);
  return `${fixed(ratios[0] ?? Number.NaN, 2)}× / ${fixed(median(ratios), 2)}× / ${fixed(ratios.at(-1) ?? Number.NaN, 2)}×`;
};
console.log(`ratio to the floor round by round (min / median / max): parseCnaPost ${perRound(ours, ours.items)}, safeParseCnaPosts ${perRound(manyRounds, posts.length)}\n`);

// The two page templates apart: the 2020–21 pages have little end matter, the 2022+ pages (figure, hashtags, carousel) a lot.
const newer = posts.filter((post) => /\/20(?:2[2-9]|[3-9]\d)\d{8}\.aspx/.test(post.bytes.subarray(0, 1024).toString('utf8')));
if (newer.length > 0) {
  const repeat = Math.ceil(400 / newer.length);
  const many = (buffers: Buffer[]): Buffer[] => Array.from({ length: repeat }, () => buffers).flat();
  const [newerFloor, newerOurs] = measureInterleaved([
    { prepare: () => decodeAll(many(newer.map((post) => post.body))), run: (html: string) => parseFragment(html), bytes: 0 },
    { prepare: () => decodeAll(many(newer.map((post) => post.bytes))), run: parseOrError, bytes: 0 },
  ] as Case<unknown>[]) as [Measured, Measured];
  console.log(
    `2022+ page template only (${newer.length} posts, each ${repeat}× per round): floor ${fixed(usPerItem(newerFloor))} µs, parseCnaPost ${fixed(usPerItem(newerOurs))} µs, ` +
      `${fixed(usPerItem(newerOurs) / usPerItem(newerFloor), 2)}× the floor\n`,
  );
}

if (QUICK) process.exit(0);

// Per-stage shares: the same pipeline with every stage wrapped in a timer.
const spent = new Map<string, number>();
const timed = (stage: Stage): Stage =>
  defineStage(stage.stageName, (draft: Draft): Draft => {
    const started = performance.now();
    try {
      return stage(draft);
    } finally {
      spent.set(stage.stageName, (spent.get(stage.stageName) ?? 0) + performance.now() - started);
    }
  });
const instrumented = createPipeline(...defaultStages.map(timed));
const rounds = 5;
let whole = 0;
for (let round = 0; round < rounds + 1; round += 1) {
  if (round === 1) {
    spent.clear();
    whole = 0;
  }
  const inputs = decodeAll(postBuffers);
  const started = performance.now();
  for (const text of inputs) instrumented.run(text);
  whole += performance.now() - started;
}
const perPost = (ms: number): number => (ms * 1000) / rounds / posts.length;
const stageRows = [...spent.entries()].map(([name, ms]) => [name, fixed(perPost(ms), 2), `${fixed((100 * ms) / whole, 1)}%`]);
const inStages = [...spent.values()].reduce((a, b) => a + b, 0);
stageRows.push(['(outside stages: options, decode, timers)', fixed(perPost(whole - inStages), 2), `${fixed((100 * (whole - inStages)) / whole, 1)}%`]);
stageRows.push(['total (instrumented pipeline.run)', fixed(perPost(whole), 2), '100.0%']);
console.log(`Stages of parseCnaPost (1 warm-up + ${rounds} rounds, summed; timer overhead included)`);
console.log(table(['stage', 'µs/post', 'share'], stageRows));

const targets: [string, boolean, string][] = [
  ['parseCnaPost ≤ 1.3× the floor', usPerItem(ours) <= 1.3 * usPerItem(floor), `${fixed(usPerItem(ours) / usPerItem(floor), 2)}×`],
  ['≥ 20× faster than linkedom + Readability', usPerItem(linkedom) >= 20 * usPerItem(ours), `${fixed(usPerItem(linkedom) / usPerItem(ours), 1)}×`],
  ['≥ 100× faster than jsdom + Readability', usPerItem(jsdom) >= 100 * usPerItem(ours), `${fixed(usPerItem(jsdom) / usPerItem(ours), 1)}×`],
  ['safeParseCnaPosts ≤ 1.3× the floor', usPerItem(many) <= 1.3 * usPerItem(floor), `${fixed(usPerItem(many) / usPerItem(floor), 2)}×`],
  ['safeParseCnaPosts ≥ 20× faster than linkedom + Readability', usPerItem(linkedom) >= 20 * usPerItem(many), `${fixed(usPerItem(linkedom) / usPerItem(many), 1)}×`],
  ['safeParseCnaPosts ≥ 100× faster than jsdom + Readability', usPerItem(jsdom) >= 100 * usPerItem(many), `${fixed(usPerItem(jsdom) / usPerItem(many), 1)}×`],
];
console.log('\nTargets');
for (const [name, pass, value] of targets) console.log(`  ${pass ? 'PASS' : 'MISS'}  ${name} (${value})`);

console.log('');
runScaling(posts);
