import type Database from 'better-sqlite3';
import { SteppeError } from '../errors.js';

/**
 * Schema migrations, applied in order on open. `PRAGMA user_version` holds the number of
 * migrations applied; each runs in its own transaction, so a crash leaves the previous version.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: articles, stories, analysis rows, search, feeds
  `
  CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    ext_id TEXT,
    url TEXT,
    title TEXT,
    byline TEXT,
    published TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    contexts TEXT NOT NULL DEFAULT '',
    analysis TEXT NOT NULL,
    story_id INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_story ON articles(story_id);
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_url ON articles(url);

  CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT,
    first_published TEXT,
    size INTEGER NOT NULL DEFAULT 1
  );

  CREATE TABLE minhash (article INTEGER PRIMARY KEY, sig BLOB NOT NULL);
  CREATE TABLE lsh_bands (
    key INTEGER NOT NULL,
    article INTEGER NOT NULL,
    PRIMARY KEY (key, article)
  ) WITHOUT ROWID;

  CREATE TABLE actors (
    article INTEGER NOT NULL,
    actor TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT,
    country TEXT,
    sector TEXT,
    code TEXT,
    roles TEXT,
    mentions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article, actor)
  ) WITHOUT ROWID;
  CREATE INDEX actors_code ON actors(code);
  CREATE INDEX actors_country ON actors(country);

  CREATE TABLE events (
    pk INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    story_id INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    event_key TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    date TEXT,
    place TEXT,
    place_country TEXT,
    contexts TEXT NOT NULL,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    trigger_text TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    rule TEXT NOT NULL,
    confidence REAL
  );
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_type ON events(type, date);
  CREATE INDEX events_story ON events(story_id);
  CREATE INDEX events_article ON events(article);

  CREATE TABLE event_parties (
    event INTEGER NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    code TEXT
  );
  CREATE INDEX event_parties_event ON event_parties(event);
  CREATE INDEX event_parties_country ON event_parties(country);
  CREATE INDEX event_parties_code ON event_parties(code);

  CREATE TABLE event_contexts (
    context TEXT NOT NULL,
    event INTEGER NOT NULL,
    PRIMARY KEY (context, event)
  ) WITHOUT ROWID;

  CREATE TABLE quotes (
    article INTEGER NOT NULL,
    quote TEXT NOT NULL,
    text TEXT NOT NULL,
    cue TEXT,
    speaker_name TEXT,
    speaker_code TEXT,
    PRIMARY KEY (article, quote)
  ) WITHOUT ROWID;

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='pk');

  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT,
    status INTEGER,
    error TEXT,
    items INTEGER NOT NULL DEFAULT 0
  );
  `,
  // 2: each signature knows its story, so finding a new article's story reads only the narrow
  // minhash rows (articles rows are wide: text and analysis spill into overflow pages)
  `
  ALTER TABLE minhash ADD COLUMN story INTEGER;
  UPDATE minhash SET story = (SELECT story_id FROM articles WHERE articles.pk = minhash.article);
  `,
  // 3: indexes no query uses (checked with EXPLAIN QUERY PLAN over every store query): each cost
  // a random B-tree insert per row at ingest. Code filters compare with COLLATE NOCASE, which a
  // BINARY index cannot serve; country filters reach parties through event_parties_event.
  `
  DROP INDEX IF EXISTS articles_url;
  DROP INDEX IF EXISTS actors_code;
  DROP INDEX IF EXISTS event_parties_country;
  DROP INDEX IF EXISTS event_parties_code;
  `,
];

/** Brings the database to the latest schema version. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new SteppeError('config', `database schema version ${current} is newer than this steppe supports (${MIGRATIONS.length})`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
