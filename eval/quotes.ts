import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline, type Pipeline } from '../src/index.js';
import type { Quote, Span } from '../src/types.js';
import { readBratSplit, type BratRelation, type BratSpan } from './brat.js';
import { SHARED } from './shared.js';

interface GoldQuote {
  regions: Span[];
  sources: Span[];
}

const MARK = /[“”"«»]|''/g;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const spansOf = (s: BratSpan | undefined): Span[] => (s ? s.fragments.map(([start, end]) => ({ start, end })) : []);

/** The quoted parts of a gold Content span: in each fragment, from its first quotation mark to its last. */
function quotedRegions(text: string, content: BratSpan): Span[] {
  const out: Span[] = [];
  for (const [a, b] of content.fragments) {
    const marks = [...text.slice(a, b).matchAll(MARK)].map((m) => a + m.index!);
    if (marks.length === 0) continue;
    if (marks.length > 1) {
      out.push({ start: marks[0]!, end: marks[marks.length - 1]! + 1 });
      continue;
    }
    const at = marks[0]!;
    const len = text.startsWith("''", at) ? 2 : 1;
    out.push(opensQuote(text, at, a, len) ? { start: at, end: b } : { start: a, end: at + len });
  }
  return out;
}

/**
 * Whether a lone mark opens its quote: curly and guillemet marks say so themselves, a PTB
 * closing '' never opens, a straight " opens when it starts a word (space or fragment start
 * before it, a non-space after it).
 */
function opensQuote(text: string, at: number, fragmentStart: number, len: number): boolean {
  const ch = text[at];
  if (ch === '“' || ch === '«') return true;
  if (ch === '”' || ch === '»' || len === 2) return false;
  return (at === fragmentStart || /\s/.test(text[at - 1] ?? ' ')) && /\S/.test(text[at + 1] ?? '');
}

function goldQuotes(text: string, relations: BratRelation[]): GoldQuote[] {
  const out: GoldQuote[] = [];
  for (const r of relations) {
    if (!r.Content) continue;
    const regions = quotedRegions(text, r.Content);
    if (regions.length) out.push({ regions, sources: spansOf(r.Source) });
  }
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Direct quotes on PolNeAR dev (or STEPPE_EVAL_QUOTES_SPLIT): detection P/R/F1 and speaker spans. */
export async function run(pipeline: Pipeline = createPipeline()): Promise<{ name: string; lines: string[]; metrics: Record<string, number> }> {
  const split = process.env.STEPPE_EVAL_QUOTES_SPLIT ?? 'dev';
  const dir = join(SHARED, 'eval', 'quotes', split);
  const docs = readBratSplit(dir);
  let gold = 0, detected = 0, speakerRight = 0, predicted = 0, predictedRight = 0;
  const misses: string[] = [];
  for (const d of docs) {
    const doc = pipeline.run({ id: d.name, text: d.text });
    const golds = goldQuotes(d.text, d.relations);
    const quotes: Quote[] = doc.quotes;
    predicted += quotes.length;
    for (const q of quotes) {
      if (golds.some((g) => g.regions.some((r) => overlaps(q, r)))) predictedRight++;
      else if (process.env.STEPPE_EVAL_DUMP) misses.push(`EXTRA ${d.name} ${q.rule} ${JSON.stringify(d.text.slice(Math.max(0, q.start - 60), q.end + 30).replace(/\s+/g, ' '))}`);
    }
    for (const g of golds) {
      gold++;
      const hits = quotes.filter((q) => g.regions.some((r) => overlaps(q, r)));
      if (hits.length === 0) {
        misses.push(`MISS ${d.name} ${JSON.stringify(d.text.slice(g.regions[0]!.start, g.regions[0]!.end).slice(0, 120))}`);
        continue;
      }
      detected++;
      const right = hits.some((q) => (g.sources.length === 0 ? q.speakerSpan === null : q.speakerSpan !== null && g.sources.some((s) => overlaps(s, q.speakerSpan!))));
      if (right) {
        speakerRight++;
        if (process.env.STEPPE_EVAL_DUMP) misses.push(`OK ${hits[0]!.rule} ${d.name}`);
      }
      else {
        const q = hits[0]!;
        const got = q.speakerSpan ? d.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null;
        const want = g.sources.map((s) => d.text.slice(s.start, s.end)).join(' | ');
        const around = d.text.slice(Math.max(0, g.regions[0]!.start - 200), g.regions[0]!.end + 120).replace(/\s+/g, ' ');
        const where = g.sources.length === 0 ? 'none' : g.sources[0]!.start >= g.regions[0]!.end ? 'after' : g.sources[0]!.end <= g.regions[0]!.start ? 'before' : 'inside';
        misses.push(`SPEAKER ${d.name} got=${JSON.stringify(got)} want=${JSON.stringify(want)} src=${where} rule=${q.rule}\n    ${around}`);
      }
    }
  }
  if (process.env.STEPPE_EVAL_DUMP) writeFileSync(process.env.STEPPE_EVAL_DUMP, misses.join('\n') + '\n');
  const precision = predicted ? predictedRight / predicted : 0;
  const recall = gold ? detected / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const endToEnd = gold ? speakerRight / gold : 0;
  const speakerGivenDetected = detected ? speakerRight / detected : 0;
  return {
    name: 'quotes',
    lines: [
      `PolNeAR ${split}: ${docs.length} articles, ${gold} gold direct quotes, ${predicted} predicted`,
      `detection precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}`,
      `speaker span right when detected ${pct(speakerGivenDetected)}`,
      `end to end right (detected and speaker span right) ${pct(endToEnd)}  (target ≥ 85%)`,
    ],
    metrics: { articles: docs.length, gold, predicted, precision, recall, f1, speakerGivenDetected, endToEnd },
  };
}
