import { describe, expect, it } from 'vitest';
import { composePipeline } from '../../pipeline.js';
import type { Candidate, Doc } from '../../types.js';
import { tokensStage } from '../tokens/index.js';
import { loadNerModel } from '../../model/index.js';
import { candidateScore, modelCandidates, modelStage } from './index.js';
import { wordsOf } from './words.js';

const run = (text: string, model = true) => composePipeline([tokensStage, modelStage], { model }).run({ text });
const found = (text: string) => {
  const doc = run(text);
  return doc.candidates.map((c) => `${c.type}:${text.slice(c.start, c.end)}`);
};

describe('candidateScore', () => {
  it('equals 0.45 + 0.4 p written with three decimals, for any confidence', () => {
    const ps = [0, 1, 0.5, 0.125, 0.00125, 0.99875, 0.3333333, 0.8765432];
    for (let k = 0; k <= 20000; k++) ps.push(k / 20000, Math.fround(Math.random()));
    for (const p of ps) expect(candidateScore(p)).toBe(Number((0.45 + 0.4 * p).toFixed(3)));
  });
});

describe('model stage', () => {
  it('proposes people, organisations and places with exact offsets and its source', () => {
    const text = 'Aigerim Bekova, a spokeswoman for Halyk Bank, said the talks in Tashkent would resume next week.';
    const doc = run(text);
    const got = doc.candidates.map((c) => `${c.type}:${text.slice(c.start, c.end)}`);
    expect(got).toEqual(expect.arrayContaining(['PERSON:Aigerim Bekova', 'LOCATION:Tashkent']));
    expect(got.some((g) => g.startsWith('ORG:') && g.includes('Halyk'))).toBe(true);
    for (const c of doc.candidates) {
      expect(c.source).toBe('model.perceptron');
      expect(c.score).toBeGreaterThanOrEqual(0.45);
      expect(c.score).toBeLessThanOrEqual(0.85);
      expect(doc.tokens[c.t0]!.start).toBe(c.start);
      expect(doc.tokens[c.t1 - 1]!.end).toBe(c.end);
    }
  });

  it('proposes the same with and without the tokens stage\'s word records', () => {
    const text = 'Aigerim Bekova of Halyk Bank met Anglo-Dutch traders in Tashkent. BEKOVA SAYS TALKS GO ON. Bekova flew home.';
    const model = loadNerModel()!;
    const doc = composePipeline([tokensStage]).run({ text });
    // a copy of the tokens without registered records: every word is looked up by its text
    const bare: Doc = { ...doc, candidates: [] };
    const want = modelCandidates(bare, model);
    expect(want.candidates.length).toBeGreaterThan(0);
    for (let k = 0; k < 2; k++) {
      const got = modelCandidates(doc, model); // the second time, records carry the infos
      expect(got.candidates).toEqual(want.candidates);
      expect(Array.from(got.covered)).toEqual(Array.from(want.covered));
    }
  });

  it('does nothing when the model is switched off', () => {
    expect(run('Aigerim Bekova visited Tashkent.', false).candidates).toEqual([]);
  });

  it('tags the city of a wire-service dateline', () => {
    expect(found('BISHKEK (Reuters) - Kyrgyzstan\'s parliament approved the new budget on Wednesday.')).toEqual(
      expect.arrayContaining(['LOCATION:BISHKEK', 'ORG:Reuters', 'LOCATION:Kyrgyzstan']),
    );
  });

  it('reads all-caps headlines', () => {
    const got = found('TOKAYEV VISITS ALMATY AFTER PROTESTS\nPresident Kassym-Jomart Tokayev visited Almaty on Tuesday. Tokayev met protesters.');
    expect(got).toEqual(expect.arrayContaining(['PERSON:TOKAYEV', 'LOCATION:ALMATY', 'PERSON:Kassym-Jomart Tokayev', 'LOCATION:Almaty']));
    const two = found('PUTIN AND BIDEN TO MEET IN GENEVA\nVladimir Putin will meet Joe Biden in Geneva next month, officials said.');
    expect(two).toEqual(expect.arrayContaining(['PERSON:PUTIN', 'PERSON:BIDEN', 'LOCATION:GENEVA']));
    for (const g of [...got, ...two]) expect(g).not.toMatch(/:(VISITS|AFTER|PROTESTS|AND|TO|MEET|IN)\b/);
  });

  it('leaves titles out of person names', () => {
    expect(found('Mr Nurlanov told reporters that Dr. Aliya Sadykova had left Almaty.')).toEqual(
      expect.arrayContaining(['PERSON:Nurlanov', 'PERSON:Aliya Sadykova']),
    );
  });

  it('finds the author of a byline', () => {
    expect(found('By Daniyar Seitkali\nThe central bank raised its key rate on Monday.')).toContain('PERSON:Daniyar Seitkali');
  });

  it('handles a table of sports results', () => {
    const got = found('Results of football matches on Saturday:\nKairat Almaty 2 Ordabasy 1\nAstana 0 Tobol 0\nAktobe 3 Zhetysu 1');
    const types = new Set(got.map((g) => g.split(':')[0]));
    expect(got.length).toBeGreaterThanOrEqual(4);
    expect(types.has('PERSON')).toBe(false);
    for (const g of got) expect(g).not.toMatch(/\d/); // scores never end up inside a name
  });

  it('still finds the obvious names in lower-cased text and proposes no garbage', () => {
    const text = 'the president of france met the german chancellor in berlin on friday, officials in paris said.';
    const got = found(text);
    expect(got).toEqual(expect.arrayContaining(['LOCATION:france', 'LOCATION:berlin', 'LOCATION:paris']));
    for (const g of got) expect(g).not.toMatch(/:(the|on|in|met|said|officials|president|chancellor)\b/);
  });

  it('maps nationality adjectives to NORP and drops other MISC names', () => {
    const got = found('Uzbek and Kazakh diplomats discussed the Asian Games and the Eurovision contest.');
    expect(got).toEqual(expect.arrayContaining(['NORP:Uzbek', 'NORP:Kazakh']));
    expect(got.some((g) => g.includes('Eurovision'))).toBe(false);
  });
});

