/** Turn the caller's input into the first draft: text, options, no messages. */
import { isUtf8, transcode } from 'node:buffer';
import type { Draft } from './draft.js';
import type { ResolvedOptions } from './options.js';
import type { ZoneClock } from './time/zoned.js';

/**
 * Every draft field, in one order, so that all drafts share one object shape
 * (stages spread drafts); `satisfies` fails the build when a field of
 * `Draft` is missing here.
 */
function emptyDraft(options: ResolvedOptions, clock: ZoneClock): Draft {
  return {
    options, clock, source: '', messages: [], fatal: undefined, frontMatter: undefined, content: undefined, meta: undefined,
    epochMs: undefined, titleLine: undefined, tree: undefined, endMatter: undefined, pageAuthors: undefined,
    pagePhotographers: undefined, pageByline: undefined, pageSeries: undefined, pageTopic: undefined, keywords: undefined, glossary: undefined, related: undefined, images: undefined, embeds: undefined,
    paragraphs: undefined, textParts: undefined, notices: undefined, dateline: undefined, datelineWritten: undefined, storyStarts: undefined, credits: undefined, editorCode: undefined,
    feedTimeLocal: undefined, date: undefined, extra: undefined, article: undefined,
  } satisfies { [K in keyof Draft]-?: Draft[K] };
}

/** The fallback decoder (a Node without ICU has no `transcode`); the BOM is kept here and stripped once by `stripBom`. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * UTF-8 bytes to text, or null when they are not UTF-8 (the same bytes
 * `TextDecoder`'s fatal mode refuses). Checked by `isUtf8` (Node's SIMD
 * validator, ~1 µs for a 4.4 KB post of the corpus), then converted to
 * UTF-16 by `transcode` (ICU), which Node copies into a string: 7–10 µs per
 * post, against 26–30 µs for `TextDecoder` or `Buffer.toString`, whose
 * UTF-8 decoding (V8's) goes character by character.
 */
function decodeUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  if (typeof transcode === 'function') {
    try {
      return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // No converter in this build: decode below.
    }
  }
  return utf8.decode(bytes);
}

export function decodeSource(source: string | Uint8Array, options: ResolvedOptions, clock: ZoneClock): Draft {
  if (typeof source === 'string') {
    const base = emptyDraft(options, clock);
    // A UTF-16 string is at most 3 UTF-8 bytes per code unit; only measure when it could be too large.
    if (source.length * 3 > options.maxBytes && Buffer.byteLength(source, 'utf8') > options.maxBytes) {
      return tooLarge(base, Buffer.byteLength(source, 'utf8'));
    }
    return { ...base, source: stripBom(source) };
  }
  if (source instanceof Uint8Array) {
    const base = emptyDraft(options, clock);
    if (source.byteLength > options.maxBytes) return tooLarge(base, source.byteLength);
    const text = decodeUtf8(source);
    if (text === null) {
      return {
        ...base,
        fatal: { code: 'input:encoding', stage: 'decode-source', reason: 'the bytes are not valid UTF-8' },
      };
    }
    return { ...base, source: stripBom(text) };
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
