/**
 * Per-stage CPU time of the analyze pipeline, for a busy shared machine where wall-clock stage
 * timings mostly measure waiting for a core: `node dist/bench/stage-cpu.js DIR [LIMIT] [REPS] [STAGES]`
 * runs the first STAGES stages (default all) over LIMIT Reuters articles REPS times and prints
 * one JSON line with each stage's best user+system milliseconds over the runs.
 */
import { composePipeline, type Stage } from '../src/pipeline.js';
import { defaultStages } from '../src/stages/index.js';
import { readReuters } from './reuters.js';

function main(): void {
  const [dir, limitArg, repsArg, stagesArg] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node dist/bench/stage-cpu.js DIR [LIMIT] [REPS] [STAGES]\n');
    process.exit(2);
  }
  const articles = readReuters(dir, Number(limitArg) || 3000);
  const reps = Number(repsArg) || 3;
  const spent: Record<string, number> = {};
  const timed = (s: Stage): Stage => ({
    ...s,
    run(doc, ctx) {
      const c0 = process.cpuUsage();
      s.run(doc, ctx);
      const c = process.cpuUsage(c0);
      spent[s.name] = (spent[s.name] ?? 0) + (c.user + c.system) / 1000;
    },
  });
  const all = defaultStages();
  const pipeline = composePipeline(all.slice(0, Number(stagesArg) || all.length).map(timed));
  const best: Record<string, number> = {};
  for (let r = 0; r < reps; r++) {
    for (const k of Object.keys(spent)) spent[k] = 0;
    for (const a of articles) pipeline.run(a.published ? { text: a.text, published: a.published } : { text: a.text });
    for (const [k, v] of Object.entries(spent)) best[k] = Math.min(best[k] ?? Infinity, v);
  }
  const cpuMs = Object.fromEntries(Object.entries(best).map(([k, v]) => [k, Math.round(v)]));
  process.stdout.write(JSON.stringify({ articles: articles.length, reps, cpuMs }) + '\n');
}

main();
