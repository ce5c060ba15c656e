/** Build a post in the archiver's format for unit tests. */
export interface PostParts {
  title?: string;
  date?: string;
  author?: string;
  from?: string;
  epoch?: string | null;
  titleLine?: string | null;
  html?: string;
  fence?: string;
  extraFrontMatter?: string;
}

export function makePost(parts: PostParts = {}): string {
  const title = parts.title ?? '美韓擴大遏制戰略磋商 警告俄朝軍事合作將付代價';
  const date = parts.date ?? '2023-09-15T07:50:00.000Z';
  const from = parts.from ?? 'https://www.cna.com.tw/news/aopl/202309150183.aspx';
  const epoch = parts.epoch === undefined ? String(Date.parse(date)) : parts.epoch;
  const titleLine = parts.titleLine === undefined ? `[${title}](${from})` : parts.titleLine;
  const html = parts.html ?? '<p>（中央社記者廖禹揚首爾15日專電）第4次會議今天在首爾舉行。</p><p>會後記者會表示。（編輯：陳惠珍）1120915</p>';
  return [
    parts.fence ?? '---',
    'layout: post',
    `title: "${title}"`,
    `date: ${date}`,
    `author: ${parts.author ?? '(臺)中央社CNA'}`,
    `from: ${from}`,
    `tags: [ (臺)中央社CNA ]`,
    'comments: True',
    `categories: [ (臺)中央社CNA ]`,
    ...(parts.extraFrontMatter ? [parts.extraFrontMatter] : []),
    '---',
    ...(epoch === null ? [] : [`<!--${epoch}-->`]),
    ...(titleLine === null ? [] : [titleLine, '------']),
    '',
    '<div>',
    html,
    '</div>',
    '',
  ].join('\n');
}
