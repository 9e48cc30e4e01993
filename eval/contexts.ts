/**
 * Context evaluation on the PLOVER gold-standard records (../shared/eval/events/
 * plover-gsr-dev.json): for each record whose "context" names a context the lexicon covers,
 * is that context among the themes found in the record's sentence? Older GSR names are mapped
 * (refugee -> migration, election -> elections, rights -> human_rights, religion ->
 * religion_ethnicity); contexts the lexicon does not cover (political, government, historical,
 * ...) are counted apart. Gold lists one or two contexts per sentence, so "extra" contexts are
 * reported, not scored as errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContexts, ontologyFile } from '../src/knowledge/contexts.js';
import { composePipeline } from '../src/pipeline.js';
import { contextsStage } from '../src/stages/contexts/index.js';
import { tokensStage } from '../src/stages/tokens/index.js';
import type { EvalResult } from './section.js';

const RENAME: Record<string, string> = {
  refugee: 'migration', refugees: 'migration', election: 'elections', rights: 'human_rights',
  religion: 'religion_ethnicity', discrimination: 'human_rights', disease: 'health',
};

interface GsrRecord { text?: string; context?: string }

export async function run(): Promise<EvalResult> {
  const shared = resolve(process.env.STEPPE_SHARED ?? join(ontologyFile('contexts.json'), '..', '..', '..', 'shared'));
  const path = join(shared, 'eval/events/plover-gsr-dev.json');
  const metrics: Record<string, number> = {};
  if (!existsSync(path)) return { name: 'contexts', lines: [`skipped: ${path} is absent (set STEPPE_SHARED)`], metrics };
  const covered = new Set(loadContexts().contexts.map((c) => c.id));
  const records = (JSON.parse(readFileSync(path, 'utf8')) as GsrRecord[]).filter((r) => r.text && r.context);
  const pipeline = composePipeline([tokensStage, contextsStage]);
  let scored = 0, anyHit = 0, docLevel = 0, extra = 0, uncovered = 0;
  const perContext = new Map<string, { n: number; found: number }>();
  for (const r of records) {
    const gold = r.context!.split(/[,;]\s*/).map((c) => RENAME[c.trim()] ?? c.trim()).filter((c) => covered.has(c));
    if (!gold.length) { uncovered++; continue; }
    const doc = pipeline.run({ text: r.text! });
    const found = new Set(doc.themes.map((h) => h.context));
    scored++;
    if (gold.some((g) => found.has(g))) anyHit++;
    if (gold.some((g) => doc.contexts.includes(g))) docLevel++;
    extra += [...found].filter((c) => !gold.includes(c)).length;
    for (const g of gold) {
      const s = perContext.get(g) ?? { n: 0, found: 0 };
      s.n++;
      if (found.has(g)) s.found++;
      perContext.set(g, s);
    }
  }
  const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
  metrics.records = scored;
  metrics.themeRecall = pct(anyHit, scored);
  metrics.docContextRecall = pct(docLevel, scored);
  metrics.extraPerRecord = scored ? extra / scored : 0;
  const lines = [
    `${scored} GSR sentences with a covered context (${uncovered} more name only uncovered contexts such as political, government)`,
    `gold context among the sentence's theme hits: ${metrics.themeRecall.toFixed(1)}%; among doc.contexts (support rule): ${metrics.docContextRecall.toFixed(1)}%`,
    `other contexts found per sentence: ${metrics.extraPerRecord.toFixed(2)}`,
    'by context: ' + [...perContext.entries()].sort((a, b) => b[1].n - a[1].n).map(([c, s]) => `${c} ${s.found}/${s.n}`).join(', '),
  ];
  return { name: 'contexts (PLOVER GSR dev)', lines, metrics };
}
