import type { Doc } from '../types.js';

const DASH = new Set(['-', '–', '—', '--']);
const cache = new WeakMap<Doc, Array<[number, number]>>();

/**
 * Token ranges of datelines: a paragraph opening with an upper-case place ("KYIV, Jan 9 -",
 * "JERUSALEM/CAIRO (Wire) -") or a name before a parenthesised credit ("Lagos (AP) —"), up to the
 * dash. A dateline says where the reporter filed from: its names are never the actors of events.
 */
export function datelines(doc: Doc): Array<[number, number]> {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: Array<[number, number]> = [];
  cache.set(doc, out);
  for (const p of doc.paragraphs) {
    const s = doc.sentences[p.s0];
    if (!s) continue;
    const first = doc.tokens[s.t0]!;
    const caps = first.text.length > 1 && /^[A-Z][A-Z'.-]+$/.test(first.text);
    let credit = false;
    for (let k = s.t0 + 1; k < s.t1 && k < s.t0 + 18; k++) {
      const t = doc.tokens[k]!;
      if (t.text === '(') credit = true;
      if (DASH.has(t.text) && (caps || credit)) { out.push([s.t0, k]); break; }
      if (t.pos === 'VERB' || t.text === '.' || t.text === '"' || t.text === '“') break;
    }
  }
  return out;
}

/** The character offset lies in a dateline ("BRUSSELS, Nov 15 -"). */
export function inDateline(doc: Doc, offset: number): boolean {
  for (const [t0, t1] of datelines(doc)) if (offset >= doc.tokens[t0]!.start && offset < doc.tokens[t1]!.start) return true;
  return false;
}
