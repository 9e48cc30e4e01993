import { describe, expect, it } from 'vitest';
import { composePipeline } from '../../pipeline.js';
import type { Doc } from '../../types.js';
import { tokensStage } from '../tokens/index.js';
import { findQuotes, quotesStage } from './index.js';
import { addEntity, tokenised } from './test-doc.js';

const spanText = (doc: Doc, i: number) => {
  const s = doc.quotes[i]!.speakerSpan;
  return s ? doc.text.slice(s.start, s.end) : null;
};

describe('quotes stage: attribution patterns', () => {
  it('finds the speaker after the quote, named or by cue first', () => {
    const doc = tokenised('“The dam will hold,” Mayor Ana Ortiz said on Friday. “We are ready,” said the fire chief.');
    addEntity(doc, 'Ana Ortiz', 'PERSON', { id: 'a1' });
    findQuotes(doc);
    expect(doc.quotes.map((q) => q.text)).toEqual(['The dam will hold,', 'We are ready,']);
    expect(spanText(doc, 0)).toBe('Mayor Ana Ortiz');
    expect(doc.quotes[0]!.speaker).toBe('a1');
    expect(doc.quotes[0]!.cue).toBe('said');
    expect(spanText(doc, 1)).toBe('the fire chief');
    expect(doc.quotes[1]!.speaker).toBeNull();
    expect(doc.quotes[1]!.rule).toContain('after.cue-speaker');
  });

  it('finds the speaker before the quote and through an appositive', () => {
    const doc = tokenised('Tomas Berg, the port director, told reporters: “Ships are waiting.”');
    addEntity(doc, 'Tomas Berg', 'PERSON', { id: 'a1' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Tomas Berg');
    expect(doc.quotes[0]!.cue).toBe('told');
    expect(doc.quotes[0]!.speaker).toBe('a1');
  });

  it('finds the speaker named after a role description: "said the agency\'s director, X"', () => {
    const doc = tokenised('“Ships are waiting,” said the port authority\'s operations chief, Tomas Berg.');
    addEntity(doc, 'Tomas Berg', 'PERSON', { id: 'a1' });
    findQuotes(doc);
    expect(doc.quotes[0]!.speaker).toBe('a1');
    expect(doc.quotes[0]!.rule).toContain('appositive-after');
  });

  it('attributes a scare quote to the subject of its naming verb', () => {
    const doc = tokenised('The plan drew criticism – an approach that Mr Halvorsen called “reckless”.');
    addEntity(doc, 'Halvorsen', 'PERSON', { id: 'a7' });
    findQuotes(doc);
    expect(doc.quotes[0]!.text).toBe('reckless');
    expect(doc.quotes[0]!.cue).toBe('called');
    expect(spanText(doc, 0)).toBe('Mr Halvorsen');
    expect(doc.quotes[0]!.speaker).toBe('a7');
  });

  it('gives both halves of a split quote the same speaker', () => {
    const doc = tokenised('“We tried,” Lena Morris said, “but the road was closed.”');
    addEntity(doc, 'Lena Morris', 'PERSON', { id: 'a2' });
    findQuotes(doc);
    expect(doc.quotes).toHaveLength(2);
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['a2', 'a2']);
    expect(doc.quotes[1]!.rule).toContain('before.speaker-cue');
  });

  it('lets fragments in one sentence share the attribution that closes it', () => {
    const doc = tokenised('The council must adopt “urgent steps” to meet “a growing danger”, Ms Varga said.');
    addEntity(doc, 'Varga', 'PERSON', { id: 'a3' });
    findQuotes(doc);
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['a3', 'a3']);
    expect(doc.quotes[0]!.rule).toContain('shared.next-quote');
  });

  it('reads "according to" attributions', () => {
    const doc = tokenised('The bridge is “structurally unsound”, according to the engineering office.');
    findQuotes(doc);
    expect(doc.quotes[0]!.cue).toBe('according to');
    expect(spanText(doc, 0)).toBe('the engineering office');
  });

  it('continues the previous speaker into a paragraph that is only a quote', () => {
    const text = '“Prices doubled,” said Rosa Lind, a baker.\n“Nobody can pay this. Nobody.”\nThe market closed early.';
    const doc = tokenised(text);
    addEntity(doc, 'Rosa Lind', 'PERSON', { id: 'a4' });
    findQuotes(doc);
    expect(doc.quotes[1]!.speaker).toBe('a4');
    expect(doc.quotes[1]!.rule).toContain('continuation');
    expect(spanText(doc, 1)).toBe('Rosa Lind');
  });

  it('attributes a multi-paragraph quote from its closing attribution', () => {
    const doc = tokenised('“Harvests failed twice.\n“We have nothing left to sell,” said Omar Tahir, a farmer.');
    addEntity(doc, 'Omar Tahir', 'PERSON', { id: 'a6' });
    findQuotes(doc);
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['a6', 'a6']);
  });

  it('keeps the relative pronoun in the speaker span and resolves its antecedent', () => {
    const doc = tokenised('The plan came from Mayor Ines Roca, who called it “a fair deal”.');
    addEntity(doc, 'Ines Roca', 'PERSON', { id: 'a8' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Mayor Ines Roca, who');
    expect(doc.quotes[0]!.speaker).toBe('a8');
  });

  it('gives a participle after an attribution clause to that clause’s speaker', () => {
    const doc = tokenised('“We are ready,” Dana Kim said, adding: “The trucks leave at dawn.”');
    addEntity(doc, 'Dana Kim', 'PERSON', { id: 'a2' });
    findQuotes(doc);
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['a2', 'a2']);
    expect(doc.quotes[1]!.cue).toBe('adding');
  });

  it('reads the possessor of a speech noun as the speaker', () => {
    const doc = tokenised('Critics seized on Ms Varga’s remark that “the port is a lost cause”.');
    addEntity(doc, 'Varga', 'PERSON', { id: 'a3' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Ms Varga’s');
    expect(doc.quotes[0]!.speaker).toBe('a3');
    expect(doc.quotes[0]!.rule).toContain('before.possessive-noun');
  });

  it('does not carry an attribution across a clause with its own cue', () => {
    const doc = tokenised('Ms Varga said the floods were “biblical”, and Mr Holm warned of “worse to come”.');
    addEntity(doc, 'Varga', 'PERSON', { id: 'a3' });
    addEntity(doc, 'Holm', 'PERSON', { id: 'a4' });
    findQuotes(doc);
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['a3', 'a4']);
  });

  it('reads a dash source line and a clause-final verb the tagger took for a noun', () => {
    const doc = tokenised('“Taxes must fall.” – Ana Ortiz.\n“Prices are stable,” the bank notes.');
    addEntity(doc, 'Ana Ortiz', 'PERSON', { id: 'a1' });
    findQuotes(doc);
    expect(doc.quotes[0]!.speaker).toBe('a1');
    expect(doc.quotes[0]!.rule).toContain('after.dash-source');
    expect(spanText(doc, 1)).toBe('the bank');
  });

  it('keeps speaker null when nothing attributes the quote', () => {
    const doc = tokenised('“Never again” was painted on the wall.\nThe slogan “Peace now” spread quickly.');
    findQuotes(doc);
    expect(doc.quotes).toHaveLength(2);
    expect(doc.quotes.every((q) => q.speaker === null && q.speakerSpan === null)).toBe(true);
  });

  it('continues one quote across paragraphs, one record per paragraph with the same speaker', () => {
    const doc = tokenised('Judge Amir Haddad said: “The law is clear.\n“No one is above it.”\nCourt adjourned.');
    addEntity(doc, 'Amir Haddad', 'PERSON', { id: 'a5' });
    findQuotes(doc);
    expect(doc.quotes.map((q) => q.text)).toEqual(['The law is clear.', 'No one is above it.']);
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['a5', 'a5']);
    expect(doc.quotes[1]!.rule).toContain('shared.multi-paragraph');
  });
});

