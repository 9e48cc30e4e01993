/** Worker thread: analyses articles, computes their MinHash signatures and flattens them into store rows. */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../index.js';
import { signature } from '../store/minhash.js';
import { toRows } from '../store/rows.js';
import { READY, type Job, type JobResult } from './pool.js';

if (!parentPort) throw new Error('ingest worker must run in a worker thread');
const port = parentPort;

port.on('message', (jobs: Job[]) => {
  const results: JobResult[] = jobs.map((job) => {
    try {
      const analysis = analyze(job.article);
      const rows = toRows({ key: job.key, article: job.article, analysis, signature: signature(job.article.text), origin: job.origin }, false);
      return { seq: job.seq, rows };
    } catch (err) {
      return { seq: job.seq, error: (err as Error).message.split('\n')[0] ?? 'analysis failed' };
    }
  });
  port.postMessage(results);
});

// load the knowledge before saying ready, so a worker that cannot load fails at start
try {
  analyze({ text: 'Officials in Paris met on Monday.', published: '2020-01-06' });
} catch {
  // a real article will report the problem
}
port.postMessage(READY);
