import { describe, expect, it } from 'vitest';
import { features, MAX_FEATURES, tokenInfo } from './features.js';
import { posModel, tagPos } from './index.js';
import { UPOS } from './upos.js';

/** The plain scorer of features.ts (as training uses it): every feature row summed per token. */
function reference(words: string[]): string[] {
  const model = posModel();
  const NT = UPOS.length;
  const mask = (1 << model.bits) - 1;
  const info = tokenInfo(words);
  const feats = new Int32Array(MAX_FEATURES);
  const out: string[] = [];
  let prev = 101, prev2 = 103;
  for (let i = 0; i < words.length; i++) {
    let tag = model.tagdict.get(info.lower[i]!);
    if (tag === undefined && info.name[i] && info.shape[i] === 2) tag = UPOS.indexOf(info.name[i] === 1 ? 'PROPN' : 'ADJ');
    if (tag === undefined) {
      const n = features(info, i, 0, words.length, prev, prev2, mask, feats);
      const scores = new Array<number>(NT).fill(0);
      for (let f = 0; f < n; f++) for (let t = 0; t < NT; t++) scores[t]! += model.weights[feats[f]! * NT + t]!;
      tag = 0;
      for (let t = 1; t < NT; t++) if (scores[t]! > scores[tag]!) tag = t;
    }
    out.push(UPOS[tag]!);
    prev2 = prev;
    prev = tag;
  }
  return out;
}

describe('POS tagger', () => {
  it('tags exactly as the plain feature scorer, cached word rows and all', () => {
    const sentences = [
      'The finance ministry in Tbilisi said on Tuesday it would cut the 12.5 pct tax on imported grain .',
      'Shares of Kestrel Freight rose 3 cts to 41-1/2 dlrs after the company\'s quarterly profit doubled .',
      '" We will not back down , " Ortega told reporters , adding that talks had stalled .',
      'Malian troops and UN peacekeepers patrolled near Gao ; no casualties were reported .',
      'Mid-2025 output fell',
      'Yes',
    ].map((s) => s.split(' '));
    // twice, so the second pass reads every word from the cache
    for (let pass = 0; pass < 2; pass++) {
      for (const words of sentences) expect(tagPos(words, [[0, words.length]])).toEqual(reference(words));
    }
  });

  it('tags several sentences of one document independently', () => {
    const a = 'Prices rose sharply .'.split(' ');
    const b = 'Analysts expect more cuts .'.split(' ');
    expect(tagPos([...a, ...b], [[0, a.length], [a.length, a.length + b.length]])).toEqual([...reference(a), ...reference(b)]);
  });
});
