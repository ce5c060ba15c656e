/**
 * Warning codes: problems in the content that do not stop a post from
 * becoming an Article. Codes are stable; the sentences are for people and
 * may be reworded.
 */
export const warningCodes = {
  'epoch:missing': 'no `<!--epoch-ms-->` comment after the front matter',
  'epoch:mismatch': 'the epoch comment and the front-matter `date` disagree',
  'date:from-epoch': 'the front-matter `date` is unusable; the epoch comment gave the feed time',
  'date:feed-mismatch': 'the feed time is more than two days away from the URL date',
  'date:no-url-id': 'the URL id does not start with a date; the date comes from the editor code or the feed time',
  'title-line:missing': 'no `[title](url)` line before the HTML',
  'title-line:mismatch': 'the `[title](url)` line differs from the front-matter title',
  'title-line:url-mismatch': 'the `[title](url)` line links elsewhere than the front-matter `from`',
  'section:unknown': 'the URL section code is not one CNA is known to use',
  'dateline:missing': 'the first paragraph has no dateline',
  'dateline:unparsed': 'the first paragraph opens like a CNA dateline that could not be split',
  'dateline:split-guessed': 'no single known place ends the last reporter name; name and place were split by a documented rule (check reporters and places)',
  'dateline:digest': 'no dateline: a news digest (早安世界, 一週大事)',
  'dateline:column': 'no dateline: a column (特派專欄) or signed feature',
  'dateline:fact-box': 'no dateline: the article opens with a fact box',
  'dateline:live': 'no dateline: a live post',
  'dateline:day-invalid': 'the dateline day does not exist in the month it resolves to',
  'dateline:day-far': 'the dateline day is more than a day away from the article date',
  'dateline:inner': 'a later paragraph opens with another dateline (a post of several stories); removed from the text',
  'credits:missing': 'no closing credit (編輯/譯者/核稿)',
  'credits:unparsed': 'a closing credit-like group could not be split into roles',
  'credits:inner': 'another story of the post ends with its own credit and code (a post of several stories: the closing is the lead story\'s); removed from the text',
  'editor-code:missing': 'no 7-digit editor code at the end of the article',
  'editor-code:not-a-date': 'the editor code is not a real ROC-calendar date',
  'editor-code:malformed': 'digits after the closing credit, or 6 or 8 digits right after the last sentence, are not 7 digits long (a mistyped code)',
  'editor-code:mismatch': 'the editor code date differs from the article date',
  'editor-code:dateline-date': "the editor code date differs from the article date and is the dateline's date: the day the story was filed (published after midnight in Taipei, or a day behind abroad)",
  'related:malformed-url': 'a related link holds two addresses run together (`…/202105215002.aspxhttps://…`); kept as written',
  'image:no-src': 'an image has no usable URL and was dropped',
} as const satisfies Record<string, string>;

/** A key of `warningCodes`, e.g. `'dateline:unparsed'`. */
export type WarningCode = keyof typeof warningCodes;
