import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../types.js';
import { toDay } from './dates.js';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree, one paragraph per block element, paragraphs separated by blank lines. */
export function blocksToText(root: DomNode): string {
  const paras: string[] = [];
  let buf = '';
  const flush = () => {
    const p = buf.replace(/\s+/g, ' ').trim();
    if (p) paras.push(p);
    buf = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return paras.join('\n\n');
}

/** Text of an HTML fragment (a feed item's description or content). */
export function fragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blocksToText(document.body as unknown as DomNode);
}

export const looksLikeHtml = (s: string): boolean => /<\/?[a-z][a-z0-9]*[\s>/]/i.test(s);

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(document: Doc, names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content');
    if (v?.trim()) return v.trim();
  }
  return undefined;
}

function pageDate(document: Doc): string | undefined {
  const fromMeta = meta(document, [
    'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date',
    'dc.date', 'DC.date', 'dc.date.issued', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date',
  ]);
  const day = toDay(fromMeta);
  if (day) return day;
  for (const el of Array.from(document.querySelectorAll('time[datetime], [itemprop="datePublished"]'))) {
    const d = toDay(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (d) return d;
  }
  return undefined;
}

/**
 * An HTML page as an article: readability finds the main content; title, byline and date come
 * from readability and the page's meta tags and time elements. Null when nothing readable is found.
 */
export function htmlToArticle(html: string, url?: string): Article | null {
  const { document } = parseHTML(html);
  const published = pageDate(document);
  const headTitle = meta(document, ['og:title', 'twitter:title']) ?? document.querySelector('title')?.textContent?.trim();
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as globalThis.Document, { charThreshold: 100 }).parse();
  } catch {
    parsed = null;
  }
  let text = '';
  if (parsed?.content) text = fragmentToText(parsed.content);
  if (!text) {
    const again = parseHTML(html).document;
    text = again.body ? blocksToText(again.body as unknown as DomNode) : '';
  }
  const byline = parsed?.byline?.trim() || meta(document, ['author', 'article:author']);
  if (byline) {
    const paras = text.split('\n\n');
    const i = paras.findIndex((p) => p === byline || p === `By ${byline}` || p === `by ${byline}`);
    if (i >= 0 && i < 3) text = [...paras.slice(0, i), ...paras.slice(i + 1)].join('\n\n');
  }
  if (!text.trim()) return null;
  const article: Article = { text };
  const title = parsed?.title?.trim() || headTitle;
  if (title) article.title = title;
  const day = published ?? toDay(parsed?.publishedTime);
  if (day) article.published = day;
  if (url) article.url = url;
  if (byline) article.byline = byline;
  return article;
}
