import { usageError } from '../errors.js';
import type { Store } from '../store/index.js';
import { feedItems } from './feed.js';
import { AnalyzePool } from './pool.js';
import { ingest, type Problem } from './run.js';

/** "10m", "30s", "1h", "250ms" or a number of seconds, in milliseconds. */
export function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(s.trim());
  if (!m) throw usageError(`--every must be a duration like 10m, 30s or 1h, got "${s}"`);
  const n = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'] ?? 1000);
  if (n <= 0) throw usageError(`--every must be positive, got "${s}"`);
  return n;
}

export interface PollResult {
  url: string;
  /** HTTP status, or 0 when the feed could not be reached */
  status: number;
  notModified: boolean;
  added: number;
  duplicates: number;
  skipped: number;
  error: string | null;
}

export interface WatchOptions {
  everyMs: number;
  /** stop after this many rounds (default: until aborted) */
  rounds?: number;
  workers?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** one line per poll */
  log?: (line: string) => void;
  onProblem?: (p: Problem) => void;
  now?: () => Date;
}

/** Polls one feed with a conditional GET and ingests its new items. Never throws for the feed's faults. */
export async function pollFeed(store: Store, url: string, pool: AnalyzePool, o: Omit<WatchOptions, 'everyMs'> = {}): Promise<PollResult> {
  const now = o.now ?? (() => new Date());
  const prev = store.feed(url);
  const result: PollResult = { url, status: 0, notModified: false, added: 0, duplicates: 0, skipped: 0, error: null };
  const save = (etag: string | null, lastModified: string | null) =>
    store.saveFeed({
      url, etag, lastModified, checkedAt: now().toISOString(), status: result.status, error: result.error,
      items: (prev?.items ?? 0) + result.added,
    });
  const headers: Record<string, string> = { 'user-agent': 'steppe', accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, */*' };
  if (prev?.etag) headers['if-none-match'] = prev.etag;
  if (prev?.lastModified) headers['if-modified-since'] = prev.lastModified;
  let res: Response;
  let body: string;
  try {
    res = await (o.fetch ?? fetch)(url, { headers, signal: AbortSignal.timeout(30_000) });
    result.status = res.status;
    body = res.status === 304 ? '' : await res.text();
  } catch (err) {
    result.error = `cannot fetch: ${(err as Error).message}`;
    save(prev?.etag ?? null, prev?.lastModified ?? null);
    return result;
  }
  if (res.status === 304) {
    result.notModified = true;
    save(prev?.etag ?? null, prev?.lastModified ?? null);
    return result;
  }
  if (!res.ok) {
    result.error = `HTTP ${res.status}`;
    save(prev?.etag ?? null, prev?.lastModified ?? null);
    return result;
  }
  const items = feedItems(body, url);
  if (items.length === 1 && items[0]!.error && items[0]!.where === url) {
    // not a feed at all: keep the old validators so the next poll fetches it again
    result.error = items[0]!.error;
    save(prev?.etag ?? null, prev?.lastModified ?? null);
    return result;
  }
  const summary = await ingest(store, (async function* () { yield* items; })(), { pool, onProblem: o.onProblem });
  result.added = summary.added;
  result.duplicates = summary.duplicates;
  result.skipped = summary.skipped + summary.failed;
  save(res.headers.get('etag'), res.headers.get('last-modified'));
  return result;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Polls the feeds every `everyMs`, ingesting new items, until aborted or `rounds` are done. */
export async function watch(store: Store, urls: string[], o: WatchOptions): Promise<PollResult[]> {
  const pool = new AnalyzePool(o.workers ?? 1);
  const all: PollResult[] = [];
  try {
    for (let round = 1; !o.signal?.aborted && (o.rounds === undefined || round <= o.rounds); round++) {
      for (const url of urls) {
        if (o.signal?.aborted) break;
        const r = await pollFeed(store, url, pool, o);
        all.push(r);
        o.log?.(
          r.error ? `${url}: ${r.error}` : r.notModified ? `${url}: not modified`
            : `${url}: ${r.added} new, ${r.duplicates} known, ${r.skipped} skipped`,
        );
      }
      if (o.rounds === undefined || round < o.rounds) await sleep(o.everyMs, o.signal);
    }
  } finally {
    await pool.close();
  }
  return all;
}