describe('quotes stage: speakers', () => {
  it('resolves "he said" to the previous speaker and records a mention', () => {
    const text = 'Foreign minister Karl Weiss met Anna Roth on Monday. “Talks went well,” Mr Weiss said.\n“We will meet again,” he added.';
    const doc = tokenised(text);
    addEntity(doc, 'Karl Weiss', 'PERSON', { id: 'a1' });
    addEntity(doc, 'Anna Roth', 'PERSON', { id: 'a2' });
    addEntity(doc, 'Weiss', 'PERSON', { id: 'a1' }, 1);
    findQuotes(doc);
    expect(doc.quotes[1]!.speaker).toBe('a1');
    expect(spanText(doc, 1)).toBe('he');
    expect(doc.mentions).toEqual([expect.objectContaining({ id: 'm1', text: 'he', actor: 'a1', rule: 'quotes.pronoun.previous-speaker' })]);
  });

  it('skips a previous speaker of the wrong gender', () => {
    const text = 'Ms Clara Diaz spoke first. “It is late,” Mr Omar Said said. “We waited for years,” she added.';
    const doc = tokenised(text);
    addEntity(doc, 'Clara Diaz', 'PERSON', { id: 'a1' });
    addEntity(doc, 'Omar Said', 'PERSON', { id: 'a2' });
    findQuotes(doc);
    expect(doc.quotes[0]!.speaker).toBe('a2');
    expect(doc.quotes[1]!.speaker).toBe('a1');
    expect(doc.mentions[0]!.rule).toBe('quotes.pronoun.recent-person');
  });

  it('falls back to the most recent person for a pronoun with no earlier attribution', () => {
    const doc = tokenised('Police chief Ivo Marek visited the scene. “We have a suspect,” he said.');
    addEntity(doc, 'Ivo Marek', 'PERSON', { id: 'a9' });
    findQuotes(doc);
    expect(doc.quotes[0]!.speaker).toBe('a9');
  });

  it('resolves a role noun to the actor holding that role, else keeps only the span', () => {
    const doc = tokenised('Spokesman Juan Perez met the press. “No comment,” the spokesman said. “It is calm,” officials said.');
    addEntity(doc, 'Juan Perez', 'PERSON', { id: 'a1', roles: ['spokesman'] });
    findQuotes(doc);
    expect(doc.quotes[0]!.speaker).toBe('a1');
    expect(doc.quotes[1]!.speaker).toBeNull();
    expect(spanText(doc, 1)).toBe('officials');
  });

  it('lets the possessor speak for a phrase that is not a role', () => {
    const doc = tokenised('Aides agreed. From Ms Lund’s Facebook post: “We move on.”');
    addEntity(doc, 'Lund', 'PERSON', { id: 'a3' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Ms Lund’s Facebook post');
    expect(doc.quotes[0]!.speaker).toBe('a3');
    expect(doc.quotes[0]!.rule).toContain('before.label-colon');
  });

  it('runs as a pipeline stage after the stages it needs', () => {
    const fake = { name: 'fake-actors', needs: [], provides: ['entities', 'actors'] as const, run() {} };
    const pipe = composePipeline([tokensStage, { ...fake, provides: [...fake.provides] }, quotesStage]);
    const doc = pipe.run({ text: '“Yes,” she said.' });
    expect(doc.quotes).toHaveLength(1);
    expect(() => composePipeline([tokensStage, quotesStage])).toThrow(/needs "entities"/);
  });
});