describe('model stage and rule candidates', () => {
  const withCandidates = (text: string, add: (doc: Doc) => Candidate[]) => {
    const doc = composePipeline([tokensStage]).run({ text });
    doc.candidates.push(...add(doc));
    modelStage.run(doc, { options: { model: true }, logger: { warn: () => {} }, now: () => new Date(0) });
    return doc;
  };
  const cand = (doc: Doc, word: string, source: string): Candidate => {
    const t = doc.tokens.find((x) => x.text === word)!;
    return { start: t.start, end: t.end, t0: t.i, t1: t.i + 1, type: 'PERSON', source, score: 0.6 };
  };

  it('withdraws capitalisation guesses on tokens the model reads as no name, and keeps the rest', () => {
    const doc = withCandidates('Shares rose sharply on Monday, Nurlan Abenov said in Astana.', (d) => [
      cand(d, 'Shares', 'caps.name'), cand(d, 'Nurlan', 'caps.name'), cand(d, 'Monday', 'gazetteer.test'),
    ]);
    const left = doc.candidates.map((c) => `${c.source}:${doc.text.slice(c.start, c.end)}`);
    expect(left).not.toContain('caps.name:Shares');
    expect(left).toEqual(expect.arrayContaining(['caps.name:Nurlan', 'gazetteer.test:Monday', 'model.perceptron:Nurlan Abenov']));
  });

  it('abstains from an unsure ORG on a word the gazetteer knows as a place', () => {
    const doc = withCandidates('Geneva, 4 March 2024\nThe agency appealed for funds to help refugees.', () => []);
    expect(doc.candidates.filter((c) => c.type === 'ORG' && doc.text.slice(c.start, c.end) === 'Geneva')).toEqual([]);
  });
});

describe('words for the tagger', () => {
  it('joins hyphenated compounds written without spaces and normalises quotes', () => {
    const doc = composePipeline([tokensStage]).run({ text: 'Kassym-Jomart Tokayev said “no” - twice.' });
    const starts: number[] = [];
    const words = wordsOf(doc.tokens, 0, doc.tokens.length, starts);
    expect(words).toEqual(['Kassym-Jomart', 'Tokayev', 'said', '"', 'no', '"', '-', 'twice', '.']);
    expect(starts.slice(0, 3)).toEqual([0, 3, 4]);
  });
});
