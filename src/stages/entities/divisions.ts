import type { Candidate, Doc } from '../../types.js';
import { countries } from '../../knowledge/countries.js';
import { nameCues } from '../../knowledge/cues.js';
import { candidate, isCapitalised, touching } from './candidate.js';

/** "Western states", "European state", "Arab states": a bloc or nationality adjective, not a division's name. */
const ADJECTIVE = /(ern|ic|ish|ese|ian|ean)$/i;
let demonyms: Set<string> | null = null;
const isDemonym = (w: string) => (demonyms ??= new Set(countries().list.flatMap((c) => c.demonyms))).has(w);

/** A token of [t0, t1) is a bloc or nationality adjective (no word list built: a loop over the tokens). */
function anyAdjective(toks: Doc['tokens'], t0: number, t1: number): boolean {
  for (let k = t0; k < t1; k++) {
    const w = toks[k]!.text;
    if (ADJECTIVE.test(w) || isDemonym(w)) return true;
  }
  return false;
}

/** Start of the capitalised chain (up to three words, hyphen-joined parts included) ending at token j, or -1. */
function chainStart(doc: Doc, j: number, s0: number): number {
  if (!isCapitalised(doc.tokens[j])) return -1;
  let i = j;
  for (;;) {
    // "Nagorno-Karabakh": a hyphen touching both sides joins the chain
    if (i - 2 >= s0 && doc.tokens[i - 1]!.text === '-' && touching(doc, i) && touching(doc, i - 1)) { i -= 2; continue; }
    if (i > s0 && i > j - 2 && isCapitalised(doc.tokens[i - 1]) && doc.tokens[i - 1]!.pos === 'PROPN') { i--; continue; }
    return i;
  }
}

/**
 * Names of administrative divisions from the division noun after them: "Jigawa and Kano states",
 * "the Kharkiv region". A statistical model often reads an unknown division as a person; the
 * noun says it is a place. Source "rule.division", score 1 (it decides the span's type).
 */
export function proposeDivisions(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const divisions = nameCues().divisionNouns; // "Kano state", "the Kharkiv and Odesa regions"
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.shape !== 'x' || !divisions.has(t.text)) continue;
    const s0 = doc.sentences[t.sent]!.t0;
    const plural = t.text.endsWith('s') && t.text !== 'oblast';
    let j = k - 1;
    for (let n = 0; j >= s0 && n < 4; n++) {
      const i = chainStart(doc, j, s0);
      if (i < 0 || i === s0 && toks[i]!.first && j === i && n === 0 && !plural) break;
      if (anyAdjective(toks, i, j + 1)) break;
      out.push(candidate(doc, i, j + 1, 'LOCATION', 'rule.division', 1));
      if (!plural) break;
      // "Jigawa and Kano states", "Kharkiv, Odesa and Kherson regions"
      const sep = toks[i - 1];
      if (!sep || (sep.lower !== 'and' && sep.text !== ',')) break;
      j = i - 2;
    }
  }
  return out;
}
