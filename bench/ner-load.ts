/**
 * NER model cost: cold load time of the weights and the RSS they add, measured in fresh
 * child processes (median of three) so earlier sections do not blur the numbers.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import type { BenchResult, BenchSection } from './section.js';

const CHILD = `
const { loadNerModel, nerModelPath } = await import(process.argv[1]);
globalThis.gc();
const before = process.memoryUsage().rss;
const t0 = performance.now();
const model = loadNerModel();
const ms = performance.now() - t0;
globalThis.gc();
const after = process.memoryUsage().rss;
console.log(JSON.stringify({ ok: model !== null, ms, added: after - before, path: nerModelPath() }));
`;

export const run: BenchSection = async (): Promise<BenchResult> => {
  const modelIndex = new URL('../src/model/index.js', import.meta.url).href;
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', CHILD, modelIndex], { encoding: 'utf8' })) as { ok: boolean; ms: number; added: number; path: string });
  if (!runs[0]!.ok) return { name: 'ner-load', lines: [`skipped: no NER weights at ${runs[0]!.path} (npm run train:ner)`], metrics: {} };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  const ms = median(runs.map((r) => r.ms));
  const addedMb = median(runs.map((r) => r.added)) / 1048576;
  const fileMb = statSync(runs[0]!.path).size / 1048576;
  return {
    name: 'ner-load',
    lines: [`NER model: file ${fileMb.toFixed(2)} MB, cold load ${ms.toFixed(0)} ms, RSS added ${addedMb.toFixed(0)} MB (median of 3 fresh processes; targets ≤ 1000 ms, ≤ 200 MB)`],
    metrics: { load_ms: Number(ms.toFixed(1)), rss_added_mb: Number(addedMb.toFixed(1)), file_mb: Number(fileMb.toFixed(2)) },
  };
};
