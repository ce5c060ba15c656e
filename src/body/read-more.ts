/**
 * The read-more link that ends each item of the 早安世界 digests:
 * `…申請自動調查。（<a href="…/202008180026.aspx">看完整報導</a>）`, in 2024 also
 * `（<a href="…/202407060053.aspx">更多完整報導</a>）`. Its text
 * leaves the paragraph (`extract-text`), its URL goes to `related`
 * (`strip-boilerplate`); both read the same words from here.
 */
const READ_MORE_WORDS = ['看完整報導', '更多完整報導', '完整報導', '看更多'] as const;
const WORDS = READ_MORE_WORDS.join('|');

/** A link whose whole text is a read-more word, with the closing bracket at times (`<a …>看完整報導）</a>`, a slip). */
export const READ_MORE_LINK = new RegExp(`^(?:${WORDS})[）)]?$`);

/** A read-more word in brackets at the end of a paragraph's text. */
export const READ_MORE_AT_END = new RegExp(`[（(] ?(?:${WORDS}) ?[）)]$`);

/** Whether a text mentions a read-more word at all: the cheap test before looking for the links. */
export const mentionsReadMore = (text: string): boolean => READ_MORE_WORDS.some((word) => text.includes(word));
