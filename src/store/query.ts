import type Database from 'better-sqlite3';
import type { Analysis, PloverType } from '../types.js';
import { articleConditions, eventWhere, where } from './filter.js';
import type { ActorRow, EventQuery, EventRow, Filter, SeriesKey, SeriesPoint, Stats, StoredArticle } from './types.js';

/** An event row as SQLite returns it (shared by every event query). */
export interface EventDbRow {
  article_id: string; story_id: number; event_id: string; type: string; mode: string | null; date: string | null;
  source: string; target: string; place: string | null; place_country: string | null; contexts: string;
  negated: number; hypothetical: number; trigger_text: string | null; evidence: string; evidence_start: number;
  evidence_end: number; rule: string; confidence: number | null; url: string | null; title: string | null;
  published: string | null;
}

export const toEvent = (r: EventDbRow): EventRow => ({
  articleId: r.article_id, storyId: r.story_id, eventId: r.event_id, type: r.type as PloverType, mode: r.mode,
  date: r.date, source: JSON.parse(r.source), target: JSON.parse(r.target), place: r.place,
  placeCountry: r.place_country, contexts: JSON.parse(r.contexts), negated: r.negated === 1,
  hypothetical: r.hypothetical === 1, trigger: r.trigger_text, evidence: r.evidence,
  evidenceSpan: { start: r.evidence_start, end: r.evidence_end }, rule: r.rule, confidence: r.confidence,
  url: r.url, title: r.title, published: r.published,
});

/** Events matching a filter, oldest first; one per story and event key unless `copies`. Lazy. */
export function* iterateEvents(db: Database.Database, f: EventQuery): IterableIterator<EventRow> {
  const w = eventWhere(f);
  const chosen = f.copies
    ? where(w.sql)
    : `WHERE e.pk IN (SELECT MIN(e.pk) FROM events e ${where(w.sql)} GROUP BY e.story_id, e.event_key)`;
  const sql = `SELECT e.*, a.id AS article_id, a.url, a.title, a.published
    FROM events e JOIN articles a ON a.pk = e.article ${chosen}
    ORDER BY e.date, e.pk LIMIT @limit OFFSET @offset`;
  const stmt = db.prepare(sql);
  for (const r of stmt.iterate({ ...w.params, limit: f.limit ?? -1, offset: f.offset ?? 0 })) yield toEvent(r as EventDbRow);
}

const SERIES: Record<SeriesKey, { key: string; join: string; cond: string }> = {
  type: { key: 'e.type', join: '', cond: '' },
  country: { key: 'p.country', join: 'JOIN event_parties p ON p.event = e.pk', cond: 'p.country IS NOT NULL' },
  context: { key: 'c.context', join: 'JOIN event_contexts c ON c.event = e.pk', cond: '' },
  dyad: {
    key: "s.country || '>' || t.country",
    join: `JOIN event_parties s ON s.event = e.pk AND s.role = 'source'
           JOIN event_parties t ON t.event = e.pk AND t.role = 'target'`,
    cond: 's.country IS NOT NULL AND t.country IS NOT NULL AND s.country <> t.country',
  },
};

/** Daily counts per key, each story counted once per day and key (copies of a story do not add). */
export function series(db: Database.Database, by: SeriesKey, f: Filter = {}): SeriesPoint[] {
  const s = SERIES[by];
  const w = eventWhere(f);
  const sql = `SELECT substr(e.date, 1, 10) AS day, ${s.key} AS key, COUNT(DISTINCT e.story_id) AS count
    FROM events e ${s.join} ${where(w.sql, s.cond, 'e.date IS NOT NULL')}
    GROUP BY day, key ORDER BY day, key`;
  return db.prepare(sql).all(w.params) as SeriesPoint[];
}

interface ArticleDbRow {
  id: string; ext_id: string | null; story_id: number; url: string | null; title: string | null;
  published: string | null; origin: string | null; text: string; analysis: string;
}

const toArticle = (r: ArticleDbRow): StoredArticle => ({
  id: r.id, extId: r.ext_id, storyId: r.story_id, url: r.url, title: r.title, published: r.published,
  origin: r.origin, text: r.text, analysis: JSON.parse(r.analysis) as Analysis,
});

/** One stored article by its id (content hash) or the id it was given at ingest. */
export function getArticle(db: Database.Database, id: string): StoredArticle | null {
  const r = db.prepare('SELECT * FROM articles WHERE id = ? OR ext_id = ? ORDER BY pk LIMIT 1').get(id, id);
  return r ? toArticle(r as ArticleDbRow) : null;
}

/** Articles matching a filter in ingest order. Lazy, for streaming export. */
export function* iterateArticles(db: Database.Database, f: Filter & { limit?: number }): IterableIterator<StoredArticle> {
  const w = articleConditions(f);
  const stmt = db.prepare(`SELECT * FROM articles a ${where(w.sql)} ORDER BY a.pk LIMIT @limit`);
  for (const r of stmt.iterate({ ...w.params, limit: f.limit ?? -1 })) yield toArticle(r as ArticleDbRow);
}

/** Actors across articles, grouped by code (or name when there is none), most frequent first. */
export function listActors(db: Database.Database, f: Filter & { limit?: number } = {}): ActorRow[] {
  const w = articleConditions(f);
  const sql = `SELECT MIN(x.name) AS name, x.code, x.country, x.sector, MIN(x.kind) AS kind,
      COUNT(DISTINCT x.article) AS articles, COUNT(DISTINCT a.story_id) AS stories
    FROM actors x JOIN articles a ON a.pk = x.article ${where(w.sql)}
    GROUP BY COALESCE(x.code, lower(x.name)), x.country, x.sector
    ORDER BY stories DESC, articles DESC LIMIT @limit`;
  return db.prepare(sql).all({ ...w.params, limit: f.limit ?? 100 }) as ActorRow[];
}

export function stats(db: Database.Database): Stats {
  const one = (sql: string): number => (db.prepare(sql).pluck().get() as number | null) ?? 0;
  const range = db.prepare('SELECT MIN(published) AS first, MAX(published) AS last FROM articles').get() as {
    first: string | null; last: string | null;
  };
  return {
    articles: one('SELECT COUNT(*) FROM articles'),
    stories: one('SELECT COUNT(*) FROM stories'),
    events: one('SELECT COUNT(*) FROM events'),
    storyEvents: one('SELECT COUNT(*) FROM (SELECT DISTINCT story_id, event_key FROM events)'),
    actors: one('SELECT COUNT(*) FROM (SELECT DISTINCT COALESCE(code, lower(name)) FROM actors)'),
    feeds: one('SELECT COUNT(*) FROM feeds'),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    firstPublished: range.first,
    lastPublished: range.last,
    byType: db.prepare(
      `SELECT type, COUNT(*) AS events, COUNT(DISTINCT story_id) AS stories FROM events GROUP BY type ORDER BY events DESC`,
    ).all() as Stats['byType'],
  };
}

const TABLES = ['articles', 'stories', 'minhash', 'lsh_bands', 'actors', 'events', 'event_parties', 'event_contexts', 'quotes', 'feeds'] as const;

/** Row counts of every table (and the search index), for checks and tests. */
export function tableCounts(db: Database.Database): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number;
  out.articles_fts = db.prepare(`SELECT COUNT(*) FROM articles_fts_docsize`).pluck().get() as number;
  return out;
}

/** SQLite's own consistency check plus the search index's: 'ok' when all is well. */
export function integrity(db: Database.Database): string {
  const rows = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
  try {
    db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
  } catch (err) {
    rows.push(`search index: ${(err as Error).message}`);
  }
  return rows.join('; ');
}
