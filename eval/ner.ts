/**
 * NER evaluation on CoNLL++ dev: exact-span P/R/F1 for PER, ORG, LOC and overall, for
 * (a) the model alone on gold tokens, (b) the full pipeline with the model and (c) the
 * rules-only pipeline, both on text rebuilt from the dev tokens (one sentence per line).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPipeline } from '../src/index.js';
import { readConll, type ConllDoc } from '../src/model/conll.js';
import { loadNerModel } from '../src/model/index.js';
import { packageRoot } from '../src/model/paths.js';
import { SpanScorer } from '../src/model/score.js';
import { spansOf } from '../src/model/spans.js';
import type { EvalResult } from './section.js';

const TYPES = ['PER', 'ORG', 'LOC'];
const FROM_ENTITY: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOCATION: 'LOC' };


function report(label: string, key: string, s: SpanScorer, lines: string[], metrics: Record<string, number>): void {
  const fmt = (x: number) => x.toFixed(3);
  const parts = [...TYPES, undefined].map((t) => {
    const r = s.score(t);
    const name = t ?? 'all';
    metrics[`${key}.${name}.p`] = Number(r.p.toFixed(4));
    metrics[`${key}.${name}.r`] = Number(r.r.toFixed(4));
    metrics[`${key}.${name}.f1`] = Number(r.f1.toFixed(4));
    return `${name} P ${fmt(r.p)} R ${fmt(r.r)} F1 ${fmt(r.f1)}`;
  });
  lines.push(`${label}: ${parts.join(' | ')}`);
}

/** (a) the tagger on gold tokens. */
function modelOnGold(docs: readonly ConllDoc[]): SpanScorer | null {
  const model = loadNerModel();
  if (!model) return null;
  const scorer = new SpanScorer(TYPES);
  docs.forEach((doc, d) => {
    const tagged = model.tagDocument(doc.sentences.map((s) => s.words));
    doc.sentences.forEach((s, k) => {
      const key = (x: { t0: number; t1: number }) => `${d}:${k}:${x.t0}:${x.t1}`;
      scorer.add(spansOf(s.tags).map((x) => ({ type: x.type, key: key(x) })), tagged[k]!.spans.map((x) => ({ type: x.type, key: key(x) })));
    });
  });
  return scorer;
}

/** Rebuilds a document's text (tokens joined by spaces, one sentence per line) with gold char spans. */
export function rebuild(doc: ConllDoc): { text: string; gold: Array<{ type: string; key: string }> } {
  let text = '';
  const gold: Array<{ type: string; key: string }> = [];
  for (const s of doc.sentences) {
    const offsets: number[] = [];
    s.words.forEach((w, i) => {
      if (i) text += ' ';
      offsets.push(text.length);
      text += w;
    });
    for (const sp of spansOf(s.tags)) {
      gold.push({ type: sp.type, key: `${offsets[sp.t0]}:${offsets[sp.t1 - 1]! + s.words[sp.t1 - 1]!.length}` });
    }
    text += '\n';
  }
  return { text, gold };
}

/** (b)/(c) the whole pipeline on rebuilt text. */
function pipelineScore(docs: readonly ConllDoc[], model: boolean) {
  const pipeline = createPipeline({ model, timings: true });
  const refines = pipeline.stages.some((st) => st.provides.includes('entities'));
  const scorer = new SpanScorer(TYPES);
  const t0 = performance.now();
  let modelMs = 0;
  let tokens = 0;
  for (const doc of docs) {
    const { text, gold } = rebuild(doc);
    const out = pipeline.run({ text });
    modelMs += out.timings?.model ?? 0;
    tokens += out.tokens.length;
    const spans = refines ? out.entities : out.candidates;
    const pred = spans.filter((e) => FROM_ENTITY[e.type]).map((e) => ({ type: FROM_ENTITY[e.type]!, key: `${e.start}:${e.end}` }));
    scorer.add(gold, pred);
  }
  return { scorer, from: refines ? 'entities' : 'candidates (no refine stage in the pipeline yet)', ms: performance.now() - t0, modelMs, tokens };
}

export async function run(): Promise<EvalResult> {
  const lines: string[] = [];
  const metrics: Record<string, number> = {};
  const shared = resolve(process.env.STEPPE_SHARED ?? join(packageRoot(), '..', 'shared'));
  const devPath = join(shared, 'eval/ner/conllpp_dev.txt');
  if (!existsSync(devPath)) return { name: 'ner', lines: [`skipped: ${devPath} is absent (set STEPPE_SHARED)`], metrics };
  const docs = readConll(devPath);
  lines.push(`CoNLL++ dev: ${docs.length} documents, ${docs.reduce((n, d) => n + d.sentences.length, 0)} sentences; exact spans, PER/ORG/LOC`);
  const gold = modelOnGold(docs);
  if (gold) report('model on gold tokens', 'model_gold', gold, lines, metrics);
  else lines.push('model on gold tokens: skipped (no weights in models/; run npm run train:ner)');
  const withModel = pipelineScore(docs, true);
  report(`pipeline with model [${withModel.from}]`, 'pipeline_model', withModel.scorer, lines, metrics);
  const rules = pipelineScore(docs, false);
  report(`pipeline rules only [${rules.from}]`, 'pipeline_rules', rules.scorer, lines, metrics);
  lines.push(`pipeline time: ${(withModel.ms / 1000).toFixed(1)} s with model, ${(rules.ms / 1000).toFixed(1)} s rules only; model stage ${(withModel.modelMs / withModel.tokens * 1000).toFixed(1)} ms per 1000 tokens (${withModel.tokens} tokens, includes the first-call load)`);
  metrics.model_stage_ms_per_1k_tokens = Number((withModel.modelMs / withModel.tokens * 1000).toFixed(2));
  return { name: 'ner', lines, metrics };
}
