/**
 * CPU time of the NER model stage alone, on tokenised Reuters articles, with a cold model each
 * repetition (fresh word cache, as in one real pass): `node dist/bench/model-cpu.js DIR [LIMIT] [REPS]`.
 * Documents are tokenised one at a time outside the timed part. Prints one JSON line: the construction time of the model (weights already read), the best
 * CPU ms of tagging all articles, and a checksum of the candidates (to compare outputs).
 */
import { createHash } from 'node:crypto';
import { readModel } from '../src/model/io.js';
import { nerModelPath } from '../src/model/paths.js';
import { NerModel } from '../src/model/tagger.js';
import { newDoc } from '../src/pipeline.js';
import { modelCandidates } from '../src/stages/model/index.js';
import { tokensStage } from '../src/stages/tokens/index.js';
import type { Doc } from '../src/types.js';
import { readReuters } from './reuters.js';

const cpu = (c0: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

function main(): void {
  const [dir, limitArg, repsArg] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node dist/bench/model-cpu.js DIR [LIMIT] [REPS]\n');
    process.exit(2);
  }
  const articles = readReuters(dir, Number(limitArg) || 3000);
  const reps = Number(repsArg) || 3;
  const ctx = { options: { model: true }, logger: { warn: () => {} }, now: () => new Date() };
  const tokenised = (text: string): Doc => {
    const doc = newDoc({ text });
    tokensStage.run(doc, ctx);
    return doc;
  };
  const c0 = process.cpuUsage();
  const weights = readModel(nerModelPath());
  const readMs = cpu(c0);
  let buildMs = Infinity;
  let tagMs = Infinity;
  const each: number[] = [];
  let sum = '';
  for (let r = 0; r < reps; r++) {
    const c1 = process.cpuUsage();
    const model = new NerModel(weights);
    buildMs = Math.min(buildMs, cpu(c1));
    const hash = createHash('sha256');
    // documents are tokenised one at a time (untimed) and dropped, as in the pipeline
    let ms = 0;
    for (const a of articles) {
      const doc = tokenised(a.text);
      if (doc.sentences.length === 0) continue; // as the stage does
      const c2 = process.cpuUsage();
      const o = modelCandidates(doc, model);
      ms += cpu(c2);
      hash.update(JSON.stringify(o.candidates)).update(Buffer.from(o.covered));
    }
    each.push(Math.round(ms));
    tagMs = Math.min(tagMs, ms);
    sum = hash.digest('hex').slice(0, 16);
  }
  const round = (x: number) => Math.round(x);
  process.stdout.write(JSON.stringify({ articles: articles.length, reps, readMs: round(readMs), buildMs: round(buildMs), tagMs: round(tagMs), each, sum }) + '\n');
}

main();
