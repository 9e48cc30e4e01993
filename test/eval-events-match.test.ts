import { describe, expect, it } from 'vitest';
import { matchRecord, type GoldRecord } from '../eval/events-match.js';
import type { Actor, Analysis, Event } from '../src/types.js';

const iso3 = new Set(['HUN', 'ROU', 'USA', 'JOR', 'IRQ']);
const actor = (id: string, country: string | null): Actor => ({ id, name: id, kind: 'country', country, sector: null, roles: [], code: null, mentions: [], rule: 'test' });
const event = (type: Event['type'], source: string[], target: string[], negated = false): Event => ({
  id: 'v', type, mode: null, contexts: [], source, target, date: null, place: null, negated, hypothetical: false, sentence: 0,
  trigger: { start: 0, end: 1 }, evidence: { start: 0, end: 1 }, rule: 'test', confidence: 1,
});
const analysis = (events: Event[]): Analysis => ({
  schema: 1, id: 'x', published: null, language: 'en', sentences: [], entities: [], mentions: [], quotes: [], dates: [], places: [], contexts: [],
  actors: [actor('hu', 'HUN'), actor('ro', 'ROU'), actor('us', 'USA'), actor('iq', 'IRQ'), actor('un', null)], events,
});
const rec = (event: string, source: string[], target: string[]): GoldRecord => ({
  id: 'r', event, text: '', source: source.map((code) => ({ code })), target: target.map((code) => ({ code })),
});

describe('PLOVER GSR matching rule', () => {
  it('maps older labels and needs the type among non-negated events', () => {
    expect(matchRecord(rec('FIGHT', ['USA'], ['IRQ']), analysis([event('ASSAULT', ['us'], ['iq'])]), iso3).full).toBe(true);
    expect(matchRecord(rec('FIGHT', ['USA'], ['IRQ']), analysis([event('ASSAULT', ['us'], ['iq'], true)]), iso3).typeFound).toBe(false);
    expect(matchRecord(rec('DEMAND', ['USA'], []), analysis([event('REQUEST', ['us'], [])]), iso3).full).toBe(true);
  });

  it('matches sides by country, any target when the gold has none, and needs an actor for non-country codes', () => {
    const a = analysis([event('AGREE', ['hu', 'ro'], [])]);
    expect(matchRecord(rec('AGREE', ['HUN', 'ROU'], []), a, iso3).full).toBe(true);
    expect(matchRecord(rec('AGREE', ['JOR'], []), a, iso3).full).toBe(false);
    expect(matchRecord(rec('AGREE', ['HUN'], ['IGO']), a, iso3).full).toBe(false);
    expect(matchRecord(rec('AGREE', ['HUN'], ['IGO']), analysis([event('AGREE', ['hu'], ['un'])]), iso3).full).toBe(true);
    // one single event must carry both sides
    const split = analysis([event('ACCUSE', ['us'], []), event('ACCUSE', ['hu'], ['iq'])]);
    expect(matchRecord(rec('ACCUSE', ['USA'], ['IRQ']), split, iso3)).toEqual({ typeFound: true, full: false, sourceOnly: true });
  });
});
