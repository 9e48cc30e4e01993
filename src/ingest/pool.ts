import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SteppeError } from '../errors.js';
import type { Article } from '../types.js';
import type { ArticleRows } from '../store/rows.js';

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

/** Starts a worker; under vitest/tsx the sources are .ts files and the worker registers tsx first. */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const url = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true });
}

/**
 * A pool of analysis worker threads. Jobs go out in small batches to idle workers; run()
 * resolves with each batch's results. A worker that dies fails its batch and is replaced.
 */
export class AnalyzePool {
  private idle: Worker[] = [];
  private waiting: Array<(w: Worker) => void> = [];
  private all = new Set<Worker>();
  private closed = false;
  /** workers that have answered at least once */
  private started = new WeakSet<Worker>();

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new SteppeError('usage', `--workers must be a positive integer, got ${size}`);
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const w = startWorker();
    w.once('message', (m) => {
      if (m === READY) this.started.add(w);
    });
    this.all.add(w);
    return w;
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return Promise.resolve(w);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  /** Analyses a batch of articles on the next free worker. */
  async run(jobs: Job[]): Promise<JobResult[]> {
    if (this.closed) throw new SteppeError('internal', 'analysis pool is closed');
    const w = await this.acquire();
    return new Promise((resolve, reject) => {
      const done = (results: JobResult[], replace: boolean) => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (replace) {
          this.all.delete(w);
          void w.terminate();
          if (!this.closed) this.release(this.spawn());
        } else this.release(w);
        resolve(results);
      };
      const onMessage = (results: JobResult[] | typeof READY) => {
        if (results !== READY) done(results, false);
      };
      const onError = (err: Error) => {
        if (!this.started.has(w)) {
          this.closed = true;
          void this.close();
          reject(new SteppeError('internal', `analysis worker failed to start: ${err.message.split('\n')[0]}`));
          return;
        }
        done(jobs.map((j) => ({ seq: j.seq, error: `analysis worker failed: ${err.message}` })), true);
      };
      const onExit = (code: number) => onError(new Error(`exited with code ${code}`));
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage(jobs);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
  }
}
