/**
 * Size scaling: synthetic posts of 1 KB … 1 MB built by repeating real
 * paragraphs of the corpus; ns per byte for parseCnaPost and for the floor
 * (parse5 alone on the body). The marginal cost per byte must not grow (linear time).
 * Run alone with `node --import tsx bench/scaling.ts`; `npm run bench` runs it too.
 */
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';
import { parseCnaPost } from '../src/index.js';
import { loadCorpus, type BenchPost } from './lib/corpus.js';
import { fixed, measureInterleaved, median, nsPerByte, table, type Case, type Measured } from './lib/harness.js';

const SIZES = [1024, 10 * 1024, 100 * 1024, 1024 * 1024];
/** Bytes parsed per round at every size, so small sizes get many posts per round. */
const BYTES_PER_ROUND = 4 * 1024 * 1024;

const HEAD = `---
layout: post
title: "合成長文 測試"
date: 2023-09-15T07:50:00.000Z
author: 中央社
from: https://www.cna.com.tw/news/aopl/202309150183.aspx
tags: [ 中央社 ]
categories: [ 中央社 ]
---
<!--1694764200000-->
[合成長文 測試](https://www.cna.com.tw/news/aopl/202309150183.aspx)
------

`;
const OPEN = '<div><div class="paragraph"><p>（中央社記者廖禹揚首爾15日專電）南韓外交部今天表示，美韓將舉行磋商。</p>';
const CLOSE = '<p>（編輯：陳惠珍）1120915</p></div></div>';

/** Real `<p>…</p>` paragraphs of the corpus (text only, no closing credit). */
function realParagraphs(posts: readonly BenchPost[]): string[] {
  const found: string[] = [];
  for (const post of posts.slice(0, 300)) {
    for (const match of post.body.toString('utf8').matchAll(/<p>[^<>]{20,400}<\/p>/g)) {
      if (!/編輯|核稿|譯者|\d{7}/.test(match[0])) found.push(match[0]);
    }
  }
  return found;
}

/** A post whose UTF-8 size is about `size` bytes. */
export function syntheticPost(paragraphs: readonly string[], size: number): { post: string; body: string } {
  let body = OPEN;
  let bytes = Buffer.byteLength(HEAD + OPEN + CLOSE);
  for (let i = 0; bytes < size; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length] as string;
    body += paragraph;
    bytes += Buffer.byteLength(paragraph);
  }
  body += CLOSE;
  return { post: HEAD + body, body };
}

export function runScaling(posts: readonly BenchPost[] = loadCorpus()): boolean {
  const paragraphs = realParagraphs(posts);
  const rows: string[][] = [];
  const ours: number[] = [];
  const floors: number[] = [];
  const sizes: number[] = [];
  /** Median over the rounds of (ours / floor) per byte, at each size. */
  const ratios: number[] = [];
  for (const size of SIZES) {
    const { post, body } = syntheticPost(paragraphs, size);
    parseCnaPost(post); // fails loudly if the synthetic post is not an article
    const postBuffer = Buffer.from(post);
    const bodyBuffer = Buffer.from(body);
    const count = Math.max(3, Math.round(BYTES_PER_ROUND / postBuffer.byteLength));
    const fresh = (buffer: Buffer) => (): string[] => Array.from({ length: count }, () => buffer.toString('utf8'));
    // Interleaved, round by round, so that the machine's load falls on both alike; the ratio is the median of the rounds' ratios.
    const floorCase: Case<string> = { prepare: fresh(bodyBuffer), run: (html) => parseFragment(html), bytes: bodyBuffer.byteLength * count };
    const pipelineCase: Case<string> = { prepare: fresh(postBuffer), run: (text) => parseCnaPost(text), bytes: postBuffer.byteLength * count };
    const [floor, pipeline] = measureInterleaved([floorCase, pipelineCase] as Case<unknown>[]) as [Measured, Measured];
    const roundRatios = pipeline.roundsMs.map((ms, round) => ms / pipeline.bytes / ((floor.roundsMs[round] ?? Number.NaN) / floor.bytes));
    sizes.push(postBuffer.byteLength);
    ours.push(nsPerByte(pipeline));
    floors.push(nsPerByte(floor));
    ratios.push(median(roundRatios));
    rows.push([
      `${fixed(postBuffer.byteLength / 1024, 0)} KB`,
      String(count),
      fixed(nsPerByte(floor), 2),
      fixed(nsPerByte(pipeline), 2),
      `${fixed(ratios[ratios.length - 1] ?? Number.NaN, 2)}×`,
    ]);
  }
  console.log('Size scaling (synthetic posts of repeated real paragraphs; medians of 7 rounds, the two cases interleaved; vs floor: median of the rounds\' ratios)');
  console.log(table(['post size', 'posts/round', 'floor ns/B', 'parseCnaPost ns/B', 'vs floor'], rows));
  // Linear time: the cost of each extra byte (the slope between two sizes) must not grow with size.
  // Per-byte cost itself falls with size, as fixed per-post costs (front matter, validation) spread out.
  const slopes = (perByte: readonly number[]): number[] =>
    perByte.slice(1).map((value, i) => (value * (sizes[i + 1] ?? 0) - (perByte[i] ?? 0) * (sizes[i] ?? 0)) / ((sizes[i + 1] ?? 0) - (sizes[i] ?? 0)));
  const ourSlopes = slopes(ours);
  const floorSlopes = slopes(floors);
  // Pass when our cost grows no faster than the parse it cannot avoid: at 1 MB, the ratio to the floor
  // is at most 1.1× the ratio at 100 KB (a large post's own GC pressure shows in both).
  const growth = (ratios[ratios.length - 1] ?? Number.NaN) / (ratios[ratios.length - 2] ?? Number.NaN);
  const oursFlat = growth <= 1.1;
  console.log(`  marginal ns per extra byte, parseCnaPost: ${ourSlopes.map((v) => fixed(v, 2)).join(' → ')}; floor: ${floorSlopes.map((v) => fixed(v, 2)).join(' → ')}`);
  console.log(`  ${oursFlat ? 'PASS' : 'MISS'}  linear: from 100 KB to 1 MB the cost grows no faster than the parse5 floor (ratio to the floor ×${fixed(growth, 2)})`);
  return oursFlat;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runScaling();
