import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as quotes from './quotes.js';

/** Evaluation sections, run in order. Each prints its lines; all metrics go to eval/out/report.json. */
const sections: Array<{ run(): Promise<{ name: string; lines: string[]; metrics: Record<string, number> }> }> = [quotes];

async function main(): Promise<void> {
  const report: Record<string, Record<string, number>> = {};
  for (const section of sections) {
    const t0 = performance.now();
    const r = await section.run();
    console.log(`== ${r.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    for (const line of r.lines) console.log(`  ${line}`);
    report[r.name] = r.metrics;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const root = here.endsWith(join('dist', 'eval')) ? join(here, '..', '..') : join(here, '..');
  const out = join(root, 'eval', 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(`metrics written to ${join(out, 'report.json')}`);
}

main().catch((err: unknown) => {
  console.error(`eval failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
