/**
 * `npm run eval`: runs every evaluation section in order, prints its lines and writes all
 * metrics to eval/out/report.json. `npm run eval -- quotes ner` runs only the named sections.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { EvalSection } from './section.js';

const sections: Record<string, () => Promise<EvalSection>> = {
  ner: async () => (await import('./ner.js')).run,
  quotes: async () => (await import('./quotes.js')).run,
  geo: async () => (await import('./geo.js')).run,
  events: async () => (await import('./events.js')).run,
  contexts: async () => (await import('./contexts.js')).run,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const report: Record<string, Record<string, number>> = {};
  for (const [name, load] of Object.entries(sections)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const t0 = performance.now();
    const result = await (await load())();
    console.log(`\n== ${result.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    for (const line of result.lines) console.log(line);
    report[name] = result.metrics;
  }
  mkdirSync('eval/out', { recursive: true });
  writeFileSync('eval/out/report.json', JSON.stringify(report, null, 2) + '\n');
  console.log('\nmetrics written to eval/out/report.json');
}

main().catch((err) => {
  console.error(`eval failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
