/**
 * Which tokens the tagger scores. In a normal-case sentence a name has a capital letter, and
 * the lower-case words inside a name sit between two capitalised words ("Bank of England",
 * "van der Berg"); a name may also end in a number, a bracket or a possessive right after a
 * capitalised word ("Euro 96", "Mladost ( L )", "Lord 's"). Every other token is O in practice.
 * Those "dead" tokens are pinned to O and never featurised: decoding runs per run of live
 * tokens, which is exact for the pinned chain. Headlines in capitals and documents without any
 * capital (the features treat their case differently) stay live throughout.
 *
 * Two kinds of token are dead although near a capital: a plain lower-case word right after a
 * capitalised one that cannot continue a name (`nameable` says which words can: the model stage
 * asks the part of speech, so "Smith said" leaves "said" dead but "Norton co" and "Wall street"
 * stay live), and a sentence-initial capitalised word with no capitalised word within reach,
 * whose lower-case form the document writes elsewhere and never capitalises inside a sentence
 * ("The", "Analysts").
 */
import type { DocWords } from './featurise.js';
import type { WordInfo } from './wordcache.js';

const C = 0, A = 1, L = 2, M = 5; // case classes (see CLASSES)
/** lower-case words bridged between two capitalised ones */
const MAX_GAP = 2;

const capital = (c: number): boolean => c === C || c === A || c === M;

/**
 * A sentence-initial word read as a common word: lower case elsewhere in the document, never
 * capitalised inside a sentence, and no capitalised word follows within MAX_GAP + 1 words.
 */
function commonInitial(ws: readonly WordInfo[], stamp: number): boolean {
  const n = ws.length;
  if (n < 2) return false;
  const w = ws[0]!;
  if (w.cls !== C) return false;
  for (let i = 1; i < n && i <= MAX_GAP + 1; i++) if (capital(ws[i]!.cls)) return false;
  const k = w.slot;
  return k.cStamp === stamp && k.low > 0 && k.cap === 0;
}

/**
 * One flag per token of the document, in order: 1 when the tagger scores it. `nameable(g)` says
 * whether the lower-case word g (index in the document) may continue a name; without it, all may.
 */
export function liveTokens(doc: DocWords, nameable?: (g: number) => boolean): Uint8Array {
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
      for (let i = commonInitial(ws, doc.stamp) ? 1 : 0; i < n; i++) {
        if (!capital(ws[i]!.cls)) continue;
        // from the previous capitalised word when at most MAX_GAP words lie between, to the
        // next word unless that is a plain lower-case word that cannot continue a name
        const from = i - last <= MAX_GAP + 1 ? last : i;
        const next = i + 1 < n ? ws[i + 1]! : null;
        const to = next && (next.cls !== L || next.lower === "'s" || !nameable || nameable(g + i + 1)) ? i + 2 : i + 1;
        for (let k = g + from; k < g + to; k++) live[k] = 1;
        last = i;
      }
    }
    g += n;
  }
  return live;
}
