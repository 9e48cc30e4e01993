import type { Analysis, Actor, Event } from '../types.js';

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function actorLabel(a: Actor): string {
  const tags = [a.kind, [a.country, a.sector].filter(Boolean).join('/'), a.roles.join(', ')].filter(Boolean);
  return `${a.name}  [${tags.join('; ')}]${a.code ? `  ${a.code}` : ''}`;
}

/** `SOURCE —TYPE(mode)→ TARGET  [date, place]` with the evidence sentence underneath. */
export function formatEventLine(analysis: Analysis, text: string, ev: Event): string {
  const names = (ids: string[]) => ids.map((id) => analysis.actors.find((a) => a.id === id)?.name ?? id).join(' + ') || '—';
  const place = ev.place ? analysis.places.find((p) => p.id === ev.place)?.name ?? ev.place : null;
  const flags = [ev.negated ? 'negated' : '', ev.hypothetical ? 'hypothetical' : ''].filter(Boolean).join(', ');
  const head = `${names(ev.source)} —${ev.type}${ev.mode ? `(${ev.mode})` : ''}→ ${names(ev.target)}  [${[ev.date ?? 'undated', place].filter(Boolean).join(', ')}]`;
  return `${head}${flags ? `  (${flags})` : ''}\n      “${clip(oneLine(text.slice(ev.evidence.start, ev.evidence.end)), 240)}”  rule ${ev.rule}`;
}

/** A readable summary of one analysis for a person at a terminal. */
export function formatSummary(analysis: Analysis, text: string): string {
  const out: string[] = [];
  const title = analysis.title ? `${analysis.title} — ` : '';
  out.push(`${title}${analysis.sentences.length} sentences, published ${analysis.published ?? 'unknown'}`);
  out.push('', `Actors (${analysis.actors.length})`);
  for (const a of analysis.actors) {
    const mentions = a.mentions.map((id) => analysis.entities.find((e) => e.id === id)?.text).filter(Boolean);
    const distinct = [...new Set(mentions)].filter((m) => m !== a.name);
    out.push(`  ${actorLabel(a)}${distinct.length ? `  also: ${distinct.join(', ')}` : ''}`);
  }
  out.push('', `Quotes (${analysis.quotes.length})`);
  for (const q of analysis.quotes) {
    const who = q.speaker ? analysis.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker : 'unattributed';
    out.push(`  ${who}${q.cue ? ` (${q.cue})` : ''}: “${clip(oneLine(q.text), 160)}”`);
  }
  if (analysis.dates.length) {
    out.push('', 'Dates');
    for (const d of analysis.dates) out.push(`  ${d.text} → ${d.value}`);
  }
  if (analysis.places.length) {
    out.push('', 'Places');
    const seen = new Set<string>();
    for (const p of analysis.places) {
      const key = `${p.name}|${p.country}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`  ${p.name} (${p.kind}${p.country ? `, ${p.country}` : ''}) ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`);
    }
  }
  out.push('', `Events (${analysis.events.length})`);
  for (const ev of analysis.events) out.push(`  ${formatEventLine(analysis, text, ev)}`);
  if (analysis.contexts.length) out.push('', `Contexts: ${analysis.contexts.join(', ')}`);
  return out.join('\n') + '\n';
}
