import { describe, expect, it } from 'vitest';
import { rebuild } from '../../eval/ner.js';
import { readConll } from '../../src/model/conll.js';
import { spansOf } from '../../src/model/spans.js';
import { sharedPath } from '../shared.js';

describe('NER eval text rebuilding', () => {
  it('puts gold spans on the characters of their words', () => {
    const doc = { sentences: [
      { words: ['Aliya', 'Sadykova', 'visited', 'Osh', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
      { words: ['Halyk', 'Bank', 'agreed', '.'], tags: ['B-ORG', 'I-ORG', 'O', 'O'] },
    ] };
    const { text, gold } = rebuild(doc);
    expect(text).toBe('Aliya Sadykova visited Osh .\nHalyk Bank agreed .\n');
    const at = (key: string) => { const [a, b] = key.split(':').map(Number); return text.slice(a, b); };
    expect(gold.map((g) => `${g.type}:${at(g.key)}`)).toEqual(['PER:Aliya Sadykova', 'LOC:Osh', 'ORG:Halyk Bank']);
  });

  const dev = sharedPath('eval/ner/conllpp_dev.txt');
  it.skipIf(!dev)('rebuilds every CoNLL++ dev entity exactly', () => {
    for (const doc of readConll(dev!).slice(0, 40)) {
      const { text, gold } = rebuild(doc);
      const words = doc.sentences.flatMap((s) => spansOf(s.tags).map((sp) => s.words.slice(sp.t0, sp.t1).join(' ')));
      expect(gold.map((g) => { const [a, b] = g.key.split(':').map(Number); return text.slice(a, b); })).toEqual(words);
    }
  });
});
