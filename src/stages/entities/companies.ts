import type { Candidate, Doc } from '../../types.js';
import { nameCues } from '../../knowledge/cues.js';
import { candidate, isCapitalised, touching } from './candidate.js';

/** Start of a capitalised chain of up to four words ending at token j, or -1. */
function chainStart(doc: Doc, j: number, s0: number): number {
  if (!isCapitalised(doc.tokens[j])) return -1;
  let i = j;
  while (i > s0 && i > j - 3 && (isCapitalised(doc.tokens[i - 1]) || doc.tokens[i - 1]!.text === '&')) i--;
  return doc.tokens[i]!.text === '&' ? i + 1 : i;
}

/**
 * Company names from their legal form ("Exxon Corp", "Chevron Corp.") and from "shares of X and
 * Y": business news names firms the model may read as people. Source "rule.company", score 0.9
 * (strong), sector BUS.
 */
export function proposeCompanies(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const legalForms = nameCues().legalForms; // "Exxon Corp", "Vale SA"
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (legalForms.has(t.text) && k > doc.sentences[t.sent]!.t0) {
      const s0 = doc.sentences[t.sent]!.t0;
      let end = k + 1;
      if (toks[end]?.text === '.' && touching(doc, end) && toks[end + 1]?.sent === t.sent) end++; // "Corp." mid-sentence
      const i = chainStart(doc, k - 1, s0);
      if (i >= 0 && i < k) out.push(candidate(doc, i, end, 'ORG', 'rule.company', 0.9, { sector: 'BUS' }));
      continue;
    }
    // "shares of Exxon Mobil and Chevron"
    if (t.lower === 'of' && toks[k - 1]?.lower === 'shares') {
      let j = k + 1;
      for (let n = 0; n < 3 && j < toks.length && toks[j]!.sent === t.sent; n++) {
        let e = j;
        while (e < toks.length && e < j + 4 && toks[e]!.sent === t.sent && isCapitalised(toks[e])) e++;
        if (e === j) break;
        out.push(candidate(doc, j, e, 'ORG', 'rule.company', 0.9, { sector: 'BUS' }));
        if (toks[e]?.lower !== 'and' && toks[e]?.text !== ',') break;
        j = e + 1;
      }
    }
  }
  return out;
}
