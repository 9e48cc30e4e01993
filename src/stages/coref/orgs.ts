import type { Doc, Entity } from '../../types.js';
import { nameCues } from '../../knowledge/index.js';

const DESIGNATORS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'bv', 'spa', 'gmbh', 'group', 'holdings', 'corporation', 'company', 'limited', 'incorporated']);

/** The name words of an organisation without corporate designators and possessives ("Purolator Courier Corp" -> purolator courier). */
export function orgWords(doc: Doc, e: Entity): string[] {
  // pushed into a literal (slice/filter/map results differ in elements kind when empty)
  const words: string[] = [];
  for (let k = e.t0; k < e.t1; k++) {
    const t = doc.tokens[k]!;
    if (t.shape !== 'p' && t.lower !== "'s" && t.lower !== '’s') words.push(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
  }
  while (words.length > 1 && DESIGNATORS.has(words[words.length - 1]!)) words.pop();
  return words;
}

/**
 * Short forms of an earlier organisation name: "Purolator" or "Purolator Courier" after
 * "Purolator Courier Corp", "American Express" after "American Express Co". The short form
 * must keep the first word, which must be specific (not "National", "First", ...).
 * Returns, for each later entity, the earlier entity it abbreviates.
 */
export class OrgShortForms {
  private byFirst = new Map<string, Entity[]>();
  private words = new Map<Entity, string[]>();
  constructor(private doc: Doc) {}

  /** The earlier organisation this one shortens, if any; then remembers this one. */
  match(e: Entity): Entity | null {
    const w = orgWords(this.doc, e);
    this.words.set(e, w);
    const first = w[0];
    if (!first) return null;
    const cues = nameCues();
    const earlier = this.byFirst.get(first) ?? [];
    let found: Entity | null = null;
    const original = this.doc.tokens[e.t0]!.text;
    if (!cues.orgPrefixes.has(original) && !cues.placePrefixes.has(original) && first.length >= 3) {
      for (let k = earlier.length - 1; k >= 0 && !found; k--) {
        const ew = this.words.get(earlier[k]!)!;
        if (ew.length >= w.length && w.every((x, i) => ew[i] === x)) found = earlier[k]!;
      }
    }
    this.byFirst.set(first, [...earlier, e]);
    return found;
  }
}
