/**
 * Size scaling: synthetic posts of 1 KB … 1 MB built by repeating real
 * paragraphs of the corpus; ns per byte for parseCnaPost and for the floor
 * (parse5 alone on the body). Cost per byte should stay flat (linear time).
 * Run alone with `node --import tsx bench/scaling.ts`; `npm run bench` runs it too.
 */
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';
import { parseCnaPost } from '../src/index.js';
import { loadCorpus, type BenchPost } from './lib/corpus.js';
import { fixed, measure, nsPerByte, table } from './lib/harness.js';

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
  for (const size of SIZES) {
    const { post, body } = syntheticPost(paragraphs, size);
    parseCnaPost(post); // fails loudly if the synthetic post is not an article
    const postBuffer = Buffer.from(post);
    const bodyBuffer = Buffer.from(body);
    const count = Math.max(3, Math.round(BYTES_PER_ROUND / postBuffer.byteLength));
    const fresh = (buffer: Buffer) => (): string[] => Array.from({ length: count }, () => buffer.toString('utf8'));
    const floor = measure({ prepare: fresh(bodyBuffer), run: (html) => parseFragment(html), bytes: bodyBuffer.byteLength * count });
    const pipeline = measure({ prepare: fresh(postBuffer), run: (text) => parseCnaPost(text), bytes: postBuffer.byteLength * count });
    ours.push(nsPerByte(pipeline));
    floors.push(nsPerByte(floor));
    rows.push([
      `${fixed(postBuffer.byteLength / 1024, 0)} KB`,
      String(count),
      fixed(nsPerByte(floor), 2),
      fixed(nsPerByte(pipeline), 2),
      `${fixed(nsPerByte(pipeline) / nsPerByte(floor), 2)}×`,
    ]);
  }
  console.log('Size scaling (synthetic posts of repeated real paragraphs; medians of 7 rounds)');
  console.log(table(['post size', 'posts/round', 'floor ns/B', 'parseCnaPost ns/B', 'vs floor'], rows));
  // Flat: from 10 KB up (1 KB is dominated by fixed per-post costs), the largest ns/B is within 1.3× of the smallest.
  const flat = (values: readonly number[]): boolean => {
    const tail = values.slice(1);
    return Math.max(...tail) <= 1.3 * Math.min(...tail);
  };
  const oursFlat = flat(ours);
  console.log(`  ${oursFlat ? 'PASS' : 'MISS'}  parseCnaPost cost per byte flat from 10 KB to 1 MB (max/min ${fixed(Math.max(...ours.slice(1)) / Math.min(...ours.slice(1)), 2)})`);
  console.log(`  ${flat(floors) ? 'flat' : 'NOT flat'}  floor (parse5) cost per byte from 10 KB to 1 MB (max/min ${fixed(Math.max(...floors.slice(1)) / Math.min(...floors.slice(1)), 2)})`);
  return oursFlat;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runScaling();
