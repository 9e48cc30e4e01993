import { describe, expect, it } from 'vitest';
import { dailySeries } from './series.js';
import { intensityOf, intensityScale, validateScale } from './intensity.js';
import { poissonUpper } from './poisson.js';
import { eventsOf } from './synthetic.js';

describe('intensity scale', () => {
  it('reads every PLOVER type from ontology/plover.json, modes overriding types', () => {
    const s = intensityScale();
    expect(Object.keys(s.types)).toHaveLength(16);
    expect(intensityOf('ASSAULT', null)).toBeLessThan(intensityOf('THREATEN', null));
    expect(intensityOf('THREATEN', null)).toBeLessThan(0);
    expect(intensityOf('AID', null)).toBeGreaterThan(intensityOf('CONSULT', null));
    expect(intensityOf('AID', 'peacekeeping')).not.toBe(intensityOf('AID', null));
    expect(intensityOf('AID', 'no-such-mode')).toBe(intensityOf('AID', null));
  });
  it('rejects a scale missing a type or out of range', () => {
    const s = structuredClone(intensityScale());
    delete (s.types as Record<string, unknown>).AID;
    expect(() => validateScale(s)).toThrow(/AID is missing/);
    const t = structuredClone(intensityScale());
    t.types.ASSAULT!.intensity = -11;
    expect(() => validateScale(t)).toThrow(/ASSAULT.intensity/);
  });
});

describe('poisson tail', () => {
  it('matches known values', () => {
    expect(poissonUpper(0, 3)).toBe(1);
    expect(poissonUpper(1, 3)).toBeCloseTo(1 - Math.exp(-3), 12);
    expect(poissonUpper(10, 2)).toBeCloseTo(4.6498e-5, 8);
    expect(poissonUpper(3, 1000)).toBe(1);
    expect(poissonUpper(1200, 1000)).toBeGreaterThan(0);
    expect(poissonUpper(1200, 1000)).toBeLessThan(1e-8);
  });
});

describe('daily series', () => {
  const events = eventsOf([
    { day: '2021-08-23', type: 'ASSAULT', source: 'AFG', target: 'PAK', contexts: ['terrorism'], copies: 5 },
    { day: '2021-08-23', type: 'AID', source: 'USA', target: 'AFG', place: 'QAT' },
    { day: '2021-08-23', type: 'ASSAULT', source: 'AFG', negated: true },
    { day: '2021-08-24', type: 'THREATEN', source: 'AFG', hypothetical: true },
  ]);
  it('counts each story once per day and key, with its mean intensity', () => {
    const afg = dailySeries(events, 'country', { keys: ['AFG'] });
    expect(afg).toEqual([{ day: '2021-08-23', key: 'AFG', count: 2, intensity: (intensityOf('ASSAULT', null) + intensityOf('AID', null)) / 2 }]);
  });
  it('keys countries by source, target and place; dyads ordered; contexts and types', () => {
    expect(dailySeries(events, 'country').map((p) => p.key)).toEqual(['AFG', 'PAK', 'QAT', 'USA']);
    expect(dailySeries(events, 'dyad').map((p) => p.key)).toEqual(['AFG>PAK', 'USA>AFG']);
    expect(dailySeries(events, 'context')).toEqual([{ day: '2021-08-23', key: 'terrorism', count: 1, intensity: intensityOf('ASSAULT', null) }]);
    expect(dailySeries(events, 'type').map((p) => `${p.key}:${p.count}`)).toEqual(['AID:1', 'ASSAULT:1']);
  });
});
