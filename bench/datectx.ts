import { join } from 'node:path';
import { composePipeline } from '../src/pipeline.js';
import { contextsStage } from '../src/stages/contexts/index.js';
import { datesStage } from '../src/stages/dates/index.js';
import { tokensStage } from '../src/stages/tokens/index.js';
import { readReuters } from './reuters.js';
import type { BenchOptions, BenchResult } from './section.js';

/** Time per article of the dates and contexts stages over Reuters-21578, beside tokens. */
export async function run(opts: BenchOptions): Promise<BenchResult> {
  const articles = readReuters(join(opts.shared, 'corpus', 'reuters21578'), opts.limit);
  const pipeline = composePipeline([tokensStage, datesStage, contextsStage], { timings: true, model: false });
  const t0 = performance.now();
  pipeline.run({ text: 'Warm-up on Monday: troops and refugees in June.', published: '2021-08-23' });
  const warmMs = performance.now() - t0;
  const ms: Record<string, number> = { tokens: 0, dates: 0, contexts: 0 };
  let dates = 0;
  let themes = 0;
  let withContext = 0;
  const precision: Record<string, number> = {};
  const contexts: Record<string, number> = {};
  for (const a of articles) {
    const doc = pipeline.run(a);
    for (const [k, v] of Object.entries(doc.timings ?? {})) ms[k] = (ms[k] ?? 0) + v;
    dates += doc.dates.length;
    themes += doc.themes.length;
    if (doc.contexts.length) withContext++;
    for (const d of doc.dates) precision[d.precision] = (precision[d.precision] ?? 0) + 1;
    for (const c of doc.contexts) contexts[c] = (contexts[c] ?? 0) + 1;
  }
  const n = articles.length || 1;
  const per = (k: string) => (ms[k] ?? 0) / n;
  const top = Object.entries(contexts).sort((a, b) => b[1] - a[1]).slice(0, 8);
  return {
    name: `dates and contexts stages (${articles.length} Reuters-21578 articles)`,
    lines: [
      `ms/article: tokens ${per('tokens').toFixed(3)}, dates ${per('dates').toFixed(3)}, contexts ${per('contexts').toFixed(3)}`,
      `first call (loads chrono-node and the context lexicon): ${warmMs.toFixed(0)} ms`,
      `dates: ${dates} (${(dates / n).toFixed(2)}/article; ` + Object.entries(precision).map(([k, v]) => `${k} ${v}`).join(', ') + ')',
      `themes: ${themes} hits; ${withContext} articles with a context; top: ` + top.map(([k, v]) => `${k} ${v}`).join(', '),
    ],
    metrics: {
      tokensMsPerArticle: per('tokens'),
      datesMsPerArticle: per('dates'),
      contextsMsPerArticle: per('contexts'),
      datesPerArticle: dates / n,
      articlesWithContext: withContext,
    },
  };
}
