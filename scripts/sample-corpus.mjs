#!/usr/bin/env node
// Writes examples/corpus/sahel.jsonl (the batch contract: id, title, published, url, text) from
// the hand-written articles in scripts/sample-corpus/. Run: node scripts/sample-corpus.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASELINE } from './sample-corpus/baseline.mjs';
import { SURGE, WIRE } from './sample-corpus/surge.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const lines = [];
const outlets = ['sahelwire.example', 'westafricadaily.example', 'lefaso-news.example'];
[...BASELINE, ...SURGE].forEach(([published, title, text], i) => {
  const id = `sahel-${String(i + 1).padStart(3, '0')}`;
  lines.push({ id, title, published, url: `https://${outlets[i % outlets.length]}/${published}/${slug(title)}`, text });
});
WIRE.outlets.forEach((outlet, k) => {
  const edit = WIRE.edits[k - (WIRE.outlets.length - WIRE.edits.length)];
  let text = WIRE.text;
  if (edit) for (const [from, to] of edit) text = text.replace(from, to);
  lines.push({ id: `sahel-wire-${k + 1}`, title: WIRE.title, published: WIRE.published, url: `https://${outlet}/${WIRE.published}/${slug(WIRE.title)}`, text });
});
lines.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
const out = join(root, 'examples', 'corpus', 'sahel.jsonl');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
console.log(`wrote ${lines.length} articles to ${out}`);
