/**
 * `npm run bench`: runs every benchmark section and writes bench/out/report.json.
 * `npm run bench -- analyze` runs only the named sections; BENCH_LIMIT=N caps articles.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchSection } from './section.js';

const sections: Record<string, () => Promise<BenchSection>> = {
  analyze: async () => (await import('./analyze.js')).run,
  datectx: async () => (await import('./datectx.js')).run,
  'ner-load': async () => (await import('./ner-load.js')).run,
  ingest: async () => (await import('./ingest.js')).run,
  api: async () => (await import('./api.js')).run,
  dashboard: async () => (await import('./dashboard.js')).run,
};

async function main(): Promise<void> {
  const shared = resolve(process.env.STEPPE_SHARED ?? join(process.cwd(), '..', 'shared'));
  if (!existsSync(join(shared, 'corpus'))) {
    console.error(`bench: ${shared}/corpus is absent (set STEPPE_SHARED)`);
    process.exit(2);
  }
  const limit = Number(process.env.BENCH_LIMIT) || Infinity;
  const wanted = process.argv.slice(2);
  const report: Record<string, Record<string, number>> = {};
  for (const [name, load] of Object.entries(sections)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const t0 = performance.now();
    const result = await (await load())({ limit, shared });
    console.log(`\n== ${result.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    for (const line of result.lines) console.log(line);
    report[name] = result.metrics;
  }
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/report.json', JSON.stringify(report, null, 2) + '\n');
  console.log('\nnumbers written to bench/out/report.json');
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
