import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';

const pipeline = createPipeline();

describe('quotes: a dateline is never the speaker', () => {
  it('gives ", saying" the subject after the dateline, not the dateline city', () => {
    const doc = pipeline.run({ text: 'LUSAKA, March 3 (Newswire) - Zambia\'s finance minister, Ada Phiri, defended the budget on Monday, saying there was "no other way".', published: '2024-03-04' });
    const q = doc.quotes[0]!;
    expect(doc.actors.find((a) => a.id === q.speaker)?.name).toBe('Ada Phiri');
  });
});

describe('quotes: an unnamed spokesman speaks for the organisation named after "for"', () => {
  it('links "a spokeswoman for the African Union" to the African Union', () => {
    const doc = pipeline.run({ text: '"The talks will resume on Monday," said a spokeswoman for the African Union.', published: '2024-03-04' });
    const q = doc.quotes[0]!;
    expect(doc.actors.find((a) => a.id === q.speaker)?.name).toBe('African Union');
    expect(q.rule).toContain('speaker.affiliation');
  });

  it('links no one when the phrase names no organisation', () => {
    const doc = pipeline.run({ text: '"The talks will resume on Monday," said a spokeswoman.', published: '2024-03-04' });
    expect(doc.quotes[0]!.speaker).toBeNull();
  });
});

describe('quotes: "it" in its subject\'s sentence', () => {
  it('gives "what it called" the sentence subject, not the actor named last', () => {
    const doc = pipeline.run({ text: 'Oslo summoned Russia\'s ambassador to protest what it called "reckless flights" near its coast.', published: '2024-03-04' });
    const q = doc.quotes[0]!;
    expect(doc.actors.find((a) => a.id === q.speaker)?.country).toBe('NOR');
  });
});
