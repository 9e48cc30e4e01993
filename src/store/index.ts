/**
 * The embedded SQLite store: the only place in steppe that speaks SQL.
 *
 * Tables (schema in migrations.ts, applied on open, version in PRAGMA user_version):
 *   articles      one row per article: id = sha256(url + text), text, analysis JSON, story_id
 *   stories       near-duplicate clusters (MinHash + LSH bands in minhash(article, sig, story)/lsh_bands)
 *   actors        per-article actors (code, country, sector)
 *   events        one row per event: type, mode, parties (JSON), date, place, contexts, flags,
 *                 evidence text, rule, story_id, event_key; event_parties / event_contexts for filters
 *   quotes        per-article quotes with speaker
 *   articles_fts  FTS5 index over title and text (bm25, snippets)
 *   feeds         watch state: ETag, Last-Modified, last status
 * Counting "once per story" = COUNT(DISTINCT story_id) (series) or DISTINCT (story_id, event_key).
 */
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { SteppeError } from '../errors.js';
import type { Article } from '../types.js';
import { sha256 } from '../util/hash.js';
import { getFeed, saveFeed } from './feeds.js';
import { checkFilter } from './filter.js';
import { migrate } from './migrations.js';
import { getArticle, integrity, iterateArticles, iterateEvents, listActors, series, stats, tableCounts } from './query.js';
import { search, type SearchOptions } from './search.js';
import type {
  ActorRow, EventQuery, EventRow, FeedState, Filter, SearchHit, SeriesKey, SeriesPoint, Stats, StoreInput,
  StoredArticle, WriteResult,
} from './types.js';
import { createWriter } from './write.js';
import type { ArticleRows } from './rows.js';

export * from './types.js';
export { checkFilter, PLOVER_TYPES } from './filter.js';
export { toFtsQuery, type SearchOptions } from './search.js';
export { signature, similarity, SAME_STORY } from './minhash.js';
export { toRows, type ArticleRows } from './rows.js';

export const DEFAULT_DB = './steppe.db';

/** An article's identity: sha256 of its URL (when known) and text. Re-ingesting it adds nothing. */
export function articleKey(article: Pick<Article, 'text' | 'url'>): string {
  return sha256(article.url ? `${article.url}\n${article.text}` : article.text);
}

export interface Store {
  readonly path: string;
  readonly schemaVersion: number;
  /** true when an article with this key is stored */
  has(key: string): boolean;
  /** writes analysed articles in one transaction; known keys are counted as duplicates */
  write(inputs: StoreInput[]): WriteResult;
  /** the same for rows already flattened (by ingest workers, see toRows) */
  writeRows(rows: ArticleRows[]): WriteResult;
  events(q?: EventQuery): EventRow[];
  iterateEvents(q?: EventQuery): IterableIterator<EventRow>;
  series(by: SeriesKey, f?: Filter): SeriesPoint[];
  search(text: string, o?: SearchOptions): SearchHit[];
  article(id: string): StoredArticle | null;
  iterateArticles(f?: Filter & { limit?: number }): IterableIterator<StoredArticle>;
  actors(f?: Filter & { limit?: number }): ActorRow[];
  stats(): Stats;
  /** row counts per table */
  counts(): Record<string, number>;
  /** 'ok', or what SQLite's integrity checks found */
  integrity(): string;
  feed(url: string): FeedState | null;
  saveFeed(state: FeedState): void;
  close(): void;
}

export interface StoreOptions {
  readonly?: boolean;
  now?: () => Date;
}

/** Opens (creating if needed) a store, brings its schema up to date and returns typed queries. */
export function openStore(path: string = DEFAULT_DB, options: StoreOptions = {}): Store {
  if (existsSync(path) && statSync(path).isDirectory()) throw new SteppeError('config', `database path ${path} is a directory`);
  let db: Database.Database;
  let version: number;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma('busy_timeout = 10000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('cache_size = -16384'); // 16 MB: the OS page cache does the rest
      // checkpoint every ~64 MB of WAL, not every 4 MB (SQLite's default 1000 pages): a page that
      // several ingest transactions touch (LSH bands, FTS, indexes) is copied to the file once per
      // checkpoint (100k generated articles: writing thread ~15% less CPU per article at 50k stored)
      db.pragma('wal_autocheckpoint = 16384');
      version = migrate(db);
    } else {
      version = db.pragma('user_version', { simple: true }) as number;
    }
  } catch (err) {
    if (err instanceof SteppeError) throw err;
    throw new SteppeError('config', `cannot open database ${path}: ${(err as Error).message}`);
  }
  const writer = options.readonly ? null : createWriter(db, options.now ?? (() => new Date()));
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const mustWrite = () => {
    if (!writer) throw new SteppeError('config', `database ${path} is open read-only`);
    return writer;
  };
  return {
    path,
    schemaVersion: version,
    has: (key) => Boolean(exists.get(key)),
    write: (inputs) => mustWrite().write(inputs),
    writeRows: (rows) => mustWrite().writeRows(rows),
    events: (q = {}) => [...iterateEvents(db, { ...q, ...checkFilter(q) })],
    iterateEvents: (q = {}) => iterateEvents(db, { ...q, ...checkFilter(q) }),
    series: (by, f = {}) => series(db, by, checkFilter(f)),
    search: (text, o = {}) => search(db, text, { ...o, ...checkFilter(o) }),
    article: (id) => getArticle(db, id),
    iterateArticles: (f = {}) => iterateArticles(db, { ...f, ...checkFilter(f) }),
    actors: (f = {}) => listActors(db, { ...f, ...checkFilter(f) }),
    stats: () => stats(db),
    counts: () => tableCounts(db),
    integrity: () => integrity(db),
    feed: (url) => getFeed(db, url),
    saveFeed: (s) => saveFeed(db, s),
    close: () => db.close(),
  };
}
export { exportChunks, ploverRecord, EXPORT_FORMATS, type ExportFormat } from './export.js';
