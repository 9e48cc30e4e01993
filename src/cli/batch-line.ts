import type { Article } from '../types.js';
import { isIsoDate } from '../util/dates.js';
import { MAX_ARTICLE_BYTES } from '../util/text-input.js';

/** Parses one line of the batch contract: {"id","text","title"?,"published"?,"url"?}. */
export function parseBatchLine(line: string): { article: Article } | { error: string } {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { error: 'expected a JSON object' };
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== 'string') return { error: 'missing "text" string' };
  if (!o.text.trim()) return { error: 'empty "text"' };
  if (o.text.length > MAX_ARTICLE_BYTES) return { error: '"text" too large for one article' };
  if (o.text.includes('\u0000')) return { error: '"text" holds binary data' };
  const article: Article = { text: o.text };
  if (o.id !== undefined && o.id !== null) {
    if (typeof o.id !== 'string' && typeof o.id !== 'number') return { error: '"id" must be a string' };
    article.id = String(o.id);
  }
  for (const key of ['title', 'url'] as const) {
    if (o[key] !== undefined && o[key] !== null) {
      if (typeof o[key] !== 'string') return { error: `"${key}" must be a string` };
      article[key] = o[key] as string;
    }
  }
  if (o.published !== undefined && o.published !== null) {
    if (typeof o.published !== 'string' || !isIsoDate(o.published.slice(0, 10))) return { error: '"published" must be a date YYYY-MM-DD' };
    article.published = o.published.slice(0, 10);
  }
  return { article };
}
