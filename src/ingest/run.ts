import { availableParallelism } from 'node:os';
import { articleKey, type ArticleRows, type Store } from '../store/index.js';
import { collectAfterCommit } from './main-gc.js';
import { AnalyzePool, type Job, type JobResult } from './pool.js';
import type { Counts, Progress } from './progress.js';
import type { SourceItem } from './types.js';

export interface Problem {
  where: string;
  reason: string;
}

export interface IngestOptions {
  /** analysis worker threads (default: the number of cores) */
  workers?: number;
  /** articles per message to a worker */
  batchSize?: number;
  /** articles per write transaction at the start; later ones grow with the run (see commitSize) */
  writeEvery?: number;
  progress?: Progress;
  /** called for each skipped or failed item as it happens */
  onProblem?: (p: Problem) => void;
  /** stop reading new items (items already read are still written) */
  signal?: AbortSignal;
  /** a pool to use (and leave open), e.g. one kept by watch across polls */
  pool?: AnalyzePool;
}

export interface IngestSummary extends Counts {
  events: number;
  seconds: number;
  /** articles analysed and written (or found stored) per second */
  rate: number;
  problems: Problem[];
}

/**
 * Reads items, skips those already stored, analyses the rest on a worker pool and writes the
 * results in input order, in transactions: each article with all its rows, or none of it.
 */
/**
 * Default analysis workers: one core fewer than the machine has (at least one). The main thread
 * (reading, SQLite, FTS, MinHash) and V8's GC and compiler threads need the remaining core; on
 * 2 cores, 2 workers measured 0.97× the speed of 1 at ~170 MB more peak RSS (docs in the bench).
 */
export const defaultWorkers = (): number => Math.max(1, availableParallelism() - 1);

/**
 * Articles per transaction: `first` while the run is young (an interrupted small ingest has
 * committed some), then a tenth of what the run has written, up to 1000. Each commit writes
 * every B-tree page it touched (LSH bands, FTS segments, indexes: random keys) to the WAL, so
 * fewer, larger transactions cost less per article as the store grows (100k generated articles:
 * 0.46 → 0.35 CPU ms/article on the writing thread at 50k stored, 200 vs 1000 per transaction).
 * Not more than 1000: the rows wait in the main thread's heap until their commit (with up to 2000,
 * 100k articles with 2 workers ended with a 106 MB main heap instead of 72).
 */
export const commitSize = (first: number, written: number): number => Math.max(first, Math.min(1000, Math.floor(written / 10)));
/** a transaction is committed at the latest this long after the previous one (progress, interrupt loss) */
const COMMIT_MS = 1000;

export async function ingest(store: Store, items: AsyncIterable<SourceItem>, o: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const workers = o.workers ?? defaultWorkers();
  const batchSize = o.batchSize ?? 16;
  const writeEvery = o.writeEvery ?? 200; // several commits even in small runs (test/ingest/interrupt.test.ts kills one mid-way)
  const c: IngestSummary = {
    read: 0, added: 0, duplicates: 0, skipped: 0, failed: 0, bytes: 0, events: 0, seconds: 0, rate: 0, problems: [],
  };
  const problem = (p: Problem) => {
    c.problems.push(p);
    o.onProblem?.(p);
  };
  const pool = o.pool ?? new AnalyzePool(workers);
  const jobs = new Map<number, { where: string; bytes: number; text: string }>();
  const results = new Map<number, JobResult>();
  /** keys read and not yet committed (a failed one stays): with store.has, what makes a copy a duplicate; not every key of the run, so it does not grow with it */
  const seen = new Set<string>();
  const inflight = new Set<Promise<void>>();
  let seq = 0;
  let nextWrite = 0;
  let bytesRead = 0;
  let lastWrite = performance.now();
  let buffer: ArticleRows[] = [];
  let bufferBytes = 0;

  const commit = () => {
    if (buffer.length) {
      const r = store.writeRows(buffer);
      for (const row of buffer) seen.delete(row.key); // stored now: store.has finds them
      c.added += r.added;
      c.duplicates += r.duplicates;
      c.events += r.events;
      c.bytes = bufferBytes;
      buffer = [];
      collectAfterCommit();
    }
    lastWrite = performance.now();
    o.progress?.update(c);
  };

  const drain = (final: boolean) => {
    for (let r = results.get(nextWrite); r; r = results.get(nextWrite)) {
      const job = jobs.get(nextWrite)!;
      results.delete(nextWrite);
      jobs.delete(nextWrite);
      nextWrite++;
      bufferBytes = job.bytes;
      if (r.error !== undefined) {
        c.failed++;
        problem({ where: job.where, reason: r.error });
        continue;
      }
      r.rows.text = job.text; // the worker does not send the text back
      buffer.push(r.rows);
      if (buffer.length >= commitSize(writeEvery, c.added)) commit();
    }
    if (final || performance.now() - lastWrite > COMMIT_MS) commit();
  };

  let batch: Job[] = [];
  const dispatch = () => {
    if (!batch.length) return;
    const p: Promise<void> = pool.run(batch).then((rs) => {
      for (const r of rs) results.set(r.seq, r);
      inflight.delete(p);
      drain(false);
    });
    inflight.add(p);
    p.catch(() => {}); // a failed write is rethrown through Promise.race below, not left unhandled
    batch = [];
  };

  try {
    for await (const item of items) {
      c.read++;
      bytesRead += item.bytes;
      if (item.error !== undefined) {
        c.skipped++;
        problem({ where: item.where, reason: item.error });
      } else {
        const key = articleKey(item.article);
        if (seen.has(key) || store.has(key)) {
          c.duplicates++;
        } else {
          seen.add(key);
          jobs.set(seq, { where: item.where, bytes: bytesRead, text: item.article.text });
          batch.push({ seq: seq++, key, article: item.article, origin: item.where });
          if (batch.length >= batchSize) dispatch();
          while (inflight.size >= pool.size * pool.depth + 1) await Promise.race(inflight);
        }
      }
      if (!inflight.size && !batch.length) {
        c.bytes = bytesRead;
        o.progress?.update(c);
      }
      if (o.signal?.aborted) break;
    }
    dispatch();
    while (inflight.size) await Promise.race(inflight);
    drain(true);
  } finally {
    if (!o.pool) await pool.close();
  }
  c.bytes = bytesRead;
  c.seconds = (performance.now() - t0) / 1000;
  c.rate = (c.added + c.duplicates + c.failed) / Math.max(c.seconds, 1e-3);
  o.progress?.stop(c);
  return c;
}
