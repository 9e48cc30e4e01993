/**
 * Writes the full analysis of Reuters articles (every Doc field but the article and timings,
 * tokens and candidates included) as one JSON line per article, with a fixed clock, so two
 * builds can be checked for identical output with `cmp`:
 * `node dist/bench/dump-docs.js DIR [LIMIT] OUT`.
 */
import { writeFileSync } from 'node:fs';
import { createPipeline } from '../src/index.js';
import { readReuters } from './reuters.js';

const [dir, limitArg, out] = process.argv.slice(2);
if (!dir || !out) {
  process.stderr.write('usage: node dist/bench/dump-docs.js DIR [LIMIT] OUT\n');
  process.exit(2);
}
const pipeline = createPipeline({}, { now: () => new Date('2026-01-01T00:00:00Z') });
const lines: string[] = [];
for (const a of readReuters(dir, Number(limitArg) || 2000)) {
  const { article: _article, timings: _timings, text: _text, ...doc } = pipeline.run(a.published ? { text: a.text, published: a.published } : { text: a.text });
  lines.push(JSON.stringify({ id: a.id, doc }));
}
writeFileSync(out, lines.join('\n') + '\n');
process.stdout.write(`${lines.length} articles written to ${out}\n`);
