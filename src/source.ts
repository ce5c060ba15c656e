/** Turn the caller's input into the first draft: text, options, no messages. */
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
    pagePhotographers: undefined, keywords: undefined, related: undefined, images: undefined, embeds: undefined,
    paragraphs: undefined, dateline: undefined, datelineWritten: undefined, credits: undefined, editorCode: undefined,
    feedTimeLocal: undefined, date: undefined, extra: undefined, article: undefined,
  } satisfies { [K in keyof Draft]-?: Draft[K] };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

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
