import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { addEntity, spanText, tokenised } from './test-doc.js';

describe('quotes stage: source lines and closing clauses', () => {
  it('reads a dash line in the next paragraph as the source of a paragraph-long quote', () => {
    const doc = tokenised('We checked three claims.\n\n"Rents have doubled in five years."\n\n- Nora Vilde.\n\nThe figure is close.');
    addEntity(doc, 'Nora Vilde', 'PERSON', { id: 'a1' });
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Nora Vilde');
    expect(doc.quotes[0]!.speaker).toBe('a1');
    expect(doc.quotes[0]!.rule).toContain('after.dash-source-line');
  });

  it('reads a dash source followed by a comma only when it is a name', () => {
    const doc = tokenised('"The port is open." -Mayor Ansel Roe, writing on Friday. The sign read only - "open" - three times, in red.');
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Mayor Ansel Roe');
    expect(doc.quotes[1]!.rule).not.toContain('dash-source');
  });

  it('reads a bare attribution after a quote that ends in a full stop', () => {
    const doc = tokenised('"Bring the papers tomorrow." Halloran said. "We lost." Halloran said the vote was rigged.');
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Halloran');
    expect(doc.quotes[0]!.rule).toContain('after.closing-clause');
    expect(doc.quotes[1]!.rule).not.toContain('after.closing-clause');
  });

  it('reads talk-about and remember cues', () => {
    const doc = tokenised('Ms Adair often talks about “a harbour for everyone.” “It rained for a week,” remembered Tove Lind.');
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Ms Adair');
    expect(doc.quotes[0]!.cue).toBe('talks about');
    expect(spanText(doc, 1)).toBe('Tove Lind');
  });

  it('reads a demonstrative speaker phrase and a phrase attached by "on"', () => {
    const doc = tokenised('“The mill will close,” this official told the paper. “Fares rise in May,” a member on the board said. “No!” the crowd cried.');
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('this official');
    expect(spanText(doc, 1)).toBe('a member');
    expect(doc.quotes[1]!.cue).toBe('said');
    expect(spanText(doc, 2)).toBe('the crowd');
  });

  it('reads a present-tense verb the tagger took for a plural noun as the clause verb', () => {
    const doc = tokenised('On its website, the agency lists “flood defence as its first duty.” The council’s “green plan” was late.');
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('the agency');
    expect(doc.quotes[0]!.rule).toContain('clause-subject');
    expect(spanText(doc, 1)).toBeNull();
  });

  it('reads a source after a horizontal-bar dash (―)', () => {
    const doc = tokenised('Readers wrote in. “The ferry is late again.” ― Oskar Brandt “Fix the timetable.” ― Mia Sol, Bergen.');
    findQuotes(doc);
    expect(spanText(doc, 0)).toBe('Oskar Brandt');
    expect(spanText(doc, 1)).toBe('Mia Sol');
    expect(doc.quotes[0]!.rule).toContain('dash-source');
  });
});
