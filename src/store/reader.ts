/** A read-only view of a store for the API and the early-warning commands (issue 6). */
import type Database from 'better-sqlite3';
import type { EventSource } from '../analytics/corpus.js';
import {
  analyticEvents, articleById, articlePage, cachedStats, dataVersion, eventPage, eventRange, openReadOnly, storyCopies,
  type ArticleSummary, type Page,
} from './api-queries.js';
import { checkFilter } from './filter.js';
import { stats } from './query.js';
import { search } from './search.js';
import type { EventRow, Filter, SearchHit, Stats, StoredArticle } from './types.js';

export type { ArticleSummary, Page } from './api-queries.js';

export interface CorpusReader {
  readonly path: string;
  articles(f: Filter, limit: number, offset: number): Page<ArticleSummary>;
  article(id: string): StoredArticle | null;
  /** a page by offset, or after `cursor` (the previous page's `next`) */
  events(f: Filter, limit: number, offset: number, cursor?: string): Page<EventRow> & { next: string | null };
  search(text: string, f: Filter, limit: number): SearchHit[];
  stats(): Stats;
  /** what the analytics read */
  source: EventSource;
  close(): void;
}

/** Opens `path` read-only; an ingest may keep writing to it (WAL), answers follow its commits. */
export function openReader(path: string): CorpusReader {
  const db: Database.Database = openReadOnly(path);
  return {
    path,
    articles: (f, limit, offset) => articlePage(db, checkFilter(f), limit, offset),
    article: (id) => articleById(db, id),
    events: (f, limit, offset, cursor) => eventPage(db, checkFilter(f), limit, offset, cursor),
    search: (text, f, limit) => search(db, text, { ...checkFilter(f), limit }),
    stats: () => cachedStats(db, () => stats(db)),
    source: {
      events: (f) => analyticEvents(db, checkFilter(f as Filter)),
      copies: (from, to, min) => storyCopies(db, from, to, min),
      range: () => eventRange(db),
      version: () => dataVersion(db),
    },
    close: () => db.close(),
  };
}
