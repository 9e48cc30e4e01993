import { parseFeed } from 'feedsmith';
import type { Article } from '../types.js';
import { toDay } from './dates.js';
import { fragmentToText, looksLikeHtml } from './html.js';
import { bad, ok, type SourceItem } from './types.js';

type Loose = Record<string, unknown> | undefined;

/** A string from a feed field that may be a string or an object with a value. */
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && 'value' in v) return str((v as { value: unknown }).value);
  return undefined;
}

const first = (...vs: unknown[]): string | undefined => {
  for (const v of vs) {
    const s = str(v);
    if (s) return s;
  }
  return undefined;
};

function toText(body: string | undefined): string {
  if (!body) return '';
  return looksLikeHtml(body) ? fragmentToText(body) : fragmentToText(body.replace(/&(?!#?\w+;)/g, '&amp;')).trim() || body.trim();
}

function itemArticle(it: Record<string, unknown>, format: string): Article {
  const content = it.content as Loose;
  const links = it.links as Array<{ href?: string; rel?: string }> | undefined;
  const link = format === 'atom'
    ? (links?.find((l) => !l.rel || l.rel === 'alternate') ?? links?.[0])?.href
    : first(it.link, it.url, (it.guid as Loose)?.value);
  const body = first(
    content?.encoded, format === 'atom' ? content : undefined, it.content_html, it.content_text,
    it.description, it.summary,
  );
  const article: Article = { text: toText(body) };
  const title = first(it.title);
  if (title) article.title = looksLikeHtml(title) ? fragmentToText(title) : title;
  const day = toDay(first(it.pubDate, it.published, it.date_published, it.updated, it.date_modified, (it.dc as Loose)?.date));
  if (day) article.published = day;
  if (link) article.url = link;
  return article;
}

/** The items of an RSS, Atom, RDF or JSON feed as articles; a bad item is reported and skipped. */
export function feedItems(xml: string, where: string): SourceItem[] {
  let parsed: { format: string; feed: Record<string, unknown> };
  try {
    parsed = parseFeed(xml) as unknown as typeof parsed;
  } catch (err) {
    return [bad(where, `not a readable feed: ${(err as Error).message}`, Buffer.byteLength(xml))];
  }
  const items = (parsed.feed.items ?? parsed.feed.entries ?? []) as Array<Record<string, unknown>>;
  if (!items.length) return [bad(where, 'feed has no items', Buffer.byteLength(xml))];
  const per = Math.floor(Buffer.byteLength(xml) / items.length);
  return items.map((it, i) => {
    const at = `${where}#item${i + 1}`;
    try {
      const article = itemArticle(it, parsed.format);
      if (!article.text.trim()) return bad(at, 'item has no text', per);
      return ok(article, at, per);
    } catch (err) {
      return bad(at, `unreadable item: ${(err as Error).message}`, per);
    }
  });
}

export const looksLikeFeed = (s: string): boolean => /<(rss|feed|rdf:RDF)[\s>]/i.test(s.slice(0, 2048));
