import type { Article } from '../types.js';
import { toDay } from './dates.js';
import { bad, ok, type SourceItem } from './types.js';

const FIELDS = ['id', 'text', 'title', 'published', 'url'] as const;

/** One line of the batch contract: {"id","text","title"?,"published"?,"url"?}. */
export function jsonlItem(line: string, where: string): SourceItem | null {
  const bytes = Buffer.byteLength(line) + 1;
  if (!line.trim()) return null;
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    return bad(where, `invalid JSON: ${(err as Error).message}`, bytes);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return bad(where, 'a line must be a JSON object', bytes);
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string' || !o.text.trim()) return bad(where, 'missing or empty "text"', bytes);
  for (const f of FIELDS) {
    if (o[f] !== undefined && o[f] !== null && typeof o[f] !== 'string' && !(f === 'id' && typeof o[f] === 'number')) {
      return bad(where, `"${f}" must be a string`, bytes);
    }
  }
  const article: Article = { text: o.text };
  if (o.id !== undefined && o.id !== null) article.id = String(o.id);
  if (typeof o.title === 'string' && o.title) article.title = o.title;
  if (typeof o.url === 'string' && o.url) article.url = o.url;
  if (typeof o.published === 'string' && o.published) {
    const day = toDay(o.published);
    if (!day) return bad(where, `"published" is not a date: "${o.published}"`, bytes);
    article.published = day;
  }
  return ok(article, where, bytes);
}

/** Splits a stream of text chunks into lines, yielding each line's items with its line number. */
export async function* jsonlItems(chunks: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, name: string): AsyncGenerator<SourceItem> {
  let rest = '';
  let n = 0;
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      const item = jsonlItem(rest.slice(0, nl).replace(/\r$/, ''), `${name}:${++n}`);
      if (item) yield item;
      rest = rest.slice(nl + 1);
      nl = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  const last = jsonlItem(rest, `${name}:${++n}`);
  if (last) yield last;
}
