/** Options of a parse. Every default is documented beside the option. */
export interface ParseOptions {
  /** Path or name of the post, used in errors and warnings. Default: none. */
  readonly file?: string | undefined;
  /** IANA time zone of `feedTimeTaipei` and of calendar dates. Default: `'Asia/Taipei'`. */
  readonly timeZone?: string | undefined;
  /** Largest post accepted, in UTF-8 bytes; larger posts are rejected `input:too-large`. Default: 8 MiB. */
  readonly maxBytes?: number | undefined;
  /**
   * Deepest HTML element nesting accepted; deeper posts are rejected `input:too-deep`.
   * Default: 256; at most `maxDepthCeiling` (1000), as the hast conversion and text
   * extraction recurse per level and overflow the stack a few thousand levels down.
   */
  readonly maxDepth?: number | undefined;
}

/** `ParseOptions` with every default filled in, as stages see them on `draft.options`. */
export interface ResolvedOptions {
  readonly file: string | undefined;
  readonly timeZone: string;
  readonly maxBytes: number;
  readonly maxDepth: number;
}

/** The defaults of `ParseOptions`: time zone `Asia/Taipei`, `maxBytes` 8 MiB, `maxDepth` 256. */
export const defaultOptions: Omit<ResolvedOptions, 'file'> = {
  timeZone: 'Asia/Taipei',
  maxBytes: 8 * 1024 * 1024,
  maxDepth: 256,
};

/** The largest `maxDepth` accepted (see `ParseOptions.maxDepth`). */
export const maxDepthCeiling = 1000;

/** Resolve options, throwing at once (API misuse) on values that cannot work. */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError('cna-ingest: `options` must be an object such as `{ file: "post.md" }`, or be left out.');
  }
  const resolved: ResolvedOptions = {
    file: options?.file,
    timeZone: options?.timeZone ?? defaultOptions.timeZone,
    maxBytes: options?.maxBytes ?? defaultOptions.maxBytes,
    maxDepth: options?.maxDepth ?? defaultOptions.maxDepth,
  };
  if (resolved.file !== undefined && typeof resolved.file !== 'string') {
    throw new TypeError('cna-ingest: `options.file` must be a string (the path of the post), or be left out.');
  }
  if (!isPositiveInteger(resolved.maxBytes)) {
    throw new TypeError('cna-ingest: `options.maxBytes` must be a positive integer number of bytes.');
  }
  if (!isPositiveInteger(resolved.maxDepth) || resolved.maxDepth > maxDepthCeiling) {
    throw new TypeError(`cna-ingest: \`options.maxDepth\` must be a positive integer no larger than ${maxDepthCeiling}.`);
  }
  if (!isTimeZone(resolved.timeZone)) {
    throw new TypeError(`cna-ingest: \`options.timeZone\` must be an IANA time zone such as 'Asia/Taipei'; got ${JSON.stringify(resolved.timeZone)}.`);
  }
  return resolved;
}

/** IANA names the runtime knows (aliases such as `UTC` or `Asia/Calcutta` fall back to a formatter). */
const canonicalTimeZones: ReadonlySet<string> = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * Whether `value` names a time zone. Building an `Intl.DateTimeFormat` costs
 * ~100 µs, more than the rest of a parse's fixed costs, so the default and
 * the canonical IANA names are known without building one.
 */
function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (value === defaultOptions.timeZone || canonicalTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
