import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SteppeError } from '../errors.js';
import { composePipeline } from '../pipeline.js';
import { contextsStage } from '../stages/contexts/index.js';
import { tokensStage } from '../stages/tokens/index.js';
import { lexiconForms, loadContexts, ontologyFile, plural, termForms, validateContexts } from './contexts.js';

const raw = () => JSON.parse(readFileSync(ontologyFile('contexts.json'), 'utf8'));
const analyse = (text: string) => composePipeline([tokensStage, contextsStage]).run({ text }).contexts;

describe('ontology/contexts.json', () => {
  it('is valid: ids, descriptions, terms, no term in two contexts unless shared', () => {
    const lex = validateContexts(raw());
    expect(lex.contexts.length).toBeGreaterThanOrEqual(20);
    for (const id of ['terrorism', 'illegal_drugs', 'migration', 'military', 'humanitarian', 'elections', 'economic', 'health', 'environment', 'disaster']) {
      expect(lex.contexts.map((c) => c.id)).toContain(id);
    }
    expect(lexiconForms(lex).length).toBeGreaterThan(500);
  });

  it('finds every context in its own example sentence, and not in its counterexample', () => {
    for (const c of loadContexts().contexts) {
      expect(analyse(c.example), `${c.id}: ${c.example}`).toContain(c.id);
      if (c.counterexample) expect(analyse(c.counterexample), `${c.id}: ${c.counterexample}`).not.toContain(c.id);
    }
  });

  it('rejects a term claimed by two contexts, a missing field, a term that is also a negative', () => {
    const base = (terms: string[], id = 'a') => ({ id, description: 'd', terms, example: 'e' });
    expect(() => validateContexts({ contexts: [base(['refugee']), base(['refugees'], 'b')] })).toThrow(/both a and b/);
    expect(() => validateContexts({ shared: ['refugee'], contexts: [base(['refugee']), base(['refugee'], 'b')] })).not.toThrow();
    expect(() => validateContexts({ contexts: [{ id: 'a', terms: ['x'], example: 'e' }] })).toThrow(SteppeError);
    expect(() => validateContexts({ contexts: [{ ...base(['war']), negative: ['war'] }] })).toThrow(/both term and negative/);
    expect(() => validateContexts({ contexts: [base(['ok']), base(['other'])] })).toThrow(/duplicate context id/);
    expect(() => validateContexts({ contexts: [base([''])] })).toThrow(/non-empty/);
  });

  it('inflects the last word of a term unless it is marked exact', () => {
    expect(plural('refugee')).toBe('refugees');
    expect(plural('army')).toBe('armies');
    expect(plural('church')).toBe('churches');
    expect(plural('aid')).toBeNull();
    expect(termForms('asylum seeker')).toEqual([['asylum', 'seeker'], ['asylum', 'seekers']]);
    expect(termForms('=islamic state')).toEqual([['islamic', 'state']]);
    expect(termForms("women's rights")).toEqual([['women', 'rights']]);
  });
});
