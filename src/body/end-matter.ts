/**
 * Where the article ends in the body HTML. About 60% of a post's bytes are
 * end matter (hashtags, 延伸閱讀, carousel, ads, feed footer) and nothing of
 * the article's text follows its first block (DOMAIN.md §5), so the article
 * part and the end matter are cut apart before parsing: the carousel, ads and
 * feed footer are never parsed at all. Picture and video boxes may follow the
 * 延伸閱讀 block (12 posts of the corpus); `strip-boilerplate` takes them back
 * from the end matter into the article.
 */

/**
 * The first end-matter block, in either quoting:
 * `<div class='articlekeywordGroup'>`, `<div class="paragraph moreArticle">`,
 * `<div class='paragraph moreArticle flexhalf'>`, `<div class='paragraph bottomBox'>`,
 * `<div class="paragraph bottomArticleBanner show">`, and the feed footer `<br><hr><div>获取更多RSS：`.
 */
const END_MATTER_START =
  /<div class=["'](?:articlekeywordGroup|paragraph (?:moreArticle|bottomBox|bottomArticleBanner))\b|<hr>(?=<div>获取更多RSS)/;

/** Blocks after which nothing is kept: carousel, ad slots, feed footer. */
const KEEP_NOTHING_AFTER = /<div class=["']paragraph (?:bottomBox|bottomArticleBanner)\b|<hr>(?=<div>获取更多RSS)/;

export interface BodyParts {
  /** HTML of the article itself. */
  readonly article: string;
  /** HTML of the hashtags and related-links blocks, '' when none. */
  readonly endMatter: string;
}

export function splitEndMatter(html: string): BodyParts {
  const start = END_MATTER_START.exec(html);
  if (!start) return { article: html, endMatter: '' };
  const rest = html.slice(start.index);
  const stop = KEEP_NOTHING_AFTER.exec(rest);
  return { article: html.slice(0, start.index), endMatter: stop ? rest.slice(0, stop.index) : rest };
}
