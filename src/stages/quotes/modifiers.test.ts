import { describe, expect, it } from 'vitest';
import type { Doc } from '../../types.js';
import { findQuotes } from './index.js';
import { addEntity, tokenised } from './test-doc.js';

const spanText = (doc: Doc, i: number) => {
  const s = doc.quotes[i]!.speakerSpan;
  return s ? doc.text.slice(s.start, s.end) : null;
};

describe('quotes stage: speaker phrases with modifiers and relative clauses', () => {
  it('reads a speaker after the quote past several appositives', () => {
    const doc = tokenised('“The mill will reopen,” Ilse Karsten, 58, a foreman at the plant, said on Tuesday.');
    addEntity(doc, 'Ilse Karsten', 'PERSON', { id: 'a1' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Ilse Karsten');
    expect(doc.quotes[0]!.speaker).toBe('a1');
    expect(doc.quotes[0]!.rule).toContain('after.speaker-cue');
  });

  it('reads a speaker after the quote past an attached phrase', () => {
    const doc = tokenised('“Rates will fall,” Omar Lindqvist of the Harbour Policy Institute wrote last week.');
    addEntity(doc, 'Omar Lindqvist', 'PERSON', { id: 'a2' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Omar Lindqvist');
    expect(doc.quotes[0]!.cue).toBe('wrote');
  });

  it('gives words reported through a "that" clause on an object to the main subject', () => {
    const doc = tokenised('Governor Petra Nyberg released a new advert that urges voters to “stand firm” in March.');
    addEntity(doc, 'Petra Nyberg', 'PERSON', { id: 'a3' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Governor Petra Nyberg');
    expect(doc.quotes[0]!.speaker).toBe('a3');
  });

  it('keeps a person named in a "who" clause as the speaker', () => {
    const doc = tokenised('The mayor met Jonas Aberg, who said the bridge was “perfectly safe”.');
    addEntity(doc, 'Jonas Aberg', 'PERSON', { id: 'a4' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Jonas Aberg, who');
    expect(doc.quotes[0]!.speaker).toBe('a4');
  });
});

describe('quotes stage: inverted and participle attributions before the quote', () => {
  it('reads an inverted cue before a colon', () => {
    const doc = tokenised('The hearing went on. Added Nadia Kovac: “We will appeal.”');
    addEntity(doc, 'Nadia Kovac', 'PERSON', { id: 'a5' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Nadia Kovac');
    expect(doc.quotes[0]!.speaker).toBe('a5');
  });

  it('gives an opening participle clause the subject of the main clause after the quote', () => {
    const doc = tokenised('In calling the tariff “a blunder,” the finance minister again broke with the cabinet.');
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('the finance minister');
    expect(doc.quotes[0]!.rule).toContain('before.participle-main-subject');
  });

  it('attributes a quote that trails off to the name after it', () => {
    const doc = tokenised('Rahel Dune smiled. “Well, we will look at many people…” Anna Stoltz said.');
    addEntity(doc, 'Anna Stoltz', 'PERSON', { id: 'a6' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Anna Stoltz');
    expect(doc.quotes[0]!.speaker).toBe('a6');
  });
});
