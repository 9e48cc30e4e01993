import { describe, expect, it } from 'vitest';
import { people, peopleOn, personKey } from './people.js';
import { validatePeople } from './people-validate.js';
import { countries } from './countries.js';
import { sectors } from './sectors.js';

describe('ontology/people.json', () => {
  it('is valid: countries, sectors, role words, organisations, dates, no surname alone', () => {
    expect(validatePeople(new Set(countries().list.map((c) => c.iso3)), new Set(sectors().keys()))).toEqual([]);
  });

  it('reports a bad entry', () => {
    // the validator on its own data with the sector list emptied: every post is reported
    const problems = validatePeople(new Set(countries().list.map((c) => c.iso3)), new Set());
    expect(problems.length).toBeGreaterThan(people().list.length);
    expect(problems[0]).toMatch(/unknown sector/);
  });

  it('covers the regions of a security desk with several hundred people', () => {
    const list = people().list;
    expect(list.length).toBeGreaterThan(500);
    const perRegion = new Map<string, number>();
    for (const p of list) perRegion.set(p.region, (perRegion.get(p.region) ?? 0) + 1);
    const desk = ['Russia and neighbours', 'Europe', 'Middle East and North Africa', 'Africa', 'South Asia', 'East and Southeast Asia, Pacific', 'Americas', 'International organisations'];
    for (const r of desk) expect(perRegion.get(r) ?? 0, r).toBeGreaterThanOrEqual(15);
  });

  it('matches names whatever their accents, full stops, hyphens and case', () => {
    expect(personKey('Kim Jong-un')).toBe(personKey('Kim Jong Un'));
    expect(personKey('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
    expect(personKey('J.D. Vance')).toBe(personKey('JD Vance'));
    expect(peopleOn([personKey('Luiz Inácio Lula da Silva')], '2024-01-01').map((h) => h.country)).toEqual(['BRA']);
  });

  it('finds the post held on a day, and every person a shared name may mean', () => {
    expect(peopleOn(['vladimir putin'], '2010-01-01')[0]!.post.role).toBe('prime minister');
    expect(peopleOn(['vladimir putin'], '2015-01-01')[0]!.post.role).toBe('president');
    expect(peopleOn(['king abdullah'], '2010-01-01').map((h) => h.country).sort()).toEqual(['JOR', 'SAU']);
    expect(peopleOn(['king abdullah'], '2016-01-01').map((h) => h.country)).toEqual(['JOR']);
    expect(peopleOn(['putin'], '2015-01-01')).toEqual([]);
  });
});
