import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reutersItems } from '../src/ingest/reuters.js';

export interface ReutersArticle {
  id: string;
  title: string;
  text: string;
  published?: string;
}

/** Every story with a body in the Reuters-21578 SGML files of `dir` (through the ingest adapter). */
export function readReuters(dir: string, limit = Infinity): ReutersArticle[] {
  const out: ReutersArticle[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.sgm')).sort()) {
    for (const item of reutersItems(readFileSync(join(dir, f), 'latin1'), f)) {
      const a = 'article' in item ? item.article : undefined;
      if (!a) continue;
      out.push({ id: a.id ?? `${f}:${out.length}`, title: a.title ?? '', text: a.text, published: a.published });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
