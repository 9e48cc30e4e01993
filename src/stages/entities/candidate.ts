import type { Candidate, Doc, EntityInfo, EntityType, Token } from '../../types.js';
import { startsUpper } from '../../knowledge/normalize.js';

/** Builds a candidate over tokens [t0, t1) with offsets taken from the tokens. */
export function candidate(doc: Doc, t0: number, t1: number, type: EntityType, source: string, score: number, info?: EntityInfo): Candidate {
  // info is always a field (undefined when empty): one object shape for every candidate
  return { type, t0, t1, start: doc.tokens[t0]!.start, end: doc.tokens[t1 - 1]!.end, source, score, info: info && hasField(info) ? info : undefined };
}

/** The info has at least one field. */
function hasField(info: EntityInfo): boolean {
  for (const _ in info) return true;
  return false;
}

/** A token that can be part of a name: starts with a capital letter (or is a capitalised acronym). */
export function isCapitalised(t: Token | undefined): boolean {
  return !!t && startsUpper(t.text) && t.shape !== 'p';
}

/** Tokens k-1 and k touch (no space between them), as in "al-Qaeda" or "Smith-Jones". */
export function touching(doc: Doc, k: number): boolean {
  return k > 0 && doc.tokens[k]!.start === doc.tokens[k - 1]!.end;
}
