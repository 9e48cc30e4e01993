import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { addEntity, spanText, tokenised } from './test-doc.js';

describe('quotes stage: the outer reporter of nested reported speech', () => {
  it('gives a quote inside a reported clause to the reporter', () => {
    const doc = tokenised('Councillor Rafe Dunmore said the mayor had called the levy “a fair price” in June.');
    addEntity(doc, 'Rafe Dunmore', 'PERSON', { id: 'a1' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Councillor Rafe Dunmore');
    expect(doc.quotes[0]!.speaker).toBe('a1');
    expect(doc.quotes[0]!.rule).toContain('outer-reporter');
  });

  it('climbs past a listener and a pronoun subject', () => {
    const doc = tokenised('Ingrid Soll told reporters that she thought the count was “badly rushed.”');
    addEntity(doc, 'Ingrid Soll', 'PERSON', { id: 'a2' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Ingrid Soll');
    expect(doc.quotes[0]!.speaker).toBe('a2');
  });

  it('keeps the speaker of a relative clause on an object', () => {
    const doc = tokenised('The union praised Dara Fenwick, who said the deal was “long overdue.”');
    addEntity(doc, 'Dara Fenwick', 'PERSON', { id: 'a3' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Dara Fenwick, who');
    expect(doc.quotes[0]!.speaker).toBe('a3');
  });

  it('keeps a speaker whose cue is not inside another report', () => {
    const doc = tokenised('After the vote, Piet Arlow said the result was “a clear message.”');
    addEntity(doc, 'Piet Arlow', 'PERSON', { id: 'a4' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Piet Arlow');
    expect(doc.quotes[0]!.rule).not.toContain('outer-reporter');
  });

  it('gives a naming inside "what he calls" to the clause subject', () => {
    const doc = tokenised('Senator Olga Brandt railed against what she calls a “rigged budget” on Monday.');
    addEntity(doc, 'Olga Brandt', 'PERSON', { id: 'a5' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Senator Olga Brandt');
    expect(doc.quotes[0]!.speaker).toBe('a5');
  });

  it('leaves "what he said" with its own speaker', () => {
    const doc = tokenised('The real test is what he said about the “open door” rule.');
    findQuotes(doc);
    expect(doc.quotes[0]!.rule).not.toContain('outer-reporter');
  });

  it('reads the reporter past "however", an age and a state abbreviation', () => {
    const doc = tokenised('Milo Grant, 31, of Dayton, Ohio, however said he thought the turnout was “a disgrace.”');
    addEntity(doc, 'Milo Grant', 'PERSON', { id: 'a6' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Milo Grant');
    expect(doc.quotes[0]!.speaker).toBe('a6');
  });

  it('prefers the named speaker of an introducing cue over a pronoun after the quote', () => {
    const doc = tokenised('Wendy Orr fired back: “Not on my watch,” she wrote. The minister said: “We will see,” the paper reported.');
    addEntity(doc, 'Wendy Orr', 'PERSON', { id: 'a7' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Wendy Orr');
    expect(doc.quotes[0]!.rule).toContain('before.introducing-cue');
    expect(spanText(doc, 1)).toBe('the paper');
  });

  it('gives an absolute participle clause to its own subject', () => {
    const doc = tokenised('The two leaders issued a statement – Mr Varga saying he was “hopeful” and Ms Holt calling it “a start.”');
    addEntity(doc, 'Varga', 'PERSON', { id: 'a8' });
    addEntity(doc, 'Holt', 'PERSON', { id: 'a9' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Mr Varga');
    expect(spanText(doc, 1)).toBe('Ms Holt');
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['a8', 'a9']);
  });

  it('lets the nearer mention of the same speaker carry a continued quote', () => {
    const doc = tokenised('“We will rebuild the pier,” Ana Ortiz said. Ortiz then turned to the crowd. “Who will pay for it?”');
    addEntity(doc, 'Ana Ortiz', 'PERSON', { id: 'a1' });
    addEntity(doc, 'Ortiz', 'PERSON', { id: 'a1' }, 1);
    findQuotes(doc);
    expect(spanText(doc, 1)).toBe('Ortiz');
    expect(doc.quotes[1]!.speaker).toBe('a1');
    expect(doc.quotes[1]!.rule).toContain('continuation');
  });

  it('gives a passive cue to its by-agent', () => {
    const doc = tokenised('The mayor was asked by reporter Lena Holm whether the budget was “a fantasy.”');
    addEntity(doc, 'Lena Holm', 'PERSON', { id: 'a1' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('reporter Lena Holm');
    expect(doc.quotes[0]!.speaker).toBe('a1');
  });

  it('reads a subject past "two weeks ago" and an abbreviation in brackets', () => {
    const doc = tokenised('The port authority less than two weeks ago said the cranes were “fully booked.” Rep. Ian Moss (R-Ky.) said the levy was fair, and called it “a modest step.”');
    addEntity(doc, 'Ian Moss', 'PERSON', { id: 'a2' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('The port authority');
    expect(spanText(doc, 1)).toBe('Rep. Ian Moss (R-Ky.)');
    expect(doc.quotes[1]!.speaker).toBe('a2');
  });
});
