/**
 * Events against the PLOVER gold-standard records (../shared/eval/events/plover-gsr-dev.json):
 * each record's text is analysed alone; the matching rule is documented in events-match.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { analyze } from '../src/index.js';
import type { Analysis } from '../src/types.js';
import type { EvalResult } from './section.js';
import { LEGACY, matchRecord, type GoldRecord } from './events-match.js';

const pct = (n: number, d: number) => (d ? (100 * n) / d : 0);

export async function run(analyzeText: (text: string) => Analysis = (text) => analyze({ text, published: '2000-01-01' })): Promise<EvalResult> {
  const shared = resolve(process.env.STEPPE_SHARED ?? join(process.cwd(), '..', 'shared'));
  const file = join(shared, 'eval/events/plover-gsr-dev.json');
  if (!existsSync(file)) return { name: 'events (PLOVER GSR dev)', lines: [`skipped: ${file} is absent`], metrics: {} };
  const records = (JSON.parse(readFileSync(file, 'utf8')) as GoldRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
  const iso3 = new Set(Object.keys(countries.getAlpha3Codes()));
  const byType = new Map<string, { n: number; found: number; full: number }>();
  let found = 0;
  let full = 0;
  let source = 0;
  let events = 0;
  const t0 = performance.now();
  // STEPPE_EVAL_TRACE=FILE writes each record's outcome, one line each, to compare two builds with diff
  const trace: string[] = [];
  for (const rec of records) {
    const a = analyzeText(rec.text);
    events += a.events.length;
    const m = matchRecord(rec, a, iso3);
    const type = LEGACY[rec.event] ?? rec.event;
    const row = byType.get(type) ?? { n: 0, found: 0, full: 0 };
    row.n++;
    if (m.typeFound) { found++; row.found++; }
    if (m.full) { full++; row.full++; }
    if (m.sourceOnly) source++;
    byType.set(type, row);
    trace.push(`${trace.length}\t${type}\t${m.typeFound ? 'T' : '-'}${m.sourceOnly ? 'S' : '-'}${m.full ? 'F' : '-'}\t${a.events.map((e) => e.type).join(',')}`);
  }
  const ms = performance.now() - t0;
  if (process.env.STEPPE_EVAL_TRACE) writeFileSync(process.env.STEPPE_EVAL_TRACE, trace.join('\n') + '\n');
  const n = records.length;
  const lines = [
    `${n} records, ${events} events found (${(events / n).toFixed(2)} per record), ${(ms / n).toFixed(1)} ms per record`,
    `type found:              ${pct(found, n).toFixed(1)}%  (${found}/${n})`,
    `type + source:           ${pct(source, n).toFixed(1)}%  (${source}/${n})`,
    `type + source + target:  ${pct(full, n).toFixed(1)}%  (${full}/${n})   target ≥ 80%`,
    '',
    'type         n   found  type+src+tgt',
    ...[...byType.entries()].sort((x, y) => y[1].n - x[1].n).map(([t, r]) =>
      `${t.padEnd(10)} ${String(r.n).padStart(3)}  ${pct(r.found, r.n).toFixed(0).padStart(5)}%  ${pct(r.full, r.n).toFixed(0).padStart(5)}%`),
  ];
  return {
    name: 'events (PLOVER GSR dev)',
    lines,
    metrics: { records: n, typeFound: pct(found, n), typeSource: pct(source, n), typeSourceTarget: pct(full, n), eventsPerRecord: events / n },
  };
}
