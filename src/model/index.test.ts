import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFeatures } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { seededRandom, fnv1a } from './hash.js';
import { readModel, saveModel } from './io.js';
import { ALLOWED, T, TAGS, viterbi } from './perceptron.js';
import { caseClass, fineShape, isCapsSentence } from './shape.js';
import { spansOf } from './spans.js';
import { SpanScorer } from './score.js';
import { loadNerModel } from './index.js';

describe('NER model building blocks', () => {
  it('turns IOB2 tags into spans', () => {
    expect(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', t0: 0, t1: 2 }, { type: 'LOC', t0: 3, t1: 4 }, { type: 'LOC', t0: 4, t1: 5 }, { type: 'ORG', t0: 5, t1: 6 },
    ]);
  });

  it('describes word shapes and headline sentences', () => {
    expect(fineShape('Almaty')).toBe('Xx');
    expect(fineShape('U.S.')).toBe('X.X.');
    expect(fineShape('2021-08-23')).toBe('d-d-d');
    expect(fineShape('Écija')).toBe('Xx');
    expect([caseClass('ÖSTERREICH'), caseClass('Tokayev'), caseClass('iPhone'), caseClass('çay'), caseClass('3-1'), caseClass('--')]).toEqual(['A', 'C', 'M', 'L', 'D', 'P']);
    expect(isCapsSentence(['FLOODS', 'HIT', 'NORTHERN', 'TOWNS'])).toBe(true);
    expect(isCapsSentence(['Floods', 'hit', 'NATO', 'towns'])).toBe(false);
  });

  it('annotates the longest gazetteer match', () => {
    const gaz = new Gazetteer({ country: ['south sudan', 'sudan'], demonym: ['sudanese'] });
    expect(gaz.annotate(['in', 'south', 'sudan', 'the', 'sudanese'])).toEqual([[], ['country:B'], ['country:I'], [], ['demonym:B']]);
  });

  it('shuffles and hashes deterministically', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(fnv1a('w=almaty')).toBe(fnv1a('w=almaty'));
    expect(fnv1a('w=almaty')).not.toBe(fnv1a('w=almatx'));
  });

  it('never decodes I-X after O or after another type', () => {
    const n = 4;
    const em = new Float64Array(n * T);
    const iLoc = TAGS.indexOf('I-LOC');
    for (let i = 0; i < n; i++) em[i * T + iLoc] = 5; // emissions want I-LOC everywhere
    em[2 * T + TAGS.indexOf('B-PER')] = 20;
    const tags = Array.from(viterbi(em, new Float32Array((T + 1) * T), n), (t) => TAGS[t]);
    for (let i = 0; i < n; i++) {
      const prev = i ? TAGS.indexOf(tags[i - 1]!) : -1;
      expect(ALLOWED[(prev + 1) * T + TAGS.indexOf(tags[i]!)]).toBe(1);
    }
    expect(tags[2]).toBe('B-PER');
  });

  it('round-trips weights through the quantised file format', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ner-')), 'm.bin.gz');
    const W = new Float32Array((1 << 4) * T).map((_, k) => (k % 7) - 3);
    const trans = new Float32Array((T + 1) * T).map((_, k) => k / 10);
    saveModel(path, { format: 'steppe-ner-perceptron', version: 1, bits: 4, tags: [...TAGS], gazetteer: { city: ['almaty'] }, training: {} }, [{ W, trans }]);
    const back = readModel(path);
    expect(back.layers).toHaveLength(1);
    expect(back.header.gazetteer.city).toEqual(['almaty']);
    for (let k = 0; k < W.length; k++) expect(back.layers[0]!.W[k]! * back.layers[0]!.scale!).toBeCloseTo(W[k]!, 3);
    expect(Array.from(back.layers[0]!.trans)).toEqual(Array.from(trans));
  });

  it('scores exact spans per type', () => {
    const s = new SpanScorer(['PER', 'LOC']);
    s.add([{ type: 'PER', key: '0:2' }, { type: 'LOC', key: '5:6' }], [{ type: 'PER', key: '0:2' }, { type: 'LOC', key: '4:6' }]);
    expect(s.score('PER').f1).toBe(1);
    expect(s.score('LOC')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.score().f1).toBeCloseTo(0.5);
  });
});

describe('shipped NER model', () => {
  it('loads once and tags a sentence it has never seen', () => {
    const model = loadNerModel();
    expect(model).not.toBeNull();
    expect(loadNerModel()).toBe(model);
    const [sent] = model!.tagDocument([['Farida', 'Nurlanova', 'flew', 'from', 'Astana', 'to', 'Geneva', 'on', 'Tuesday', '.']]);
    expect(sent!.spans.map((s) => [s.type, s.t0, s.t1])).toEqual([['PER', 0, 2], ['LOC', 4, 5], ['LOC', 6, 7]]);
    for (const s of sent!.spans) expect(s.score).toBeGreaterThan(0.5);
  });
});
