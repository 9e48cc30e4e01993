/**
 * Which tokens the tagger scores. In a normal-case sentence a name has a capital letter, and
 * the lower-case words inside or at the end of a name sit between two capitalised words ("Bank
 * of England", "van der Berg") or right after one ("Euro 96", "AT&T"); every other token is O
 * in practice. Those "dead" tokens are pinned to O and never featurised: decoding runs per run
 * of live tokens, which is exact for the pinned chain. Headlines in capitals and documents
 * without any capital (the features treat their case differently) stay live throughout.
 * On CoNLL++ dev, 13 of its 8,603 name tokens fall outside the live set (38% of all tokens are
 * live there; about a quarter in Reuters news).
 */
import type { DocWords } from './featurise.js';

const C = 0, A = 1, M = 5; // case classes with a capital letter (see CLASSES)
/** lower-case words bridged between two capitalised ones */
const MAX_GAP = 2;

/** One flag per token of the document, in order: 1 when the tagger scores it. */
export function liveTokens(doc: DocWords): Uint8Array {
  let total = 0;
  for (const ws of doc.words) total += ws.length;
  const live = new Uint8Array(total);
  if (doc.allLower) return live.fill(1);
  let g = 0;
  for (let s = 0; s < doc.words.length; s++) {
    const ws = doc.words[s]!;
    const n = ws.length;
    if (doc.caps[s]) live.fill(1, g, g + n);
    else {
      let last = -n - MAX_GAP - 2; // the previous capitalised word
      for (let i = 0; i < n; i++) {
        const c = ws[i]!.cls;
        if (c !== C && c !== A && c !== M) continue;
        // from the previous capitalised word when at most MAX_GAP words lie between, to the next word
        const from = i - last <= MAX_GAP + 1 ? last : i;
        const to = Math.min(n, i + 2);
        for (let k = g + from; k < g + to; k++) live[k] = 1;
        last = i;
      }
    }
    g += n;
  }
  return live;
}
