import { describe, expect, it } from 'vitest';
import { analyze } from '../../index.js';
import type { Analysis, PloverType } from '../../types.js';

const run = (text: string) => analyze({ text, published: '2020-01-01' });
const event = (a: Analysis, type: PloverType) => a.events.find((e) => e.type === type)!;
const countries = (a: Analysis, ids: string[]) => ids.map((id) => a.actors.find((x) => x.id === id)!.country).sort();

describe('events: sides filled by coding convention', () => {
  it('aims a protest without an addressee at its own government', () => {
    const a = run('Teachers in Romania went on strike over pay on Monday.');
    const e = event(a, 'PROTEST');
    expect(e.rule).toMatch(/\+domestic-target$/);
    expect(countries(a, e.target)).toEqual(['ROU']);
    expect(a.actors.find((x) => x.id === e.target[0])!.sector).toBe('GOV');
  });

  it('gives a security force acting at home its own country as target', () => {
    const a = run('Lithuanian police detained forty farmers.');
    const e = event(a, 'COERCE');
    expect(e.rule).toMatch(/\+domestic-target$/);
    expect(countries(a, e.target)).toEqual(['LTU']);
  });

  it('codes an attack with no named perpetrator to the country where it happened', () => {
    const a = run('Three Kenyan engineers were killed on Monday in a bombing in Kirkuk.');
    const e = a.events.find((x) => x.type === 'ASSAULT' && x.rule.includes('+located-source'));
    expect(e).toBeDefined();
    expect(countries(a, e!.source)).toEqual(['IRQ']);
    expect(countries(a, e!.target)).toEqual(['KEN']);
  });

  it('places countryless people in the only country the text names, and leaves them alone otherwise', () => {
    let a = run('President Okello threatened to close schools in Kampala after weeks of unrest.');
    let e = event(a, 'THREATEN');
    expect(countries(a, e.source)).toEqual(['UGA']);
    a = run('President Okello threatened Kenya and Tanzania with new tariffs.');
    e = event(a, 'THREATEN');
    expect(countries(a, e.source)).toEqual([null]);
  });

  it('keeps an explicit target', () => {
    const b = run('Chile blockaded Peru.');
    expect(countries(b, event(b, 'COERCE').target)).toEqual(['PER']);
    expect(event(b, 'COERCE').rule).not.toContain('+domestic-target');
  });

  it('codes a sourceless attack on the people of the only country named to that country', () => {
    const a = run('A landmine blast killed four Iraqi farmers on Tuesday.');
    const e = event(a, 'ASSAULT');
    expect(e.rule).toContain('+located-source');
    expect(countries(a, e.source)).toEqual(['IRQ']);
  });

  it('never takes the country after anti-/pro- as the place or a side', () => {
    const a = run('An anti-Iran activist was killed in a bombing in Beirut.');
    for (const e of a.events.filter((x) => x.type === 'ASSAULT')) {
      expect([...countries(a, e.source), ...countries(a, e.target)]).not.toContain('IRN');
      expect(a.places.find((p) => p.id === e.place)?.country ?? null).not.toBe('IRN');
    }
    expect(a.events.some((x) => x.type === 'ASSAULT')).toBe(true);
  });

  it('gives a nationality-plus-ethnic group its country of residence', () => {
    const a = run('Bosnian Serbs demanded talks with Croatia.');
    expect(countries(a, event(a, 'REQUEST').source)).toEqual(['BIH']);
  });

  it('finds the act an intent verb embeds across adverbials', () => {
    const a = run('Japan agreed in principle on Friday to provide aid to Nepal.');
    expect(countries(a, event(a, 'AGREE').target)).toEqual(['NPL']);
  });
});
