/** Worker thread: analyses articles and computes their MinHash signatures. */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../index.js';
import { signature } from '../store/minhash.js';
import type { Job, JobResult } from './pool.js';

if (!parentPort) throw new Error('ingest worker must run in a worker thread');
const port = parentPort;

port.on('message', (jobs: Job[]) => {
  const results: JobResult[] = jobs.map((job) => {
    try {
      const analysis = analyze(job.article);
      return { seq: job.seq, analysis, signature: signature(job.article.text) };
    } catch (err) {
      return { seq: job.seq, error: (err as Error).message.split('\n')[0] ?? 'analysis failed' };
    }
  });
  port.postMessage(results);
});
