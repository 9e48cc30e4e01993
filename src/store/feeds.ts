import type Database from 'better-sqlite3';
import type { FeedState } from './types.js';

/** What the last poll of a feed learnt: validators for the next conditional GET, status, error. */
export function getFeed(db: Database.Database, url: string): FeedState | null {
  const r = db.prepare(
    `SELECT url, etag, last_modified AS lastModified, checked_at AS checkedAt, status, error, items FROM feeds WHERE url = ?`,
  ).get(url);
  return (r as FeedState | undefined) ?? null;
}

export function saveFeed(db: Database.Database, s: FeedState): void {
  db.prepare(
    `INSERT INTO feeds (url, etag, last_modified, checked_at, status, error, items)
     VALUES (@url, @etag, @lastModified, @checkedAt, @status, @error, @items)
     ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       checked_at = excluded.checked_at, status = excluded.status, error = excluded.error, items = excluded.items`,
  ).run(s);
}
