import type { EventRow, Party } from '../store/index.js';

const who = (ps: Party[]) => (ps.length ? ps.map((p) => p.code ?? p.name).join('+') : '—');

/** One event for a person: date, SOURCE —TYPE→ TARGET, flags, story, evidence. */
export function formatEvent(e: EventRow): string {
  const flags = [e.negated ? 'negated' : '', e.hypothetical ? 'hypothetical' : '', e.mode ?? ''].filter(Boolean);
  const head = `${e.date ?? '????-??-??'}  ${who(e.source)} —${e.type}→ ${who(e.target)}`
    + (flags.length ? ` (${flags.join(', ')})` : '')
    + (e.contexts.length ? ` [${e.contexts.join(', ')}]` : '')
    + `  story ${e.storyId}`;
  const evidence = e.evidence.replace(/\s+/g, ' ').trim();
  return `${head}\n    ${evidence.length > 240 ? `${evidence.slice(0, 237)}…` : evidence}\n`;
}
