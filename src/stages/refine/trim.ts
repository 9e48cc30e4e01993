import type { Candidate, Doc } from '../../types.js';
import { lexMatches, nameCues } from '../../knowledge/index.js';

const PREFIX_KINDS = new Set(['honorific', 'role', 'demonym', 'country', 'org', 'metonym', 'blocAdj']);

/**
 * Person spans exclude titles and modifiers: a PERSON candidate from any source (a model may
 * tag "Mr Putin" or "President Joe Biden") loses leading honorifics, roles, demonyms and
 * organisation names, so it lands on the same span as the rule candidates ("Putin"); one
 * ending in a place word (name-cues locationHeads) is a LOCATION.
 */
export function trimPersonTitles(doc: Doc, cands: Candidate[]): Candidate[] {
  const lex = lexMatches(doc);
  const toks = doc.tokens;
  // pushed into a literal (not Array.map, whose empty result has another elements kind)
  const out: Candidate[] = [];
  for (const c of cands) out.push(trimmed(toks, lex, c));
  return out;
}

/** The candidate without leading titles (itself when it has none). */
function trimmed(toks: Doc['tokens'], lex: ReturnType<typeof lexMatches>, c: Candidate): Candidate {
  if (c.type !== 'PERSON') return c;
  // "Second Thomas Shoal", "Mosul Dam": a name ending in a place word is no person, whoever proposed it
  if (c.t1 - c.t0 > 1 && nameCues().locationHeads.has(toks[c.t1 - 1]!.text)) {
    return { type: 'LOCATION', t0: c.t0, t1: c.t1, start: c.start, end: c.end, source: c.source, score: c.score, info: c.info };
  }
  let t0 = c.t0;
  for (;;) {
    // a title that starts in or before the span and ends inside it ("... of the Exchequer Nigel Lawson")
    let next = t0;
    for (let s = Math.max(0, t0 - 6); s <= t0; s++) {
      const list = lex[s]!;
      for (let j = 0; j < list.length; j++) {
        const x = list[j]!;
        if (x.t1 > next && x.t1 < c.t1 && x.hits.some((h) => PREFIX_KINDS.has(h.kind))) next = x.t1;
      }
    }
    if (next === t0) break;
    t0 = next;
    if (toks[t0]?.text === '.' && t0 < c.t1 - 1) t0++;
  }
  if (t0 === c.t0 || !/^\p{Lu}/u.test(toks[t0]!.text)) return c;
  // built field by field (a spread copy would have a hidden class of its own)
  return { type: c.type, t0, t1: c.t1, start: toks[t0]!.start, end: c.end, source: c.source, score: c.score, info: c.info };
}
