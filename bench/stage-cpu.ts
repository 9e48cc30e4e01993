/**
 * Per-stage CPU time of the default pipeline over Reuters articles:
 * `node dist/bench/stage-cpu.js DIR [LIMIT] [PASSES]` prints one JSON line for the last pass.
 * Each stage run is timed with process.cpuUsage (user + system CPU of the process), not the
 * wall clock, so the figures stay comparable when other jobs share the machine; the pipeline
 * still runs article by article, so every stage meets the caches the earlier stages left.
 */
import { readReuters } from './reuters.js';
import { composePipeline, type Stage } from '../src/pipeline.js';
import { defaultStages } from '../src/stages/index.js';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function main(): void {
  const [dir, limitArg, passesArg] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node dist/bench/stage-cpu.js REUTERS_DIR [LIMIT] [PASSES]\n');
    process.exit(2);
  }
  const articles = readReuters(dir, Number(limitArg) || Infinity);
  let spent: Record<string, number> = {};
  const timed: Stage[] = defaultStages().map((s) => ({
    ...s,
    run(doc, ctx) {
      const t0 = cpuMs();
      s.run(doc, ctx);
      spent[s.name] = (spent[s.name] ?? 0) + cpuMs() - t0;
    },
  }));
  const pipeline = composePipeline(timed);
  const passes = Math.max(1, Number(passesArg) || 2); // the first pass warms the code up
  let total = 0;
  for (let p = 0; p < passes; p++) {
    spent = {};
    const t0 = cpuMs();
    for (const a of articles) pipeline.run(a.published ? { text: a.text, published: a.published } : { text: a.text });
    total = cpuMs() - t0;
  }
  const round = (x: number) => Math.round(x);
  const stages = Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, round(v)]));
  process.stdout.write(JSON.stringify({ articles: articles.length, cpuMs: round(total), msPerArticle: total / articles.length, stages }) + '\n');
}

main();
