/** The benchmark corpus: every CNA post of ../shared/corpus/cna, as bytes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cnaDir = fileURLToPath(new URL('../../../shared/corpus/cna/', import.meta.url));

export interface BenchPost {
  readonly name: string;
  /** The whole post. */
  readonly bytes: Buffer;
  /** The body HTML: everything after the `------` underline of the title line. */
  readonly body: Buffer;
}

/** The names of the posts (`.md`) in `dir`, sorted. */
export function postNames(dir = cnaDir): string[] {
  if (!existsSync(dir)) throw new Error(`No corpus at ${dir}: the benchmark needs ../shared/corpus/cna.`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

export function loadCorpus(dir = cnaDir): BenchPost[] {
  return postNames(dir).map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, bytes, body: bodyOf(bytes) };
  });
}

/** The body after the `------` line (after the front matter); the whole content when there is none. */
export function bodyOf(bytes: Buffer): Buffer {
  const text = bytes.toString('utf8');
  const fmEnd = text.indexOf('\n---', 3);
  const from = fmEnd === -1 ? 0 : text.indexOf('\n', fmEnd + 1) + 1;
  const underline = /^-{3,}[ \t]*\r?$/m;
  const rest = text.slice(from);
  const match = underline.exec(rest);
  const body = match ? rest.slice(match.index + match[0].length) : rest;
  return Buffer.from(body.trim(), 'utf8');
}

/** Fresh string copies of the given buffers (a new string object per call). */
export function decodeAll(buffers: readonly Buffer[]): string[] {
  return buffers.map((buffer) => buffer.toString('utf8'));
}

export function totalBytes(buffers: readonly Buffer[]): number {
  return buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0);
}
