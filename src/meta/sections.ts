/** CNA's URL section codes and their names (DOMAIN.md §2). */
export const sectionNames: Readonly<Record<string, string>> = {
  aopl: '國際',
  acn: '兩岸',
  afe: '產經',
  ahel: '生活',
  aspt: '運動',
  aipl: '政治',
  amov: '娛樂',
  asoc: '社會',
  aloc: '地方',
  acul: '文化',
  ait: '科技',
  aedu: '教育',
  asc: '證券',
  aie: '產經',
  afe2: '產經',
  // The 2020 feed's front-page list: not a section, but a real URL segment.
  firstnews: '焦點',
};

/** A CNA article URL: `https://www.cna.com.tw/news/aopl/202309150183.aspx`. */
const ARTICLE_URL = /^https?:\/\/(?:www\.|m\.)?cna\.com\.tw\/news\/([a-z0-9]+)\/(\d{12})\.aspx/i;

export interface UrlParts {
  readonly section: string;
  readonly id: string;
}

export function readArticleUrl(url: string): UrlParts | null {
  const match = ARTICLE_URL.exec(url);
  if (!match) return null;
  return { section: (match[1] ?? '').toLowerCase(), id: match[2] ?? '' };
}

/** `https://www.cna.com.tw/…`: a host the URL parser would read as exactly this (nothing to trim, no user info, no port). */
const PLAIN_CNA_URL = /^https?:\/\/(?:[a-z]+\.)?cna\.com\.tw\//;

/** True when `url` is on CNA's site (cna.com.tw or a subdomain). */
export function isCnaUrl(url: string): boolean {
  if (PLAIN_CNA_URL.test(url)) return true;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'cna.com.tw' || host.endsWith('.cna.com.tw');
  } catch {
    return false;
  }
}
