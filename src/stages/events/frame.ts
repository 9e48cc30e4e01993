import type { Quote, Token } from '../../types.js';
import { namedAsNeighbour } from '../../util/neighbour.js';
import type { ActorIndex } from './actor-index.js';
import { clauseOf, type ClauseMap } from './clauses.js';
import type { Group } from './noun-phrase.js';
import { inNP } from './noun-phrase.js';
import { isVerbish, POSSESSIVE } from './words.js';
import { pronounAntecedent } from './subject.js';

export interface FrameContext {
  tokens: Token[];
  idx: ActorIndex;
  cm: ClauseMap;
  /** head token index -> type of the sentence's verb triggers not followed by "to" (a noun's subject search does not cross one of another type) */
  verbHeads: Map<number, string>;
  /** the document's quotes: a first-person pronoun inside one stands for its speaker */
  quotes: readonly Quote[];
  /** the document's text */
  text: string;
}


/** A group with at least one unit whose country is known. */
export function withCountry(fc: FrameContext, g: Group): boolean {
  return g.units.some((u) => u.country);
}

/**
 * Gives countryless units a country from their own phrase: a nationality or possessor before them
 * ("Bosnian Serbs", "Sudan's army") or the antecedent of a possessive ("their forces").
 */
export function enrich(fc: FrameContext, g: Group | null, lookRight = false): Group | null {
  if (!g || withCountry(fc, g)) return g;
  const { tokens, idx } = fc;
  const s0 = fc.cm.sentence.t0;
  const units = g.units.map((u) => {
    if (u.kind === 'igo' || u.country) return u;
    const org = u.kind === 'organization';
    // titles may hold "of": "U.S. Secretary of State Warren Christopher"
    for (let k = u.t0 - 1; !org && k >= s0 && k >= u.t0 - 6; k--) {
      const t = tokens[k]!;
      const ui = idx.at[k]!;
      if (ui >= 0 && idx.units[ui]!.country) return idx.units[ui]!;
      if (POSSESSIVE.has(t.lower)) {
        const ante = pronounAntecedent(fc, k, 'they');
        const c = ante?.units.find((x) => x.country);
        return c ?? u;
      }
      if (!inNP(t) && t.pos !== 'DET' && !(t.lower === 'of' && tokens[k - 1]?.shape === 'Xx')) break;
    }
    // "refugees fleeing the war in Liberia", "peacekeepers in Iraq": a country right after the phrase
    const cl = clauseOf(fc.cm, u.t0);
    for (let k = u.t1; lookRight && k < fc.cm.sentence.t1 && k < u.t1 + 8; k++) {
      if (clauseOf(fc.cm, k) !== cl) continue; // "(UCF) in central Iran": skip the parenthesis
      const ui = idx.at[k]!;
      // (not the neighbour in "near the border with X")
      if (ui >= 0 && idx.units[ui]!.country) return namedAsNeighbour(fc.text, tokens[k]!.start) ? u : idx.units[ui]!;
      if (tokens[k]!.text === ',' || (isVerbish(tokens[k]!.pos) && !tokens[k]!.lower.endsWith('ing'))) break;
    }
    return u;
  });
  return { units, t0: g.t0, t1: g.t1 }; // a literal, not a spread: one hidden class for all groups
}

