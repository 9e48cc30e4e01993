/**
 * Read queries for the HTTP API and the early-warning analytics (issue 6): pages with totals,
 * compact event rows for analytics, story copies for breaking alerts. Additive to the store.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { SteppeError, usageError } from '../errors.js';
import type { AnalyticEvent } from '../analytics/types.js';
import type { StoryCopy } from '../analytics/breaking.js';
import type { Analysis, PloverType } from '../types.js';
import { articleConditions, eventWhere, where } from './filter.js';
import type { EventRow, Filter, Stats, StoredArticle } from './types.js';
import { toEvent, type EventDbRow } from './query.js';

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface ArticleSummary {
  id: string;
  extId: string | null;
  storyId: number;
  title: string | null;
  url: string | null;
  published: string | null;
  contexts: string[];
}

/** Opens a database read-only (WAL lets an ingest write meanwhile); fails if it does not exist. */
export function openReadOnly(path: string): Database.Database {
  if (!existsSync(path)) throw new SteppeError('not_found', `database ${path} does not exist (run steppe ingest first)`);
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 10000');
    return db;
  } catch (err) {
    throw new SteppeError('config', `cannot open database ${path}: ${(err as Error).message}`);
  }
}

/** Changes whenever another connection commits: the key for caches over this connection. */
export const dataVersion = (db: Database.Database): number => db.pragma('data_version', { simple: true }) as number;

/** One event per story and event key: the first copy's. */
const FIRST_COPY = `NOT EXISTS (SELECT 1 FROM events e2 WHERE e2.story_id = e.story_id AND e2.event_key = e.event_key AND e2.pk < e.pk)`;

interface ArticleDbRow {
  id: string; ext_id: string | null; story_id: number; title: string | null; url: string | null;
  published: string | null; contexts: string;
}

/** Articles matching a filter, newest first, with the total count. */
export function articlePage(db: Database.Database, f: Filter, limit: number, offset: number): Page<ArticleSummary> {
  const w = articleConditions(f);
  const total = cachedCount(db, `SELECT COUNT(*) FROM articles a ${where(w.sql)}`, w.params);
  const rows = db.prepare(`SELECT a.id, a.ext_id, a.story_id, a.title, a.url, a.published, a.contexts FROM articles a
    ${where(w.sql)} ORDER BY a.published DESC, a.pk DESC LIMIT @limit OFFSET @offset`).all({ ...w.params, limit, offset }) as ArticleDbRow[];
  return {
    total, limit, offset,
    items: rows.map((r) => ({
      id: r.id, extId: r.ext_id, storyId: r.story_id, title: r.title, url: r.url, published: r.published,
      contexts: r.contexts ? r.contexts.split(',').filter(Boolean) : [],
    })),
  };
}

const totals = new WeakMap<Database.Database, Map<string, [number, number]>>();

/** Counts once per data version: totals are full scans, pages are not. */
function cachedCount(db: Database.Database, sql: string, params: Record<string, unknown>): number {
  let cache = totals.get(db);
  if (!cache) totals.set(db, (cache = new Map()));
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const version = dataVersion(db);
  const hit = cache.get(key);
  if (hit && hit[0] === version) return hit[1];
  const n = db.prepare(sql).pluck().get(params) as number;
  if (cache.size > 1000) cache.clear();
  cache.set(key, [version, n]);
  return n;
}

/** Where a page of events ends: the last row's date and primary key, as an opaque string. */
export const eventCursor = (date: string | null, pk: number): string => Buffer.from(JSON.stringify([date, pk])).toString('base64url');

function readCursor(cursor: string): { date: string | null; pk: number } {
  try {
    const [date, pk] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if ((date === null || typeof date === 'string') && Number.isInteger(pk)) return { date, pk: pk as number };
  } catch { /* fall through */ }
  throw usageError('cursor is not one this server gave (use the "next" value of a page)');
}

/**
 * Events matching a filter, one per story and event key, newest first, with the total.
 * Page by `offset` (linear in the offset) or by `cursor`, the `next` of the previous page (constant).
 */
export function eventPage(db: Database.Database, f: Filter, limit: number, offset: number, cursor?: string): Page<EventRow> & { next: string | null } {
  const w = eventWhere(f);
  const cond = where(w.sql, FIRST_COPY);
  const total = cachedCount(db, `SELECT COUNT(*) FROM events e ${cond}`, w.params);
  let after = '';
  const params: Record<string, unknown> = { ...w.params, limit: limit + 1, offset };
  if (cursor) {
    const c = readCursor(cursor);
    after = c.date === null ? '(e.date IS NULL AND e.pk < @cpk)' : '(e.date < @cdate OR e.date IS NULL OR (e.date = @cdate AND e.pk < @cpk))';
    Object.assign(params, { cdate: c.date, cpk: c.pk });
  }
  const rows = db.prepare(`SELECT e.*, a.id AS article_id, a.url, a.title, a.published
    FROM events e JOIN articles a ON a.pk = e.article ${where(w.sql, FIRST_COPY, after)}
    ORDER BY e.date DESC, e.pk DESC LIMIT @limit OFFSET @offset`).all(params) as Array<EventDbRow & { pk: number }>;
  const more = rows.length > limit;
  if (more) rows.pop();
  const last = rows[rows.length - 1];
  return { total, limit, offset, next: more && last ? eventCursor(last.date, last.pk) : null, items: rows.map(toEvent) };
}

