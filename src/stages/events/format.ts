/**
 * Readable event lines for people: `SOURCE —TYPE(mode)→ TARGET  [date, place]` and the evidence
 * sentence underneath. `steppe analyze`'s summary calls formatEvents(analysis).
 */
import type { Actor, Analysis, Event } from '../../types.js';

const actorLabel = (a: Actor | undefined, id: string) => (a ? (a.code ? `${a.name} (${a.code})` : a.name) : id);

function side(analysis: Analysis, ids: string[]): string {
  if (!ids.length) return '?';
  return ids.map((id) => actorLabel(analysis.actors.find((a) => a.id === id), id)).join(' + ');
}

/** One event as two lines: the arrow line, then the evidence text indented. */
export function formatEvent(analysis: Analysis, event: Event, text?: string): string {
  const flags = [event.negated ? 'negated' : '', event.hypothetical ? 'hypothetical' : ''].filter(Boolean);
  const place = event.place ? analysis.places.find((p) => p.id === event.place) : undefined;
  const where = [event.date ?? 'undated', place ? (place.country ? `${place.name}, ${place.country}` : place.name) : null].filter(Boolean).join(', ');
  const type = event.mode ? `${event.type}(${event.mode})` : event.type;
  let line = `${side(analysis, event.source)} —${type}→ ${event.target.length ? side(analysis, event.target) : '∅'}  [${where}]`;
  if (flags.length) line += `  (${flags.join(', ')})`;
  if (event.contexts.length) line += `  {${event.contexts.join(', ')}}`;
  line += `  ${event.rule} ${event.confidence.toFixed(2)}`;
  const evidence = text ? text.slice(event.evidence.start, event.evidence.end).replace(/\s+/g, ' ').trim() : null;
  return evidence ? `${line}\n    “${evidence}”` : line;
}

/** All events of an analysis, one formatted block each; pass the analysed text to show the evidence. */
export function formatEvents(analysis: Analysis, text?: string): string {
  return analysis.events.map((e) => formatEvent(analysis, e, text)).join('\n');
}
