import { describe, expect, it } from 'vitest';
import { eventPatterns, validateEventPatterns } from '../../knowledge/event-patterns.js';
import { plover, PLOVER_TYPES, intensityOf, currentType } from '../../knowledge/plover.js';
import { createPipeline } from '../../index.js';

const pipeline = createPipeline();

describe('event ontology', () => {
  it('defines the 16 PLOVER types with classes, modes and scores on the documented scale', () => {
    const p = plover();
    expect(Object.keys(p.types).sort()).toEqual([...PLOVER_TYPES].sort());
    expect(intensityOf('ASSAULT', 'aerial')).toBeLessThan(intensityOf('ACCUSE'));
    expect(intensityOf('AID')).toBeGreaterThan(intensityOf('CONSULT'));
    expect(p.types.AGREE.kind).toBe('intent');
    expect(p.types.ASSAULT.kind).toBe('material');
    expect(currentType('FIGHT')).toBe('ASSAULT');
    expect(currentType('DEMAND')).toBe('REQUEST');
  });

  it('covers every type with triggers and rejects a broken pattern', () => {
    const { patterns } = eventPatterns();
    for (const t of PLOVER_TYPES) expect(patterns.filter((p) => p.type === t).length, t).toBeGreaterThanOrEqual(5);
    const broken = { patterns: [{ id: 'consult.x', type: 'CONSULT', mode: 'aerial', pos: 'verb', words: 'meet', example: 'A long enough example.' }] };
    expect(() => validateEventPatterns(broken)).toThrow(/not a mode of CONSULT/);
  });
});

describe('every pattern fires on its own example', () => {
  for (const p of eventPatterns().patterns) {
    it(p.id, () => {
      const doc = pipeline.run({ text: p.example, published: '2024-03-15' });
      const fired = doc.events.filter((e) => e.rule.split(/[:+]/)[0] === p.id);
      expect(fired.map((e) => e.type), JSON.stringify(doc.events.map((e) => [e.rule, e.type]))).toContain(p.type);
    });
  }
});