interface AnalyticDbRow {
  article_id: string; story_id: number; event_id: string; type: string; mode: string | null; date: string | null;
  source: string; target: string; place_country: string | null; contexts: string; negated: number;
  hypothetical: number; title: string | null; url: string | null;
}

/**
 * The fields analytics need for every event matching a filter, one per story and event key: the
 * earliest copy (by date, then insertion). Deduplicated here rather than in SQL, which is cheaper.
 */
export function analyticEvents(db: Database.Database, f: Filter): AnalyticEvent[] {
  const w = eventWhere(f);
  const stmt = db.prepare(`SELECT a.id AS article_id, e.story_id, e.event_key, e.event_id, e.type, e.mode, e.date, e.source, e.target,
      e.place_country, e.contexts, e.negated, e.hypothetical, a.title, a.url
    FROM events e JOIN articles a ON a.pk = e.article ${where(w.sql)} ORDER BY e.date, e.pk`);
  const seen = new Set<string>();
  const out: AnalyticEvent[] = [];
  for (const row of stmt.iterate(w.params)) {
    const r = row as AnalyticDbRow & { event_key: string };
    const key = `${r.story_id}|${r.event_key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      articleId: r.article_id, storyId: r.story_id, eventId: r.event_id, type: r.type as PloverType, mode: r.mode,
      date: r.date, source: JSON.parse(r.source), target: JSON.parse(r.target), placeCountry: r.place_country,
      contexts: JSON.parse(r.contexts), negated: r.negated === 1, hypothetical: r.hypothetical === 1, title: r.title, url: r.url,
    });
  }
  return out;
}

/** Copies (articles) of stories with at least `minCopies` articles, published (else ingested) in [from, to]. */
export function storyCopies(db: Database.Database, from: string, to: string, minCopies: number): StoryCopy[] {
  const cols = 'a.id AS articleId, a.story_id AS storyId, COALESCE(a.published, a.ingested_at) AS time, a.title, a.url';
  return db.prepare(`SELECT ${cols} FROM articles a JOIN stories s ON s.id = a.story_id
      WHERE a.published >= @from AND a.published <= @to AND s.size >= @min
    UNION ALL SELECT ${cols} FROM articles a JOIN stories s ON s.id = a.story_id
      WHERE a.published IS NULL AND a.ingested_at >= @from AND a.ingested_at <= @to AND s.size >= @min
    ORDER BY storyId, time`).all({ min: minCopies, from, to: `${to}\uffff` }) as StoryCopy[];
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

/** First and last event day in the store (index seeks; month- or year-only dates are skipped). */
export function eventRange(db: Database.Database): { first: string | null; last: string | null } {
  const end = (order: 'ASC' | 'DESC'): string | null => {
    for (const d of db.prepare(`SELECT date FROM events WHERE date IS NOT NULL ORDER BY date ${order} LIMIT 1000`).pluck().iterate()) {
      if (FULL_DAY.test(d as string)) return (d as string).slice(0, 10);
    }
    return null;
  };
  return { first: end('ASC'), last: end('DESC') };
}

/**
 * One article by its content hash (indexed), else by the id given at ingest. The second lookup
 * scans (articles.ext_id has no index), so API links use the hash.
 */
export function articleById(db: Database.Database, id: string): StoredArticle | null {
  const byHash = db.prepare('SELECT * FROM articles WHERE id = ?').get(id);
  if (byHash) return toStored(byHash as StoredDbRow);
  if (!hasExtIds(db)) return null;
  const byExt = db.prepare('SELECT * FROM articles WHERE ext_id = ? ORDER BY pk LIMIT 1').get(id);
  return byExt ? toStored(byExt as StoredDbRow) : null;
}

/** Whether any article was given its own id at ingest (one scan per data version). */
const hasExtIds = (db: Database.Database): boolean =>
  cachedCount(db, 'SELECT COUNT(*) FROM (SELECT 1 FROM articles WHERE ext_id IS NOT NULL LIMIT 1)', {}) > 0;

interface StoredDbRow {
  id: string; ext_id: string | null; story_id: number; url: string | null; title: string | null;
  published: string | null; origin: string | null; text: string; analysis: string;
}

const toStored = (r: StoredDbRow): StoredArticle => ({
  id: r.id, extId: r.ext_id, storyId: r.story_id, url: r.url, title: r.title, published: r.published,
  origin: r.origin, text: r.text, analysis: JSON.parse(r.analysis) as Analysis,
});

/** Store statistics, computed once per data version (they are full scans). */
export function cachedStats(db: Database.Database, compute: () => Stats): Stats {
  const version = dataVersion(db);
  const hit = statsCache.get(db);
  if (hit && hit[0] === version) return hit[1];
  const s = compute();
  statsCache.set(db, [version, s]);
  return s;
}
const statsCache = new WeakMap<Database.Database, [number, Stats]>();
