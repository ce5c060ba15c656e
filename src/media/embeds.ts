/** Recognise embedded objects and give each a `{ kind, url }` (extract-media adds the caption). */
import type { Element } from 'hast';
import { absoluteUrl, attribute, classList, hasClass, selectAll } from '../hast/query.js';
import type { Embed } from '../schema.js';

/** What an element says of the embed it stands for. */
export type EmbedTarget = Pick<Embed, 'kind' | 'url'>;

/** Return the embed an element stands for, or null when it is not an embed. */
export function readEmbed(element: Element): EmbedTarget | null {
  const { tagName } = element;
  if (tagName === 'iframe') {
    const url = absoluteUrl(attribute(element, 'dataSrc') ?? attribute(element, 'src'));
    if (url === null) return null;
    return { kind: /youtube(?:-nocookie)?\.com|youtu\.be/.test(url) ? 'youtube' : /facebook\.com/.test(url) ? 'facebook' : 'iframe', url };
  }
  if (tagName === 'blockquote' && hasClass(element, 'twitter-tweet')) {
    const links = selectAll(element, (child) => child.tagName === 'a').map((a) => absoluteUrl(attribute(a, 'href')));
    const status = links.find((url) => url !== null && /\/status(?:es)?\/\d+/.test(url)) ?? links.at(-1) ?? null;
    return status ? { kind: 'twitter', url: status } : null;
  }
  if (isInstagram(element)) {
    const url = absoluteUrl(attribute(element, 'dataInstgrmPermalink') ?? firstHref(element));
    return url ? { kind: 'instagram', url } : null;
  }
  if (hasClass(element, 'fb-post') || hasClass(element, 'fb-video')) {
    const url = absoluteUrl(attribute(element, 'dataHref'));
    return url ? { kind: 'facebook', url } : null;
  }
  if (tagName === 'video') {
    const source = selectAll(element, (child) => child.tagName === 'source')[0];
    const url = absoluteUrl(attribute(element, 'src') ?? (source ? attribute(source, 'src') : null));
    const id = attribute(element, 'dataVodId');
    const fallback = id === null ? null : `https://www.cna.com.tw/video/vod/${encodeURIComponent(id)}`;
    const resolved = url ?? fallback;
    return resolved ? { kind: 'video', url: resolved } : null;
  }
  if (isInfogram(element)) {
    const id = attribute(element, 'dataId');
    return id ? { kind: 'infogram', url: `https://e.infogram.com/${encodeURIComponent(id)}` } : null;
  }
  if (hasClass(element, 'flourish-embed')) {
    const path = attribute(element, 'dataSrc');
    return path ? { kind: 'flourish', url: `https://public.flourish.studio/${path.replace(/^\/+/, '')}` } : null;
  }
  if (hasClass(element, 'gie-single')) {
    const url = absoluteUrl(attribute(element, 'href'));
    return url ? { kind: 'getty', url } : null;
  }
  return null;
}

/** Elements that are embeds even when no URL can be read (removed from the text all the same). */
export function isEmbedElement(element: Element): boolean {
  if (EMBED_TAGS.has(element.tagName)) return true;
  if (isClasslessInfogram(element) || isInstagram(element)) return true;
  for (const name of classList(element)) if (EMBED_CLASSES.has(name)) return true;
  return false;
}

/**
 * An Infogram chart whose `infogram-embed` class the page dropped (the class-less pages of late 2021):
 * `<div data-id="0513a308-…" data-type="interactive" data-title="病例校正回歸 新增確診數"></div>`.
 */
const isClasslessInfogram = (element: Element): boolean =>
  element.tagName === 'div' && element.properties['dataType'] === 'interactive' && typeof element.properties['dataId'] === 'string';

/**
 * An Instagram post: `blockquote.instagram-media`, or the same without its class on the class-less pages of late
 * 2021 (`<blockquote data-instgrm-permalink="https://www.instagram.com/p/CVFyzS1B_RP/…" …>`).
 */
const isInstagram = (element: Element): boolean =>
  element.tagName === 'blockquote' && (hasClass(element, 'instagram-media') || typeof element.properties['dataInstgrmPermalink'] === 'string');

const isInfogram = (element: Element): boolean => hasClass(element, 'infogram-embed') || isClasslessInfogram(element);

const EMBED_TAGS: ReadonlySet<string> = new Set(['iframe', 'video', 'audio', 'object', 'embed']);
const EMBED_CLASSES: ReadonlySet<string> = new Set(['twitter-tweet', 'instagram-media', 'fb-post', 'fb-video', 'infogram-embed', 'flourish-embed', 'gie-single', 'youtubeBox']);

function firstHref(element: Element): string | null {
  const anchor = selectAll(element, (child) => child.tagName === 'a')[0];
  return anchor ? attribute(anchor, 'href') : null;
}
