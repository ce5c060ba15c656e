/**
 * Bytes to text (`decodeSource`): the result must be what the WHATWG
 * decoder gives in fatal mode (`TextDecoder('utf-8', { fatal: true })`,
 * one leading BOM removed), and the bytes it refuses must be exactly the
 * ones that decoder refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../src/options.js';
import { decodeSource } from '../src/source.js';
import { createZoneClock } from '../src/time/zoned.js';

const oracle = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const options = resolveOptions(undefined);
const clock = createZoneClock();

/** What the oracle makes of the bytes: the text, or null when it refuses them. */
function expected(bytes: Uint8Array): string | null {
  try {
    return oracle.decode(bytes);
  } catch {
    return null;
  }
}

function check(bytes: Uint8Array): void {
  const draft = decodeSource(bytes, options, clock);
  const want = expected(bytes);
  if (want === null) {
    expect(draft.fatal?.code).toBe('input:encoding');
  } else {
    expect(draft.fatal).toBeUndefined();
    expect(draft.source).toBe(want);
  }
}

/** Bytes that are often UTF-8: encoded code points (any, surrogates included), mixed with stray bytes. */
const mostlyUtf8 = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x10ffff }).map((cp) => [...new TextEncoder().encode(String.fromCodePoint(cp))]), fc.integer({ min: 0, max: 255 }).map((b) => [b])), { maxLength: 64 })
  .map((parts) => Uint8Array.from(parts.flat()));

/** Hand-written UTF-8 sequences of every length, some cut or forbidden (surrogates, overlongs, past U+10FFFF). */
const sequences = fc
  .array(fc.constantFrom([0xef, 0xbb, 0xbf], [0xe4, 0xb8, 0xad], [0xe4, 0xb8], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xc0, 0xaf], [0xc2, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0x80], [0x41], [0x00], [0xef, 0xbf, 0xbe]), { maxLength: 24 })
  .map((parts) => Uint8Array.from(parts.flat()));

describe('decodeSource on bytes', () => {
  it('gives what TextDecoder gives in fatal mode, and refuses what it refuses', () => {
    fc.assert(fc.property(mostlyUtf8, (bytes) => check(bytes)), { numRuns: 3000 });
    fc.assert(fc.property(sequences, (bytes) => check(bytes)), { numRuns: 3000 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => check(bytes)), { numRuns: 1000 });
  });

  it('removes one leading BOM, as TextDecoder does, and keeps a second one and any later one', () => {
    const bom = [0xef, 0xbb, 0xbf];
    const cases: [number[], string][] = [
      [[], ''],
      [bom, ''],
      [[...bom, ...bom, 0x41], '\ufeffA'],
      [[0x41, ...bom], 'A\ufeff'],
    ];
    for (const [bytes, text] of cases) {
      check(Uint8Array.from(bytes));
      expect(decodeSource(Uint8Array.from(bytes), options, clock).source).toBe(text);
    }
  });

  it('gives the same text as TextDecoder for every post of the corpus, from Buffers and from plain Uint8Arrays', () => {
    const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
    const folders = ['seeds', 'cna', 'other'].map((name) => join(corpus, name));
    let count = 0;
    for (const folder of folders) {
      let names: string[] = [];
      try {
        names = readdirSync(folder).filter((name) => name.endsWith('.md'));
      } catch {
        continue; // no corpus beside the repository: the seeds and the properties above remain
      }
      for (const name of names) {
        const bytes = readFileSync(join(folder, name));
        check(bytes);
        check(new Uint8Array(bytes));
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(0);
  });
});
