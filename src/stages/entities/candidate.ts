import type { Candidate, Doc, EntityInfo, EntityType, Token } from '../../types.js';
import { startsUpper } from '../../knowledge/normalize.js';

/** Builds a candidate over tokens [t0, t1) with offsets taken from the tokens. */
export function candidate(doc: Doc, t0: number, t1: number, type: EntityType, source: string, score: number, info?: EntityInfo): Candidate {
  const c: Candidate = { type, t0, t1, start: doc.tokens[t0]!.start, end: doc.tokens[t1 - 1]!.end, source, score };
  if (info && Object.keys(info).length) c.info = info;
  return c;
}

/** A token that can be part of a name: starts with a capital letter (or is a capitalised acronym). */
export function isCapitalised(t: Token | undefined): boolean {
  return !!t && startsUpper(t.text) && t.shape !== 'p';
}

/** Tokens k-1 and k touch (no space between them), as in "al-Qaeda" or "Smith-Jones". */
export function touching(doc: Doc, k: number): boolean {
  return k > 0 && doc.tokens[k]!.start === doc.tokens[k - 1]!.end;
}
