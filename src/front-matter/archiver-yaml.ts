/**
 * The archiver's front matter, read without a YAML parser when it has the
 * archiver's exact shape: one `key: value` per line, where a value is a
 * double-quoted string without escapes (`title: "美韓擴大遏制戰略磋商"`), a
 * flow list of plain words (`tags: [ (臺)中央社CNA ]`) or a plain word
 * (`date: 2023-09-15T07:50:00.000Z`, `author: (臺)中央社CNA`, `comments: True`).
 *
 * The values are those js-yaml's CORE schema gives (`True` is a boolean,
 * `date` stays a string). Whatever could read otherwise in YAML (escapes,
 * quotes inside, comments, anchors, tags, blank or indented lines, duplicate
 * keys, a plain word that could be a number or null, control characters)
 * returns null, and the caller reads the block with gray-matter and js-yaml.
 * `test/front-matter/archiver-yaml.test.ts` checks the equality with js-yaml
 * on every front matter of the corpus and on generated blocks.
 */

/** `title: …`: a key the archiver writes, then `: `. */
const LINE = /^([a-z]\w*): (.+)$/i;
/** `"美韓擴大遏制戰略磋商 警告俄朝軍事合作將付代價"`: no escape, no quote inside. */
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
/** `[ (臺)中央社CNA ]`, `[ news, (臺)中央社CNA ]`, `[]`. */
const FLOW_LIST = /^\[ ?(.*?) ?\]$/;
/**
 * A plain word safe in block and flow context: no leading indicator
 * (`- ? : , [ ] { } # & * ! | > ' " % @` and backquote), no `: `, ` #`,
 * quote, bracket or brace inside, no leading or trailing blank, no trailing `:`.
 */
const PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@`\s])(?:[^:#,[\]{}"'\s]|:(?=[^\s,[\]{}])|#|\s(?=[^\s#]))*(?<![:\s])$/u;
/** A word of letters, digits and `_ + - .` only: CORE may read it as null, a boolean or a number. */
const MAYBE_TYPED = /^[\w+.-]*$/;
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
/** Characters YAML refuses or treats as line breaks (a CR is read only before LF), and lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const REFUSED = /[\0-\x08\v\f\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

type Value = string | boolean | Value[];

/** Read the block, or null when it is not of the archiver's shape (then use a YAML parser). */
export function readArchiverYaml(block: string): Record<string, Value> | null {
  if (block === '' || REFUSED.test(block)) return null;
  const data: Record<string, Value> = {};
  for (const rawLine of block.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const match = LINE.exec(line);
    if (!match) return null;
    const key = match[1] as string;
    if (Object.hasOwn(data, key)) return null;
    const value = readValue(match[2] as string);
    if (value === null) return null;
    data[key] = value;
  }
  return data;
}

function readValue(text: string): Value | null {
  const quoted = DOUBLE_QUOTED.exec(text);
  if (quoted) return quoted[1] as string;
  const list = FLOW_LIST.exec(text);
  if (list) {
    const inner = list[1] as string;
    if (inner === '') return [];
    const items: Value[] = [];
    for (const item of inner.split(/ ?, ?/)) {
      const word = readPlain(item);
      if (word === null) return null;
      items.push(word);
    }
    return items;
  }
  return readPlain(text);
}

function readPlain(text: string): string | boolean | null {
  if (text === '' || text === '~' || text.includes('\t') || !PLAIN.test(text)) return null;
  if (!MAYBE_TYPED.test(text)) return text;
  const boolean = BOOLEANS[text];
  if (boolean !== undefined) return boolean;
  // ~ (above), null, Null, NULL, numbers (`12`, `-1.5`, `0x1F`, `.inf`): leave them to YAML.
  return /^(?:null|Null|NULL)$|^[-+]?[\d.]/.test(text) ? null : text;
}
