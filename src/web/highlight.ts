/**
 * Splits an article's text at every span boundary (entities, quotes, event evidence and triggers)
 * into text segments, each wrapped in a <span> whose classes say which spans cover it. Text is
 * only ever inserted as text nodes.
 */
import type { Analysis } from '../types.js';

export interface Mark {
  start: number;
  end: number;
  /** css class added to covered segments */
  cls: string;
  /** ids of what covers the segment, e.g. "v1" for an event, kept in data-* attributes */
  key?: string;
  id?: string;
}

export function marksOf(a: Analysis): Mark[] {
  const out: Mark[] = [];
  for (const e of a.entities) out.push({ start: e.start, end: e.end, cls: `ent ent-${e.type}`, key: 'entity', id: e.id });
  for (const q of a.quotes) out.push({ start: q.start, end: q.end, cls: 'quote', key: 'quote', id: q.id });
  for (const v of a.events) {
    out.push({ start: v.evidence.start, end: v.evidence.end, cls: 'evidence', key: 'event', id: v.id });
    if (v.trigger) out.push({ start: v.trigger.start, end: v.trigger.end, cls: 'trigger', key: 'trigger', id: v.id });
  }
  return out.filter((m) => m.end > m.start);
}

export function highlighted(text: string, marks: Mark[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!, b = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    active = active.filter((m) => m.end > a);
    const piece = text.slice(a, b);
    if (!active.length) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const span = document.createElement('span');
    span.className = [...new Set(active.flatMap((m) => m.cls.split(' ')))].join(' ');
    const ids: Record<string, string[]> = {};
    for (const m of active) if (m.key && m.id) (ids[m.key] ??= []).push(m.id);
    for (const [k, v] of Object.entries(ids)) span.dataset[k] = v.join(' ');
    span.appendChild(document.createTextNode(piece));
    frag.appendChild(span);
  }
  return frag;
}
