import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandInputs, readInputs } from '../src/ingest/sources.js';
import type { Article } from '../src/types.js';
import { writeGeneratedCorpus } from './corpus.js';
import { mb, type BenchOptions, type BenchResult } from './section.js';

interface ChildResult {
  mode: string; articles: number; ms: number; startupMs?: number; totalMs?: number; cpuMs: number; mainCpuMs?: number; peakRssKb: number; workers?: number; added?: number;
  duplicates?: number; skipped?: number; stories?: number; events?: number;
}

const child = fileURLToPath(new URL('./ingest-child.js', import.meta.url));
const writerChild = fileURLToPath(new URL('./ingest-writer.js', import.meta.url));

interface WriterResult {
  articles: number; analyzeMsPerArticle: number; writerMsPerArticle: number; workerExtraMsPerArticle: number; writeMsPerArticle: number;
}

/** The writing thread's CPU per article measured alone (bench/ingest-writer.ts), load-independent. */
function writerAlone(input: string, limit: number): WriterResult {
  const out = execFileSync(process.execPath, [writerChild, input, String(limit)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const r = JSON.parse(out.trim().split('\n').pop()!) as WriterResult;
  console.error(`bench ingest writer: ${JSON.stringify(r)}`);
  return r;
}

function measure(args: string[]): ChildResult {
  const out = execFileSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const r = JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
  console.error(`bench ingest: ${JSON.stringify(r)}`); // each result as soon as it is known
  return r;
}

const rate = (r: ChildResult) => (r.added ?? r.articles) / (r.ms / 1000);
/** the same, counting the workers' start (loading the knowledge) as part of the run */
const rateWithStart = (r: ChildResult) => (r.added ?? r.articles) / ((r.totalMs ?? r.ms) / 1000);
const start = (r: ChildResult) => (r.startupMs === undefined ? '' : `; workers ready in ${(r.startupMs / 1000).toFixed(1)} s, ${rateWithStart(r).toFixed(0)} articles/s counting it`);
/** CPU milliseconds per article, all threads: comparable even when the machine is busy */
const cpuPer = (r: ChildResult) => r.cpuMs / (r.added ?? r.articles);
/** CPU ms per article of the main thread alone (reading, hashing, writing), where the OS tells */
const mainPer = (r: ChildResult) => (r.mainCpuMs === undefined ? '?' : (r.mainCpuMs / (r.added ?? r.articles)).toFixed(2));

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
    // the machine is shared: run the three measurements in turn BENCH_REPEAT times, keep each one's best
    const repeat = Math.max(1, Number(process.env.BENCH_REPEAT) || 1);
    const best = (a: ChildResult | undefined, b: ChildResult) => (!a || rate(b) > rate(a) ? b : a);
    let base: ChildResult | undefined;
    let one: ChildResult | undefined;
    let two: ChildResult | undefined;
    for (let i = 0; i < repeat; i++) {
      base = best(base, measure(['analyze', reuters, limit]));
      one = best(one, measure(['ingest', reuters, limit, join(dir, `w1-${i}.db`), '1']));
      two = best(two, measure(['ingest', reuters, limit, join(dir, `w2-${i}.db`), '2']));
    }
    if (!base || !one || !two) throw new Error('no measurement');
    const a = base.articles / (base.ms / 1000);
    if (repeat > 1) lines.push(`best of ${repeat} interleaved runs each`);
    lines.push(`analyze, one process    ${base.articles} articles: ${a.toFixed(0)} articles/s, ${cpuPer(base).toFixed(2)} CPU ms/article`);
    for (const r of [one, two]) {
      lines.push(`ingest, ${r.workers} worker${r.workers === 1 ? ' ' : 's'}        ${r.added} new (${r.duplicates} duplicate, ${r.skipped} skipped) in ${(r.ms / 1000).toFixed(1)} s: `
        + `${rate(r).toFixed(0)} articles/s, ${cpuPer(r).toFixed(2)} CPU ms/article (${mainPer(r)} on the writing thread), ${r.stories} stories, peak RSS ${mb(r.peakRssKb)}${start(r)}`);
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
    if (one.mainCpuMs !== undefined) metrics.ingest1MainThreadCpuMsPerArticle = one.mainCpuMs / (one.added ?? one.articles);
    if (two.mainCpuMs !== undefined) metrics.ingest2MainThreadCpuMsPerArticle = two.mainCpuMs / (two.added ?? two.articles);
    const w = writerAlone(reuters, Math.min(Number(limit) || 3000, 3000));
    lines.push(`in isolation on one thread (${w.articles} articles): writing ${w.writeMsPerArticle.toFixed(3)} CPU ms/article, `
      + `the writing thread in all ${w.writerMsPerArticle.toFixed(3)} = ${((100 * w.writerMsPerArticle) / w.analyzeMsPerArticle).toFixed(1)}% of analyze; `
      + `worker extras (MinHash, rows, clone) ${w.workerExtraMsPerArticle.toFixed(3)} = ${((100 * w.workerExtraMsPerArticle) / w.analyzeMsPerArticle).toFixed(1)}%`);
    metrics.writerAloneCpuMsPerArticle = w.writerMsPerArticle;
    metrics.writerAloneVsAnalyze = w.writerMsPerArticle / w.analyzeMsPerArticle;
    metrics.workerExtraCpuMsPerArticle = w.workerExtraMsPerArticle;
    lines.push(`CPU per article, ingest (1 worker) / analyze: ${(cpuPer(one) / cpuPer(base)).toFixed(2)}× (the overhead of reading, hashing, MinHash, writing)`);
    lines.push(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores: wall-clock ratios need free cores; the CPU figures hold under load`);
    lines.push(`1 worker / single-process analyze: ${(metrics.perWorkerVsAnalyze * 100).toFixed(0)}% (target ≥ 80%)`);
    lines.push(`2 workers / 1 worker: ${metrics.speedup2Workers.toFixed(2)}× (target ≥ 1.7×)`);
    lines.push(`counting the workers' start: 1 worker ${((100 * rateWithStart(one)) / a).toFixed(0)}% of analyze, 2 workers / 1 worker ${(rateWithStart(two) / rateWithStart(one)).toFixed(2)}×`);

    const n = Number(process.env.BENCH_INGEST_N ?? 0); // 100,000 takes well over 10 minutes: opt in
    if (n > 0) {
      const articles: Article[] = [];
      for await (const it of readInputs(expandInputs([reuters]))) if (it.article) articles.push(it.article);
      const jsonl = join(dir, 'generated.jsonl');
      await writeGeneratedCorpus(articles, n, jsonl);
      // one worker is the default on 2 cores (cores − 1); two is the scaling case
      const one = measure(['ingest', jsonl, '0', join(dir, 'big1.db'), '1']);
      lines.push(`generated corpus, 1 worker:  ${one.added} new of ${n} in ${(one.ms / 1000).toFixed(0)} s: ${rate(one).toFixed(0)} articles/s, `
        + `${one.stories} stories, peak RSS ${mb(one.peakRssKb)} (target ≤ 500 MB)`);
      metrics.generatedPeakRssMb1Worker = one.peakRssKb / 1024;
      metrics.generatedArticlesPerSec1Worker = rate(one);
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
