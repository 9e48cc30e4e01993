import type { Doc, EntityInfo, EntityType } from '../../types.js';
import { nameCues } from '../../knowledge/index.js';
import { startsUpper } from '../../knowledge/normalize.js';

export interface NameClass {
  type: EntityType;
  source: string;
  score: number;
  info?: EntityInfo;
}

const INITIAL = /^\p{Lu}\.$/u;
const STRONG_PLACE = new Set(['in', 'at', 'near', 'into', 'across', 'outside', 'inside', 'around', 'towards', 'toward', 'via', 'through', 'throughout', 'within']);

/**
 * Classifies a capitalised name no gazetteer knows, by cues (ontology/name-cues.json):
 * an organisation head word ("... Ministry", "... Party") makes an ORG with a sector; a
 * place head word ("... Province") or a place preposition makes a LOCATION; a following
 * speech verb ("Ortega said") or a two-to-four-word name makes a PERSON; an acronym an ORG.
 */
export function classifyName(doc: Doc, t0: number, t1: number): NameClass | null {
  const cues = nameCues();
  const toks = doc.tokens;
  const first = toks[t0]!;
  const last = toks[t1 - 1]!;
  // capitalised words: how many, whether all look like name words and one is "Xx"; "of"/"the" inside
  let caps = 0;
  let capsNameLike = true;
  let capsXx = false;
  let ofThe = false;
  for (let k = t0; k < t1; k++) {
    const t = toks[k]!;
    if (startsUpper(t.text)) {
      caps++;
      if (t.shape === 'Xx') capsXx = true;
      else if (!INITIAL.test(t.text)) capsNameLike = false;
    }
    if (t.lower === 'of' || t.lower === 'the') ofThe = true;
  }
  if (caps > 1 && cues.eventHeads.has(last.text)) return null; // "World Cup", "Paris Agreement"
  for (let k = t1 - 1; k >= t0; k--) {
    const head = cues.orgHeads.get(toks[k]!.text);
    if (head) {
      if (caps === 1) return null; // "the Ministry" alone is not a name
      return { type: 'ORG', source: 'caps.org-head', score: 0.6, info: { sector: head.sector, kind: head.kind } };
    }
  }
  const lastIsHead = cues.locationHeads.has(last.text);
  const headOf = cues.locationHeads.has(first.text) && t0 + 1 < t1 && toks[t0 + 1]!.lower === 'of'; // "Strait of Malacca"
  if ((lastIsHead || headOf) && caps > 1) return { type: 'LOCATION', source: 'caps.place-head', score: 0.6, info: undefined };
  const sent = doc.sentences[first.sent]!;
  const prev = t0 > sent.t0 ? toks[t0 - 1]! : undefined;
  const next = t1 < sent.t1 ? toks[t1]! : undefined;
  const next2 = t1 + 1 < sent.t1 ? toks[t1 + 1]! : undefined;
  if (t1 - t0 === 1 && first.shape === 'X' && /^[\p{Lu}\d&-]{2,5}$/u.test(first.text)) return { type: 'ORG', source: 'caps.acronym', score: 0.5, info: undefined };
  const speaks = !!next && (cues.personVerbs.has(next.lower) || (next.text === ',' && !!next2 && (next2.lower === 'who' || next2.lower === 'whose')));
  if (speaks) return { type: 'PERSON', source: 'caps.speaker', score: 0.6, info: undefined };
  if (prev && STRONG_PLACE.has(prev.lower)) return { type: 'LOCATION', source: 'caps.place-preposition', score: 0.5, info: undefined };
  if (caps > 1 && cues.placePrefixes.has(first.text)) return { type: 'LOCATION', source: 'caps.place-prefix', score: 0.45, info: undefined };
  if (caps > 1 && cues.orgPrefixes.has(first.text)) return { type: 'ORG', source: 'caps.org-prefix', score: 0.4, info: undefined };
  // "Xx" words or initials ("J.") only, at least one "Xx"
  if (!ofThe && caps >= 2 && caps <= 3 && capsNameLike && capsXx) return { type: 'PERSON', source: 'caps.name', score: 0.5, info: undefined };
  if (prev && cues.locationPrepositions.has(prev.lower)) return { type: 'LOCATION', source: 'caps.place-preposition', score: 0.4, info: undefined };
  if (caps === 1) return null; // a lone unknown word: left to the model, or to refinement when it is a known surname
  return { type: 'ORG', source: 'caps.chain', score: 0.35, info: undefined };
}
