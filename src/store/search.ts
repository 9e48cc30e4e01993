import type Database from 'better-sqlite3';
import { usageError } from '../errors.js';
import { articleConditions, where } from './filter.js';
import type { Filter, SearchHit } from './types.js';

export interface SearchOptions extends Filter {
  limit?: number;
  /** strings put around matched terms in snippets */
  mark?: [string, string];
}

/**
 * A person's query as a safe FTS5 expression: "quoted phrases" stay phrases, other words are
 * quoted terms (all must match), a trailing * keeps prefix search, OR between terms is kept.
 */
export function toFtsQuery(text: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(' ')}"`);
    } else if (m[2] === 'OR') {
      if (parts.length && parts[parts.length - 1] !== 'OR') parts.push('OR');
    } else {
      const prefix = m[2]!.endsWith('*');
      for (const w of m[2]!.match(/[\p{L}\p{N}]+/gu) ?? []) parts.push(`"${w}"`);
      if (prefix && parts.length && parts[parts.length - 1] !== 'OR') parts[parts.length - 1] += '*';
    }
  }
  while (parts[parts.length - 1] === 'OR') parts.pop();
  if (parts[0] === 'OR') parts.shift();
  if (!parts.length) throw usageError(`search text "${text}" has no words to look for`);
  return parts.join(' ');
}

/** Full-text search over titles and texts, best (bm25) first, with a snippet around the match. */
export function search(db: Database.Database, text: string, o: SearchOptions = {}): SearchHit[] {
  const w = articleConditions(o);
  const [open, close] = o.mark ?? ['[', ']'];
  const sql = `SELECT a.id AS articleId, a.story_id AS storyId, a.title, a.url, a.published,
      snippet(articles_fts, 1, @open, @close, '…', 16) AS snippet, bm25(articles_fts, 2.0, 1.0) AS score
    FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
    ${where('articles_fts MATCH @q', w.sql)}
    ORDER BY score LIMIT @limit`;
  return db.prepare(sql).all({ ...w.params, q: toFtsQuery(text), open, close, limit: o.limit ?? 20 }) as SearchHit[];
}
