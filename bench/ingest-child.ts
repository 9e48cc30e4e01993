/**
 * One measurement of the ingest benchmark, in its own process so its peak RSS is its own:
 *   node dist/bench/ingest-child.js analyze INPUT LIMIT
 *   node dist/bench/ingest-child.js ingest INPUT LIMIT DB WORKERS
 * prints one JSON line {mode, articles, ms, peakRssKb, ...}. Like analyze (which loads and warms up
 * before its clock starts), ingest's `ms` starts once the workers have loaded the knowledge and
 * analysed their warm-up article; `startupMs` is that start and `totalMs` the run with it.
 */
import { analyze } from '../src/index.js';
import { AnalyzePool } from '../src/ingest/pool.js';
import { mainGcStats } from '../src/ingest/main-gc.js';
import { ingest } from '../src/ingest/run.js';
import { expandInputs, readInputs } from '../src/ingest/sources.js';
import type { SourceItem } from '../src/ingest/types.js';
import { openStore } from '../src/store/index.js';
import { readFileSync } from 'node:fs';

/** CPU ms of the calling thread (Linux: /proc/thread-self; elsewhere null). */
function threadCpuMs(): number | null {
  try {
    const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

async function* limited(items: AsyncIterable<SourceItem>, limit: number): AsyncGenerator<SourceItem> {
  let n = 0;
  for await (const it of items) {
    if (it.article && ++n > limit) return;
    yield it;
  }
}

async function main(): Promise<void> {
  const [mode, input, limitArg, db, workersArg] = process.argv.slice(2);
  const limit = Number(limitArg) || Infinity;
  const items = () => limited(readInputs(expandInputs([input!])), limit);
  if (mode === 'analyze') {
    const articles = [];
    for await (const it of items()) if (it.article) articles.push(it.article);
    analyze({ text: 'Warm-up: the minister met officials in Paris on Monday.', published: '2020-01-01' });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const a of articles) analyze(a);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    process.stdout.write(JSON.stringify({ mode, articles: articles.length, ms, cpuMs: (c.user + c.system) / 1000, peakRssKb: process.resourceUsage().maxRSS }) + '\n');
    return;
  }
  const store = openStore(db!);
  const workers = Number(workersArg) || 1;
  const t0 = performance.now();
  const pool = new AnalyzePool(workers);
  await pool.ready();
  const startupMs = performance.now() - t0;
  const c0 = process.cpuUsage();
  const m0 = threadCpuMs();
  const s = await ingest(store, items(), { workers, pool });
  const c = process.cpuUsage(c0);
  const m1 = threadCpuMs();
  await pool.close();
  const counts = store.counts();
  store.close();
  process.stdout.write(JSON.stringify({
    mode, workers: Number(workersArg) || 1, articles: s.added + s.duplicates, added: s.added, duplicates: s.duplicates,
    skipped: s.skipped, failed: s.failed, ms: s.seconds * 1000, startupMs, totalMs: startupMs + s.seconds * 1000, cpuMs: (c.user + c.system) / 1000, peakRssKb: process.resourceUsage().maxRSS,
    mainCpuMs: m0 === null || m1 === null ? undefined : m1 - m0, stories: counts.stories, events: counts.events, mainHeapMb: Math.round(process.memoryUsage().heapTotal / 1048576), mainExternalMb: Math.round(process.memoryUsage().external / 1048576),
    mainGcs: mainGcStats.count, mainGcMs: Math.round(mainGcStats.ms),
  }) + '\n');
}

main().catch((err) => {
  process.stderr.write(`ingest bench child failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
