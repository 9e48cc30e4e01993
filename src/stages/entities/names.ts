import type { Doc } from '../../types.js';
import { nameCues } from '../../knowledge/index.js';
import { isCapitalised, touching } from './candidate.js';

const HYPHEN = new Set(['-', '–']);

/**
 * The capitalised name starting at token i: capitalised tokens, joined by connectors
 * ("of", "al", "bin", "de", ...) and hyphens ("al-Baghdadi", "Smith-Jones"), ending on a
 * capitalised token and never crossing the sentence end. Returns t1 (exclusive), or i when
 * no name starts there. maxTokens bounds the run.
 */
export function nameRunFrom(doc: Doc, i: number, maxTokens = 12): number {
  const toks = doc.tokens;
  const tok = toks[i];
  if (!tok || !isCapitalised(tok)) return i;
  const cues = nameCues();
  const sentEnd = doc.sentences[tok.sent]!.t1;
  let end = i + 1;
  let k = i + 1;
  while (k < sentEnd && k - i < maxTokens) {
    const t = toks[k]!;
    if (isCapitalised(t) && !cues.nonNames.has(t.text)) { end = k + 1; k++; continue; }
    // hyphen joining two capitalised pieces, or a connector piece: "al-Qaeda", "Jean-Pierre"
    if (HYPHEN.has(t.text) && touching(doc, k) && touching(doc, k + 1) && k + 1 < sentEnd) { k++; continue; }
    if (cues.connectors.has(t.lower) && t.shape === 'x') {
      // "of the": let one more connector follow; the name must go on with a capital
      let n = k + 1;
      if (toks[n] && (cues.connectors.has(toks[n]!.lower) && toks[n]!.shape === 'x')) n++;
      if (toks[n] && HYPHEN.has(toks[n]!.text) && touching(doc, n)) n++;
      if (n < sentEnd && isCapitalised(toks[n]) && !cues.nonNames.has(toks[n]!.text)) { k = n; continue; }
    }
    break;
  }
  return end;
}

/** Like nameRunFrom, but a name may also start with a lower-case connector ("al-Baghdadi", "bin Laden"). */
export function nameStartsAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  return isCapitalised(t) && !nameCues().nonNames.has(t.text);
}
