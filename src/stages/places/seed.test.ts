import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/shared.js';
import { analyze } from '../../index.js';
import { haversineKm } from '../../knowledge/geo-util.js';

const seed = sharedPath('corpus/seed-article.txt');

describe.skipIf(!seed)('places on the seed article (done-when)', () => {
  const text = seed ? readFileSync(seed, 'utf8') : '';
  const out = analyze({ text, published: '2021-08-23' });
  const of = (name: string) => out.places.filter((p) => p.text === name);

  it('places Kabul in Afghanistan', () => {
    const kabul = of('Kabul');
    expect(kabul.length).toBeGreaterThan(0);
    for (const p of kabul) {
      expect(p).toMatchObject({ country: 'AFG', kind: 'city' });
      expect(haversineKm(p.lat, p.lon, 34.5, 69.2)).toBeLessThan(30);
    }
  });

  it('reads Central Asia as a region and the CSTO members as countries', () => {
    expect(of('Central Asia').length).toBeGreaterThan(0);
    for (const p of of('Central Asia')) expect(p.kind).toBe('region');
    const members = { Tajikistan: 'TJK', Kyrgyzstan: 'KGZ', Uzbekistan: 'UZB', Kazakhstan: 'KAZ', Armenia: 'ARM', Belarus: 'BLR', Afghanistan: 'AFG', Russia: 'RUS' };
    for (const [name, iso3] of Object.entries(members)) {
      expect(of(name).length, name).toBeGreaterThan(0);
      for (const p of of(name)) expect(p, name).toMatchObject({ kind: 'country', country: iso3 });
    }
  });

  it('gives every place a span that matches its text and the entity it rests on', () => {
    const ids = new Set(out.entities.map((e) => e.id));
    for (const p of out.places) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.rule).toMatch(/^place\./);
      if (p.entity) expect(ids.has(p.entity)).toBe(true);
    }
  });
});
