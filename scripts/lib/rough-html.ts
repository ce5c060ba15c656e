/**
 * A crude, independent reading of a post's `<p>` texts: the oracle that the
 * corpus floors compare the parser against. Tags are stripped and the few
 * entities CNA uses are decoded; nothing after the first end-matter block
 * is read. Deliberately not the parser's own code.
 */

/** The first end-matter block (hashtags, 延伸閱讀, carousel, ad slots). */
const END_MATTER = /class=["'](?:articlekeywordGroup|paragraph moreArticle|paragraph bottomBox|paragraph bottomArticleBanner)/;
/** `<p>…</p>` and `<p style="…">…</p>`, e.g. `<p>（中央社記者廖禹揚首爾15日專電）第4次…</p>`. */
const PARAGRAPH = /<p(?:\s[^<>]*)?>([\s\S]*?)<\/p>/g;

/** The non-blank `<p>` texts of a post, in order. */
export function roughParagraphs(post: string): string[] {
  const body = post.split(END_MATTER, 1)[0] ?? '';
  const out: string[] = [];
  for (const match of body.matchAll(PARAGRAPH)) {
    const plain = decodeEntities((match[1] ?? '').replace(/<[^<>]*>/g, '')).trim();
    if (plain !== '') out.push(plain);
  }
  return out;
}

function decodeEntities(text: string): string {
  return text.replaceAll('&nbsp;', '\u00a0').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
