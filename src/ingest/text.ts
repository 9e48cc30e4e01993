import type { Article } from '../types.js';
import { bad, ok, type SourceItem } from './types.js';

/** A plain-text file: the whole file is one article. */
export function textItem(text: string, where: string, meta: Omit<Article, 'text'> = {}): SourceItem {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!body.trim()) return bad(where, 'empty text', Buffer.byteLength(text));
  return ok({ ...meta, text: body }, where, Buffer.byteLength(text));
}
