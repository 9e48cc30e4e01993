import { describe, expect, it } from 'vitest';
import type { Entity, EntityInfo } from '../types.js';
import { facts, factsOf, NO_FACTS } from './facts.js';

const entity = (info?: EntityInfo): Entity => ({ id: 'e1', type: 'ORG', text: 'Halyk Bank', start: 0, end: 10, t0: 0, t1: 2, rule: 'r', sources: ['r'], info, actor: undefined });

describe('facts', () => {
  it('reads every field of an info, whatever fields and order it was written with', () => {
    const f = facts(entity({ ref: 'org:halyk', sector: 'BUS', country: 'KAZ' }));
    expect(f).toEqual({ country: 'KAZ', sector: 'BUS', kind: undefined, canonical: undefined, code: undefined, ref: 'org:halyk', metonym: undefined, role: undefined, gender: undefined });
    expect(facts(entity({ role: 'minister', gender: 'f' })).gender).toBe('f');
  });

  it('gives the same record for the same info, and NO_FACTS without one', () => {
    const info: EntityInfo = { country: 'UZB', kind: 'country' };
    expect(factsOf(info)).toBe(factsOf(info));
    expect(facts(entity())).toBe(NO_FACTS);
    expect(facts(null)).toBe(NO_FACTS);
    expect(Object.values(NO_FACTS).every((v) => v === undefined)).toBe(true);
  });
});
