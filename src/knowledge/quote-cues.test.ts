import { describe, expect, it } from 'vitest';
import { buildCueLexicon, quoteCues, validateCues } from './quote-cues.js';

describe('quote cue lexicon (ontology/quote-cues.json)', () => {
  it('loads, with ids, forms and an example whose text uses one of the forms', () => {
    const lex = quoteCues();
    expect(lex.entries.length).toBeGreaterThan(40);
    for (const e of lex.entries) {
      const example = e.example.toLowerCase();
      expect(e.forms.some((f) => example.includes(f.toLowerCase())), `${e.id}: ${e.example}`).toBe(true);
    }
    expect(lex.byFirst.get('said')?.[0]?.id).toBe('verb.say');
    expect(lex.byFirst.get('according')?.[0]?.kind).toBe('source-after');
  });

  it('puts longer forms first so "went on to say" wins over "went on"', () => {
    const lex = buildCueLexicon(validateCues({ cues: [{ id: 'x', kind: 'verb', forms: ['went on', 'went on to say'], example: 'he went on to say' }] }));
    expect(lex.byFirst.get('went')!.map((f) => f.words.join(' '))).toEqual(['went on to say', 'went on']);
  });

  it('rejects malformed entries with a message naming them', () => {
    expect(() => validateCues({})).toThrow(/"cues" must be a list/);
    expect(() => validateCues({ cues: [{ id: 'a', kind: 'verb', forms: [], example: 'x' }] })).toThrow(/"a" needs a non-empty list/);
    expect(() => validateCues({ cues: [{ id: 'a', kind: 'shout', forms: ['x'], example: 'x' }] })).toThrow(/unknown kind/);
    const dup = { id: 'a', kind: 'verb', forms: ['x'], example: 'x' };
    expect(() => validateCues({ cues: [dup, dup] })).toThrow(/duplicated/);
  });
});
