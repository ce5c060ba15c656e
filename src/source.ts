/** Turn the caller's input into the first draft: text, options, no messages. */
import type { Draft } from './draft.js';
import type { ResolvedOptions } from './options.js';
import type { ZoneClock } from './time/zoned.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeSource(source: string | Uint8Array, options: ResolvedOptions, clock: ZoneClock): Draft {
  if (typeof source === 'string') {
    const base: Draft = { options, clock, source: '', messages: [] };
    // A UTF-16 string is at most 3 UTF-8 bytes per code unit; only measure when it could be too large.
    if (source.length * 3 > options.maxBytes && Buffer.byteLength(source, 'utf8') > options.maxBytes) {
      return tooLarge(base, Buffer.byteLength(source, 'utf8'));
    }
    return { ...base, source: stripBom(source) };
  }
  if (source instanceof Uint8Array) {
    const base: Draft = { options, clock, source: '', messages: [] };
    if (source.byteLength > options.maxBytes) return tooLarge(base, source.byteLength);
    try {
      return { ...base, source: utf8.decode(source) };
    } catch {
      return {
        ...base,
        fatal: { code: 'input:encoding', stage: 'decode-source', reason: 'the bytes are not valid UTF-8' },
      };
    }
  }
  throw new TypeError('cna-ingest: the source must be the text of a post (a string) or its bytes (a Uint8Array/Buffer).');
}

function tooLarge(draft: Draft, bytes: number): Draft {
  return {
    ...draft,
    fatal: {
      code: 'input:too-large',
      stage: 'decode-source',
      reason: `the post is ${bytes} bytes, over the maxBytes limit of ${draft.options.maxBytes}`,
    },
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
