import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandInputs, readInputs } from '../src/ingest/sources.js';
import type { Article } from '../src/types.js';
import { writeGeneratedCorpus } from './corpus.js';
import { mb, type BenchOptions, type BenchResult } from './section.js';

interface ChildResult {
  mode: string; articles: number; ms: number; cpuMs: number; peakRssKb: number; workers?: number; added?: number;
  duplicates?: number; skipped?: number; stories?: number; events?: number;
}

const child = fileURLToPath(new URL('./ingest-child.js', import.meta.url));

function measure(args: string[]): ChildResult {
  const out = execFileSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const r = JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
  console.error(`bench ingest: ${JSON.stringify(r)}`); // each result as soon as it is known
  return r;
}

const rate = (r: ChildResult) => (r.added ?? r.articles) / (r.ms / 1000);
/** CPU milliseconds per article, all threads: comparable even when the machine is busy */
const cpuPer = (r: ChildResult) => r.cpuMs / (r.added ?? r.articles);

/**
 * Ingest throughput and memory: single-process analyze vs ingest with 1 and 2 workers on
 * Reuters-21578, then (BENCH_INGEST_N=100000) a generated corpus built from it.
 */
export async function run(opts: BenchOptions): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'steppe-bench-ingest-'));
  const reuters = join(opts.shared, 'corpus', 'reuters21578', '*.sgm');
  const limit = String(Number.isFinite(opts.limit) ? opts.limit : 0);
  const lines: string[] = [];
  const metrics: Record<string, number> = {};
  try {
    const base = measure(['analyze', reuters, limit]);
    const one = measure(['ingest', reuters, limit, join(dir, 'w1.db'), '1']);
    const two = measure(['ingest', reuters, limit, join(dir, 'w2.db'), '2']);
    const a = base.articles / (base.ms / 1000);
    lines.push(`analyze, one process    ${base.articles} articles: ${a.toFixed(0)} articles/s, ${cpuPer(base).toFixed(2)} CPU ms/article`);
    for (const r of [one, two]) {
      lines.push(`ingest, ${r.workers} worker${r.workers === 1 ? ' ' : 's'}        ${r.added} new (${r.duplicates} duplicate, ${r.skipped} skipped) in ${(r.ms / 1000).toFixed(1)} s: `
        + `${rate(r).toFixed(0)} articles/s, ${cpuPer(r).toFixed(2)} CPU ms/article, ${r.stories} stories, peak RSS ${mb(r.peakRssKb)}`);
    }
    metrics.analyzeArticlesPerSec = a;
    metrics.ingest1ArticlesPerSec = rate(one);
    metrics.ingest2ArticlesPerSec = rate(two);
    metrics.perWorkerVsAnalyze = rate(one) / a;
    metrics.speedup2Workers = rate(two) / rate(one);
    metrics.ingest2PeakRssMb = two.peakRssKb / 1024;
    metrics.analyzeCpuMsPerArticle = cpuPer(base);
    metrics.ingest1CpuMsPerArticle = cpuPer(one);
    metrics.ingest2CpuMsPerArticle = cpuPer(two);
    lines.push(`CPU per article, ingest (1 worker) / analyze: ${(cpuPer(one) / cpuPer(base)).toFixed(2)}× (the overhead of reading, hashing, MinHash, writing)`);
    lines.push(`1 worker / single-process analyze: ${(metrics.perWorkerVsAnalyze * 100).toFixed(0)}% (target ≥ 80%)`);
    lines.push(`2 workers / 1 worker: ${metrics.speedup2Workers.toFixed(2)}× (target ≥ 1.7×)`);

    const n = Number(process.env.BENCH_INGEST_N ?? 0); // 100,000 takes well over 10 minutes: opt in
    if (n > 0) {
      const articles: Article[] = [];
      for await (const it of readInputs(expandInputs([reuters]))) if (it.article) articles.push(it.article);
      const jsonl = join(dir, 'generated.jsonl');
      await writeGeneratedCorpus(articles, n, jsonl);
      const big = measure(['ingest', jsonl, '0', join(dir, 'big.db'), '2']);
      lines.push(`generated corpus, 2 workers: ${big.added} new of ${n} in ${(big.ms / 1000).toFixed(0)} s: ${rate(big).toFixed(0)} articles/s, `
        + `${big.stories} stories, peak RSS ${mb(big.peakRssKb)} (target ≤ 500 MB)`);
      metrics.generatedArticles = n;
      metrics.generatedArticlesPerSec = rate(big);
      metrics.generatedStories = big.stories ?? 0;
      metrics.generatedPeakRssMb = big.peakRssKb / 1024;
    } else lines.push('generated corpus skipped (BENCH_INGEST_N=100000 runs it)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { name: 'ingest throughput and memory (Reuters-21578 + generated corpus)', lines, metrics };
}
