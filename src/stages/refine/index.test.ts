import { describe, expect, it } from 'vitest';
import { composePipeline, type Stage } from '../../pipeline.js';
import type { Candidate, Doc, EntityType } from '../../types.js';
import { tokensStage } from '../tokens/index.js';
import { entitiesStage } from '../entities/index.js';
import { refineStage } from './index.js';

/** A stand-in for the trained model stage: proposes given spans with source "model.perceptron". */
function fakeModel(spans: Array<[string, EntityType, number]>): Stage {
  return {
    name: 'model', needs: ['tokens'], provides: ['candidates'],
    run(doc: Doc) {
      for (const [text, type, score] of spans) {
        const start = doc.text.indexOf(text);
        const t0 = doc.tokens.findIndex((t) => t.start === start);
        const t1 = doc.tokens.findIndex((t) => t.end === start + text.length) + 1;
        const c: Candidate = { type, t0, t1, start, end: start + text.length, source: 'model.perceptron', score };
        doc.candidates.push(c);
      }
    },
  };
}

const run = (text: string, model: Stage[] = []) => composePipeline([tokensStage, entitiesStage, ...model, refineStage]).run({ text });

describe('refine stage', () => {
  it('produces non-overlapping entities in text order with ids, rules and sources', () => {
    const doc = run('Leaders across Central Asia met the Shanghai Cooperation Organisation in Tashkent.');
    const texts = doc.entities.map((e) => e.text);
    expect(texts).toEqual(['Central Asia', 'Shanghai Cooperation Organisation', 'Tashkent']);
    expect(doc.entities.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    for (let k = 1; k < doc.entities.length; k++) expect(doc.entities[k]!.start).toBeGreaterThanOrEqual(doc.entities[k - 1]!.end);
    expect(doc.entities[1]).toMatchObject({ type: 'ORG', rule: 'ontology.igo', info: { code: 'SCO' } });
  });

  it('merges a model candidate with gazetteer knowledge on the same span', () => {
    const doc = run('Hezbollah fighters crossed the border.', [fakeModel([['Hezbollah', 'ORG', 0.7]])]);
    const e = doc.entities.find((x) => x.text === 'Hezbollah')!;
    expect(e.sources).toEqual(expect.arrayContaining(['ontology.group', 'model.perceptron']));
    expect(e.info).toMatchObject({ country: 'LBN', kind: 'group' });
  });

  it('lets a confident longer model span win over a gazetteer name inside it', () => {
    const doc = run('The Congo River Basin Commission met.', [fakeModel([['Congo River Basin Commission', 'ORG', 0.99]])]);
    const e = doc.entities.find((x) => x.text === 'Congo River Basin Commission')!;
    expect(e.rule).toBe('model.perceptron');
    expect(doc.entities.some((x) => x.text === 'Congo')).toBe(false);
  });

  it('lets a confident model candidate win a different span, and knowledge move into a covering span of the same type', () => {
    const doc = run('Officials at Hamas Media Office spoke.', [fakeModel([['Hamas Media Office', 'ORG', 0.99]])]);
    const e = doc.entities.find((x) => x.text === 'Hamas Media Office')!;
    expect(e.sources).toContain('ontology.group');
    expect(e.info?.country).toBe('PSE');
  });

  it('trims titles from person spans of any source, so they meet the rule spans', () => {
    const doc = run('They met the Chancellor of the Exchequer Nigel Lawton and Mr Lawton smiled.', [fakeModel([['Exchequer Nigel Lawton', 'PERSON', 0.99], ['Mr Lawton', 'PERSON', 0.99]])]);
    const persons = doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.text);
    expect(persons).toEqual(['Nigel Lawton', 'Lawton']);
    expect(doc.entities.find((e) => e.text === 'Lawton')!.sources).toEqual(expect.arrayContaining(['model.perceptron', 'title.honorific']));
  });

  it('drops words that are never names, whoever proposed them', () => {
    const doc = run('Prices rose on Monday. REUTER', [fakeModel([['Monday', 'PERSON', 0.9], ['REUTER', 'PERSON', 0.9]])]);
    expect(doc.entities).toEqual([]);
  });

  it('makes a lone surname a PERSON when the full name appears in the document', () => {
    const doc = run('Opposition leader Ines Arrau rallied supporters. Later, in Lima, Arrau spoke again. Arrau left.');
    const surnames = doc.entities.filter((e) => e.text === 'Arrau');
    expect(surnames.length).toBe(2);
    for (const s of surnames) expect(s.type).toBe('PERSON');
  });
});
