/**
 * Which tokens the tagger scores. In a normal-case sentence a name has a capital letter, and
 * the words around it (the "of" in "Bank of England", a lower-case particle in "van der Berg")
 * sit next to a capitalised word; every other token is O in practice. Those "dead" tokens are
 * pinned to O and never featurised: decoding runs per run of live tokens, which is exact for
 * the pinned chain. Headlines in capitals and documents without any capital (the features
 * treat their case differently) stay live throughout.
 */
import type { DocWords } from './featurise.js';

const C = 0, A = 1, M = 5; // case classes with a capital letter (see CLASSES)

/** One flag per token of the document, in order: 1 when the tagger scores it. */
export function liveTokens(doc: DocWords, radius = 1): Uint8Array {
  let total = 0;
  for (const ws of doc.words) total += ws.length;
  const live = new Uint8Array(total);
  if (doc.allLower) return live.fill(1);
  let g = 0;
  doc.words.forEach((ws, s) => {
    const n = ws.length;
    if (doc.caps[s]) live.fill(1, g, g + n);
    else {
      for (let i = 0; i < n; i++) {
        const c = ws[i]!.cls;
        if (c === C || c === A || c === M) live.fill(1, g + Math.max(0, i - radius), g + Math.min(n, i + radius + 1));
      }
    }
    g += n;
  });
  return live;
}
