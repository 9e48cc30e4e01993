/**
 * Second-pass ("stacked") features: the first-pass tags of the token and its neighbours, and
 * document-level consistency — how the same word was tagged elsewhere in the same document.
 * They let the second pass fix a headline or sentence-initial mention from the clearer ones.
 */
import { TAGS, typeOf } from './perceptron.js';
import { isCapsSentence } from './shape.js';

const TYPE_NAMES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];

/** Extra feature strings per token, given first-pass tags for every sentence of a document. */
export function stackedFeatures(sentences: readonly string[][], tags: readonly Int8Array[]): string[][][] {
  // per lower-cased word: counts of first-pass types over the whole document
  const votes = new Map<string, Int32Array>();
  sentences.forEach((words, s) => {
    words.forEach((w, i) => {
      if (w.length < 2 || !/\p{L}/u.test(w)) return;
      const key = w.toLowerCase();
      let v = votes.get(key);
      if (!v) votes.set(key, (v = new Int32Array(5)));
      v[typeOf(tags[s]![i]!)]++;
    });
  });
  return sentences.map((words, s) => {
    const t = tags[s]!;
    const caps = isCapsSentence(words) ? 'caps' : 'norm';
    const tag = (i: number) => (i < 0 ? '<s>' : i >= words.length ? '</s>' : TAGS[t[i]!]!);
    return words.map((w, i) => {
      const own = typeOf(t[i]!);
      const f = [`p1=${tag(i)}`, `p1-1=${tag(i - 1)}`, `p1+1=${tag(i + 1)}`, `p1ctx=${tag(i - 1)}|${tag(i)}|${tag(i + 1)}`];
      const v = votes.get(w.toLowerCase());
      if (v) {
        let best = -1;
        let bestN = 0;
        let others = 0;
        for (let k = 1; k < 5; k++) {
          const n = v[k]! - (k === own ? 1 : 0);
          others += n;
          if (n > 0) f.push(`da=${TYPE_NAMES[k]}`, `da=${TYPE_NAMES[k]}|${caps}`);
          if (n > bestN) { bestN = n; best = k; }
        }
        const oN = v[0]! - (own === 0 ? 1 : 0);
        if (best > 0) {
          const m = TYPE_NAMES[best];
          f.push(`dm=${m}|${oN > others ? 'minor' : 'major'}`, `dm=${m}|own=${TYPE_NAMES[own]}`, `dm=${m}|own=${TYPE_NAMES[own]}|${caps}`);
        }
        else if (oN > 0) f.push('dm=O');
      }
      return f;
    });
  });
}
