/**
 * The ingest writer in isolation: analyses N articles once, then measures, per article, the CPU
 * of each step that ingest adds to analysis, on one thread:
 *   node dist/bench/ingest-writer.js INPUT [LIMIT] [BATCH]
 * prints lines for a person and one JSON line last. Profile the write loop alone with
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/bench/ingest-writer.js INPUT 3000
 * (the analysis runs before the profile matters: look at the writeRows subtree).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { analyze } from '../src/index.js';
import { expandInputs, readInputs } from '../src/ingest/sources.js';
import { articleKey, openStore, signature, toRows, type ArticleRows } from '../src/store/index.js';
import type { Analysis, Article } from '../src/types.js';

const cpu = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

async function main(): Promise<void> {
  const [input, limitArg, batchArg] = process.argv.slice(2);
  const limit = Number(limitArg) || 3000;
  const batch = Number(batchArg) || 500; // ingest's default transaction size
  const articles: Article[] = [];
  for await (const it of readInputs(expandInputs([input!]))) {
    if (it.article) articles.push(it.article);
    if (articles.length >= limit) break;
  }
  const n = articles.length;
  analyze({ text: 'Warm-up: the minister met officials in Paris on Monday.', published: '2020-01-01' });
  const analyses: Analysis[] = [];
  const ms: Record<string, number> = {};
  const cache = process.env.WRITER_CACHE; // a file of analyses to reuse between runs (the analyze figure is then the cached run's)
  if (cache && existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, 'utf8')) as { analyzeMs: number; analyses: Analysis[] };
    analyses.push(...saved.analyses.slice(0, n));
    ms.analyze = (saved.analyzeMs * analyses.length) / saved.analyses.length;
  } else {
    ms.analyze = cpu(() => { for (const a of articles) analyses.push(analyze(a)); });
    if (cache) writeFileSync(cache, JSON.stringify({ analyzeMs: ms.analyze, analyses }));
  }
  const keys: string[] = [];
  ms.key = cpu(() => { for (const a of articles) keys.push(articleKey(a)); });
  const sigs: Int32Array[] = [];
  ms.minhash = cpu(() => { for (const a of articles) sigs.push(signature(a.text)); });
  let rows: ArticleRows[] = [];
  ms.toRows = cpu(() => {
    rows = articles.map((article, i) => toRows({ key: keys[i]!, article, analysis: analyses[i]!, signature: sigs[i]!, origin: `x:${i}` }, false));
  });
  let cloned: ArticleRows[] = [];
  ms.clone = cpu(() => { cloned = rows.map((r) => deserialize(serialize(r)) as ArticleRows); });
  cloned.forEach((r, i) => { r.text = articles[i]!.text; });
  const dir = mkdtempSync(join(tmpdir(), 'steppe-writer-'));
  try {
    const store = openStore(join(dir, 'w.db'));
    ms.write = cpu(() => {
      for (let i = 0; i < n; i += batch) store.writeRows(cloned.slice(i, i + batch));
    });
    const counts = store.counts();
    store.close();
    const per = (k: string) => ms[k]! / n;
    const a = per('analyze');
    for (const k of Object.keys(ms)) {
      console.log(`${k.padEnd(8)} ${per(k).toFixed(3)} ms/article  ${((100 * per(k)) / a).toFixed(1)}% of analyze`);
    }
    const writer = per('key') + per('write') + per('clone') / 2;
    const worker = per('minhash') + per('toRows') + per('clone') / 2;
    console.log(`writer thread (key + write + half the clone): ${writer.toFixed(3)} ms/article = ${((100 * writer) / a).toFixed(1)}% of analyze`);
    console.log(`worker extras (minhash + rows + half the clone): ${worker.toFixed(3)} ms/article = ${((100 * worker) / a).toFixed(1)}% of analyze`);
    console.log(JSON.stringify({ articles: n, stories: counts.stories, ms, writerMsPerArticle: writer, workerExtraMsPerArticle: worker, writeMsPerArticle: per('write'), analyzeMsPerArticle: a }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`ingest writer bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
