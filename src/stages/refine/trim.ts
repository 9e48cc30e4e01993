import type { Candidate, Doc } from '../../types.js';
import { lexMatches } from '../../knowledge/index.js';

const PREFIX_KINDS = new Set(['honorific', 'role', 'demonym', 'country', 'org', 'metonym', 'blocAdj']);

/**
 * Person spans exclude titles and modifiers: a PERSON candidate from any source (a model may
 * tag "Mr Putin" or "President Joe Biden") loses leading honorifics, roles, demonyms and
 * organisation names, so it lands on the same span as the rule candidates ("Putin").
 */
export function trimPersonTitles(doc: Doc, cands: Candidate[]): Candidate[] {
  const lex = lexMatches(doc);
  const toks = doc.tokens;
  return cands.map((c) => {
    if (c.type !== 'PERSON') return c;
    let t0 = c.t0;
    for (;;) {
      const m = lex[t0]?.find((x) => x.t1 < c.t1 && x.hits.some((h) => PREFIX_KINDS.has(h.kind)));
      if (!m) break;
      t0 = m.t1;
      if (toks[t0]?.text === '.' && t0 < c.t1 - 1) t0++;
    }
    if (t0 === c.t0 || !/^\p{Lu}/u.test(toks[t0]!.text)) return c;
    return { ...c, t0, start: toks[t0]!.start };
  });
}
