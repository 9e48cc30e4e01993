import { describe, expect, it } from 'vitest';
import { spikeAlerts } from './alerts.js';
import { alertConfig, DEFAULT_ALERT_CONFIG } from './config.js';
import { addDays } from './days.js';
import { eventsOf, noisyStories, seeded, type StorySpec } from './synthetic.js';
import { breakingAlerts } from './breaking.js';

const COUNTRIES = ['AFG', 'PAK', 'IRN', 'TJK', 'UZB', 'TKM', 'KGZ', 'KAZ', 'CHN', 'IND'];

describe('spike alerts', () => {
  const rnd = seeded(7);
  const start = '2021-01-01';
  const background = noisyStories(rnd, { start, days: 120, countries: COUNTRIES, rate: 1.5, contexts: ['migration', 'terrorism'], contextRate: 0.2 });
  const rise = addDays(start, 100);
  const injected: StorySpec[] = Array.from({ length: 14 }, (_, i) => ({
    day: rise, type: 'ASSAULT', source: 'AFG', place: 'AFG', contexts: ['terrorism'], copies: 1 + (i % 3),
  }));
  const events = eventsOf([...background, ...injected]);
  const alerts = spikeAlerts(events, { from: addDays(start, 60), to: addDays(start, 119) });

  it('flags the injected rise on the right day and keys, first', () => {
    const afg = alerts.filter((a) => a.dimension === 'country' && a.key === 'AFG');
    expect(afg.map((a) => a.day)).toEqual([rise]);
    expect(alerts.some((a) => a.dimension === 'context' && a.key === 'terrorism' && a.day === rise)).toBe(true);
    expect(alerts[0]!.day).toBe(rise);
    expect(afg[0]!.count).toBeGreaterThanOrEqual(14);
    expect(afg[0]!.p).toBeLessThan(DEFAULT_ALERT_CONFIG.pValue);
  });

  it('counts copies of a story once and carries its evidence', () => {
    const a = alerts.find((x) => x.dimension === 'country' && x.key === 'AFG')!;
    const injectedStories = new Set(events.filter((e) => e.date === rise && e.type === 'ASSAULT' && e.placeCountry === 'AFG').map((e) => e.storyId));
    expect(a.count).toBeLessThan(14 + 15); // 28 copies would be counted without story dedup
    expect(a.events.length).toBe(DEFAULT_ALERT_CONFIG.maxEvidence);
    expect(new Set(a.events.map((e) => e.storyId)).size).toBe(a.events.length);
    expect(a.events.filter((e) => injectedStories.has(e.storyId)).length).toBeGreaterThan(5);
    expect(a.articles.length).toBe(a.events.length);
    expect(a.events.every((e) => e.date === rise)).toBe(true);
  });

  it('ranks by surprise', () => {
    for (let i = 1; i < alerts.length; i++) expect(alerts[i - 1]!.surprise).toBeGreaterThanOrEqual(alerts[i]!.surprise);
  });

  it('does not flag a minimum count it has not reached', () => {
    const few = spikeAlerts(events, { from: rise, to: rise }, { minCount: 1000 });
    expect(few).toEqual([]);
  });
});

describe('false alerts on a stable series', () => {
  it.each([['negbin', 0.001], ['negbin', 0.01], ['poisson', 0.01]] as const)('%s stays within the documented rate (pValue %s per tested key-day) over 365 days', (method, pValue) => {
    const countries = Array.from({ length: 60 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    const rnd = seeded(2024);
    const stories = noisyStories(rnd, { start: '2022-01-01', days: 365 + 28, countries, rate: 3, targets: ['ZZZ'] });
    const events = eventsOf(stories);
    const c = { method, pValue, dimensions: ['country' as const], maxAlerts: 100_000 };
    const from = '2022-01-29', to = addDays('2022-01-01', 365 + 27);
    const alerts = spikeAlerts(events, { from, to }, c).filter((a) => a.key !== 'ZZZ');
    const tested = countries.length * 365;
    expect(alerts.length).toBeLessThanOrEqual(pValue * tested);
  });
});

describe('breaking alerts', () => {
  const c = alertConfig({ breakingCopies: 5, breakingHours: 12 });
  const copy = (storyId: number, time: string, i: number) => ({ articleId: `a${storyId}-${i}`, storyId, time, title: `t${storyId}`, url: null });
  it('flags a story that gets many copies within hours, not one that trickles', () => {
    const fast = [0, 1, 2, 3, 5, 9].map((h, i) => copy(1, `2021-08-23T${String(h).padStart(2, '0')}:00:00Z`, i));
    const slow = [0, 1, 2, 3, 4, 5].map((d, i) => copy(2, addDays('2021-08-20', d), i));
    const out = breakingAlerts([...fast, ...slow], '2021-08-23', '2021-08-23', c);
    expect(out.map((a) => a.storyId)).toEqual([1]);
    expect(out[0]!.copies).toBe(6);
    expect(out[0]!.articles.length).toBe(6);
    expect(breakingAlerts(fast, '2021-08-24', '2021-08-30', c)).toEqual([]);
  });
});

describe('alert config', () => {
  it('has defaults and takes overrides', () => {
    expect(alertConfig({})).toEqual({ ...DEFAULT_ALERT_CONFIG });
    expect(alertConfig({ pValue: 0.01 }).pValue).toBe(0.01);
  });
  it('rejects unknown keys and bad values', () => {
    expect(() => alertConfig({ pvalue: 0.01 })).toThrow(/unknown alert setting "pvalue"/);
    expect(() => alertConfig({ pValue: 2 })).toThrow(/pValue/);
    expect(() => alertConfig({ minCount: 2.5 })).toThrow(/minCount/);
    expect(() => alertConfig({ dimensions: ['planet'] })).toThrow(/dimensions/);
    expect(() => alertConfig({ baselineDays: 10, minBaselineDays: 20 })).toThrow(/minBaselineDays/);
    expect(() => alertConfig([])).toThrow(/object/);
  });
});
