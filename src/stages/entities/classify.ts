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
  const words = toks.slice(t0, t1);
  const caps = words.filter((t) => startsUpper(t.text));
  if (caps.length > 1 && cues.eventHeads.has(words[words.length - 1]!.text)) return null; // "World Cup", "Paris Agreement"
  for (let k = words.length - 1; k >= 0; k--) {
    const head = cues.orgHeads.get(words[k]!.text);
    if (head) {
      if (caps.length === 1) return null; // "the Ministry" alone is not a name
      return { type: 'ORG', source: 'caps.org-head', score: 0.6, info: { sector: head.sector, kind: head.kind } };
    }
  }
  const lastIsHead = cues.locationHeads.has(words[words.length - 1]!.text);
  const headOf = cues.locationHeads.has(words[0]!.text) && words[1]?.lower === 'of'; // "Strait of Malacca"
  if ((lastIsHead || headOf) && caps.length > 1) return { type: 'LOCATION', source: 'caps.place-head', score: 0.6 };
  const sent = doc.sentences[toks[t0]!.sent]!;
  const prev = t0 > sent.t0 ? toks[t0 - 1]! : undefined;
  const next = t1 < sent.t1 ? toks[t1]! : undefined;
  const next2 = t1 + 1 < sent.t1 ? toks[t1 + 1]! : undefined;
  if (words.length === 1 && words[0]!.shape === 'X' && /^[\p{Lu}\d&-]{2,5}$/u.test(words[0]!.text)) return { type: 'ORG', source: 'caps.acronym', score: 0.5 };
  const speaks = !!next && (cues.personVerbs.has(next.lower) || (next.text === ',' && !!next2 && (next2.lower === 'who' || next2.lower === 'whose')));
  if (speaks) return { type: 'PERSON', source: 'caps.speaker', score: 0.6 };
  if (prev && STRONG_PLACE.has(prev.lower)) return { type: 'LOCATION', source: 'caps.place-preposition', score: 0.5 };
  if (caps.length > 1 && cues.placePrefixes.has(words[0]!.text)) return { type: 'LOCATION', source: 'caps.place-prefix', score: 0.45 };
  if (caps.length > 1 && cues.orgPrefixes.has(words[0]!.text)) return { type: 'ORG', source: 'caps.org-prefix', score: 0.4 };
  const ofThe = words.some((t) => t.lower === 'of' || t.lower === 'the');
  const nameLike = (t: { text: string; shape: string }) => t.shape === 'Xx' || INITIAL.test(t.text);
  if (!ofThe && caps.length >= 2 && caps.length <= 3 && caps.every(nameLike) && caps.some((t) => t.shape === 'Xx')) return { type: 'PERSON', source: 'caps.name', score: 0.5 };
  if (prev && cues.locationPrepositions.has(prev.lower)) return { type: 'LOCATION', source: 'caps.place-preposition', score: 0.4 };
  if (caps.length === 1) return null; // a lone unknown word: left to the model, or to refinement when it is a known surname
  return { type: 'ORG', source: 'caps.chain', score: 0.35 };
}
