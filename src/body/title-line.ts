/**
 * The `[title](url)` line and its `------` underline, between the epoch
 * comment and the HTML.
 */

export interface TitleLine {
  readonly title: string;
  readonly url: string;
}

export interface SplitContent {
  readonly titleLine: TitleLine | null;
  /** Offset in the content where the HTML starts. */
  readonly htmlStart: number;
}

/** Only the head of the content is searched: the title line is near the top. */
const HEAD = 4096;

/** `------` (setext underline), possibly with trailing blanks. */
const UNDERLINE = /^-{3,}\s*$/;

/** Find the title line and where the HTML begins. */
export function splitContent(content: string): SplitContent {
  const head = content.slice(0, HEAD);
  let offset = 0;
  let titleLine: TitleLine | null = null;
  while (offset < head.length) {
    const newline = head.indexOf('\n', offset);
    const end = newline === -1 ? head.length : newline;
    const line = head.slice(offset, end).trim();
    if (line.startsWith('<') && !line.startsWith('<!--')) return { titleLine, htmlStart: offset };
    if (titleLine === null && line.startsWith('[')) titleLine = readTitleLine(line);
    else if (line !== '' && !UNDERLINE.test(line) && !line.startsWith('<!--')) {
      // Text that is neither the title line nor markup: the HTML starts here.
      return { titleLine, htmlStart: offset };
    }
    if (newline === -1) break;
    offset = newline + 1;
  }
  return { titleLine, htmlStart: Math.min(offset, content.length) };
}

/** `[美韓擴大遏制戰略磋商 警告…](https://www.cna.com.tw/news/aopl/202309150183.aspx)`; titles may hold `[影]`. */
function readTitleLine(line: string): TitleLine | null {
  if (!line.endsWith(')')) return null;
  const split = line.lastIndexOf('](');
  if (split < 1) return null;
  return { title: line.slice(1, split), url: line.slice(split + 2, -1).trim() };
}

/** Compare titles ignoring NBSP vs space, runs of blanks and outer blanks (U+3000 included). */
export function sameTitle(a: string, b: string): boolean {
  return a === b || normalizeTitle(a) === normalizeTitle(b);
}

function normalizeTitle(title: string): string {
  return title.normalize('NFC').replace(/\\(.)/g, '$1').replace(/[\s\u200b\u200c]+/g, ' ').trim();
}
