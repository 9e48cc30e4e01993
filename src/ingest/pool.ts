import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SteppeError } from '../errors.js';
import type { Article } from '../types.js';
import type { ArticleRows } from '../store/rows.js';
import { tuneV8ForWorkers } from './v8-tuning.js';

/** The first message of a worker: it has loaded and can analyse. */
export const READY = 'ready';

export interface Job {
  seq: number;
  /** the article's identity in the store */
  key: string;
  article: Article;
  origin: string;
}

/** Rows ready to write, or why the article could not be analysed. */
export type JobResult =
  | { seq: number; rows: ArticleRows; error?: undefined }
  | { seq: number; error: string; rows?: undefined };

/**
 * Heap limits per worker: without them each isolate grows its heap lazily towards a limit set
 * from the machine's memory. STEPPE_WORKER_HEAP_MB raises the old-generation limit for unusually
 * long articles. What a worker holds during 100,000 generated articles (bench/memory-probe.ts):
 * V8 heap 150–170 MB committed (young 32, old 100–115 with 62–72 live after a mark-compact, large
 * objects ~15, code ~6) and 41–50 MB of array buffers (NER weights 9, its word cache ~21, cities
 * ~8, POS 2). Not worth it: compacting on every full GC (old space ~72 MB, but evacuation peaks
 * raised peak RSS 455 → 484 MB), --heap-growing-percent=20 (old space unchanged).
 */
const LIMITS = {
  maxOldGenerationSizeMb: Number(process.env.STEPPE_WORKER_HEAP_MB) || 192,
  // 32 MB: a worker allocates fast (tokens, candidates, rows); with 8 MB it spent ~8% more CPU per
  // article in scavenges (6000 Reuters, 1 worker: 2.62 → 2.38 CPU ms/article) for ~25 MB less RSS
  maxYoungGenerationSizeMb: Number(process.env.STEPPE_WORKER_YOUNG_MB) || 32,
};

/** Starts a worker; under vitest/tsx the sources are .ts files and the worker registers tsx first. */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: LIMITS });
  const url = new URL('./worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, resourceLimits: LIMITS });
}

interface Pending {
  jobs: Job[];
  resolve: (r: JobResult[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  started: boolean;
  /** batches posted and not answered yet, oldest first (a worker answers in order) */
  pending: Pending[];
}

/**
 * A pool of analysis worker threads. Each worker keeps up to `depth` batches queued so it never
 * waits for the main thread; a worker that dies fails its batches and is replaced; one that
 * cannot start fails the run.
 */
export class AnalyzePool {
  private slots: Slot[] = [];
  private waiting: Array<() => void> = [];
  private starting: Array<() => void> = [];
  private closed = false;

  /** depth 4: a worker has work queued while the main thread spends tens of ms committing a transaction */
  constructor(readonly size: number, readonly depth = 4) {
    if (!Number.isInteger(size) || size < 1) throw new SteppeError('usage', `--workers must be a positive integer, got ${size}`);
    tuneV8ForWorkers(size);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(), started: false, pending: [] };
    slot.worker.on('message', (m: JobResult[] | typeof READY) => {
      if (m === READY) {
        slot.started = true;
        if (this.slots.every((s) => s.started)) for (const r of this.starting.splice(0)) r();
        return;
      }
      slot.pending.shift()?.resolve(m);
      this.waiting.shift()?.();
    });
    const fail = (err: Error) => {
      if (slot.worker.listenerCount('message') === 0) return;
      slot.worker.removeAllListeners();
      const pending = slot.pending.splice(0);
      if (!slot.started && !this.closed) {
        const e = new SteppeError('internal', `analysis worker failed to start: ${err.message.split('\n')[0]}`);
        for (const p of pending) p.reject(e);
        void this.close();
        return;
      }
      for (const p of pending) p.resolve(p.jobs.map((j) => ({ seq: j.seq, error: `analysis worker failed: ${err.message}` })));
      void slot.worker.terminate();
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
      this.waiting.shift()?.();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`exited with code ${code}`)));
    return slot;
  }

  private async freeSlot(): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new SteppeError('internal', 'analysis pool is closed');
      let best: Slot | null = null;
      for (const s of this.slots) if (s.pending.length < this.depth && (!best || s.pending.length < best.pending.length)) best = s;
      if (best) return best;
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  /** Resolves when every worker has loaded the knowledge and can analyse (or the pool closed). */
  ready(): Promise<void> {
    if (this.closed || this.slots.every((s) => s.started)) return Promise.resolve();
    return new Promise((r) => this.starting.push(r));
  }

  /** Analyses a batch of articles on the least busy worker. */
  async run(jobs: Job[]): Promise<JobResult[]> {
    const slot = await this.freeSlot();
    return new Promise((resolve, reject) => {
      slot.pending.push({ jobs, resolve, reject });
      slot.worker.postMessage(jobs);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const w of [...this.waiting.splice(0), ...this.starting.splice(0)]) w();
    await Promise.all(slots.map((s) => {
      s.worker.removeAllListeners();
      for (const p of s.pending.splice(0)) p.reject(new SteppeError('internal', 'analysis pool closed'));
      return s.worker.terminate();
    }));
  }
}
