import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composePipeline } from '../../pipeline.js';
import { sharedPath } from '../../../test/shared.js';
import { tokensStage } from '../tokens/index.js';
import { contextsStage } from './index.js';

const run = (text: string) => composePipeline([tokensStage, contextsStage]).run({ text });

describe('contexts stage', () => {
  it('records each hit with its exact span, sentence and rule', () => {
    const text = 'Border guards stopped a lorry. Inside were 40 kg of heroin and three asylum seekers.';
    const doc = run(text);
    const heroin = doc.themes.find((h) => h.context === 'illegal_drugs')!;
    expect(text.slice(heroin.start, heroin.end)).toBe('heroin');
    expect(heroin).toMatchObject({ sentence: 1, rule: 'context.illegal_drugs.heroin', weight: 2 });
    const asylum = doc.themes.find((h) => h.context === 'migration')!;
    expect(text.slice(asylum.start, asylum.end)).toBe('asylum seekers');
    expect(asylum.rule).toBe('context.migration.asylum-seeker');
    expect(doc.contexts).toEqual(expect.arrayContaining(['illegal_drugs', 'migration']));
  });

  it('prefers the longest phrase and treats hyphens like spaces', () => {
    const doc = run('The drug-trafficking network ran a counter-terrorism front for al-Qaeda.');
    expect(doc.themes.map((h) => h.rule)).toEqual([
      'context.illegal_drugs.drug-trafficking',
      'context.terrorism.terrorism',
      'context.terrorism.al-qaeda',
    ]);
    const text = doc.text;
    expect(text.slice(doc.themes[0]!.start, doc.themes[0]!.end)).toBe('drug-trafficking');
    expect(text.slice(doc.themes[1]!.start, doc.themes[1]!.end)).toBe('terrorism');
  });

  it('lets a negative phrase block a hit', () => {
    expect(run('The drug maker cut the price of a prescription drug.').themes.filter((h) => h.context === 'illegal_drugs')).toEqual([]);
    expect(run('Analysts at a think tank praised the plan.').themes.filter((h) => h.context === 'military')).toEqual([]);
    expect(run('Hackers planted a computer virus.').contexts).not.toContain('health');
    expect(run('Tanks rolled into the square.').contexts).toContain('military');
  });

  it('never matches across a sentence boundary or punctuation', () => {
    const doc = run('He fled to the drug. Trafficking was not mentioned; drug, trafficking.');
    expect(doc.themes.some((h) => h.rule === 'context.illegal_drugs.drug-trafficking')).toBe(false);
  });

  it('skips a capitalised term inside a longer name', () => {
    const doc = run('The Pacific Security Treaty Organisation met in Suva.');
    expect(doc.themes.some((h) => h.rule === 'context.diplomatic.treaty')).toBe(false);
    expect(run('The two states signed a treaty.').contexts).toContain('diplomatic');
  });

  it('keeps a context on one strong hit or two different weak terms, ranked by weight', () => {
    expect(run('Police questioned the driver.').contexts).toEqual([]); // one weak term
    expect(run('Police questioned the driver. Police released him.').contexts).toEqual([]); // same weak term twice
    expect(run('Police arrested the driver.').contexts).toEqual(['crime']); // two weak terms
    const doc = run('Refugees and migrants crossed after an earthquake. More refugees followed.');
    expect(doc.contexts).toEqual(['migration', 'disaster']);
  });

  it.skipIf(!sharedPath('corpus/seed-article.txt'))('finds terrorism, illegal_drugs and migration in the seed article', () => {
    const path = sharedPath('corpus/seed-article.txt')!;
    const doc = run(readFileSync(path, 'utf8'));
    expect(doc.contexts).toEqual(expect.arrayContaining(['terrorism', 'illegal_drugs', 'migration']));
    for (const h of doc.themes) expect(doc.sentences[h.sentence]!.start).toBeLessThanOrEqual(h.start);
  });
});

describe('contexts stage: names and financial senses', () => {
  it('does not take capitalised weak terms inside a sentence for themes', () => {
    const doc = run('Analyst Bill Turner said Visa and Medical stocks rose.');
    expect(doc.themes.filter((h) => h.context === 'legislative' || h.context === 'migration' || h.context === 'health')).toEqual([]);
  });

  it('keeps shareholder votes and pharmaceuticals out of elections and illegal drugs', () => {
    const doc = run('The fund holds 40 pct of the voting rights. The new drug for asthma won approval.');
    expect(doc.themes.filter((h) => h.context === 'elections' || h.context === 'illegal_drugs')).toEqual([]);
  });
});
