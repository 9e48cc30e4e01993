/**
 * One peer of the analyze benchmark, run in its own process so its peak RSS is its own:
 * `node dist/bench/analyze-peer.js steppe|steppe-no-model|compromise DIR LIMIT` prints one JSON line.
 */
import { readReuters } from './reuters.js';

async function main(): Promise<void> {
  const [peer, dir, limitArg] = process.argv.slice(2);
  const articles = readReuters(dir!, Number(limitArg) || Infinity);
  const rssBefore = process.memoryUsage().rss;
  let tokens = 0;
  let found = 0;
  let loadMs = 0;
  let run: (text: string, published?: string) => void;
  const timings: Record<string, number> = {};
  if (peer === 'compromise') {
    const nlp = (await import('compromise')).default;
    run = (text) => {
      const d = nlp(text);
      found += d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length + d.quotations().out('array').length;
      tokens += d.terms().length;
    };
  } else {
    const { createPipeline } = await import('../src/index.js');
    const pipeline = createPipeline({ model: peer !== 'steppe-no-model', timings: true });
    const t0 = performance.now();
    pipeline.run({ text: 'Warm-up: the minister met officials in Paris on Monday and said "all is well".', published: '2020-01-01' });
    loadMs = performance.now() - t0;
    run = (text, published) => {
      const doc = pipeline.run(published ? { text, published } : { text });
      tokens += doc.tokens.length;
      found += doc.entities.length + doc.quotes.length + doc.events.length + doc.places.length + doc.dates.length;
      for (const [k, v] of Object.entries(doc.timings ?? {})) timings[k] = (timings[k] ?? 0) + v;
    };
  }
  const t0 = performance.now();
  for (const a of articles) run(a.text, a.published);
  const ms = performance.now() - t0;
  const rssAfterLoad = process.memoryUsage().rss;
  process.stdout.write(JSON.stringify({
    peer, articles: articles.length, ms, tokens, found, loadMs,
    peakRssKb: process.resourceUsage().maxRSS, rssAddedMb: (rssAfterLoad - rssBefore) / 1048576, timings,
  }) + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench peer failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
