import { describe, expect, it } from 'vitest';
import { cityIndex } from './cities.js';
import { compactFromPackage } from './cities-data.js';
import { countryByIso3, countryByKey } from './countries-geo.js';
import { lookupPlace } from './gazetteer.js';
import { haversineKm, placeKey } from './geo-util.js';
import { allDivisions, allRegions, placeAliases, validateCountryPoints, validateRegions, type Region } from './regions.js';

describe('city gazetteer', () => {
  it('indexes every city of the package and finds them by folded name', () => {
    const idx = cityIndex();
    expect(idx.stats.cities).toBeGreaterThan(130_000);
    const kabul = idx.lookup('kabul')[0]!;
    expect(kabul).toMatchObject({ country: 'AFG', capital: true });
    expect(haversineKm(kabul.lat, kabul.lon, 34.53, 69.17)).toBeLessThan(5);
    expect(idx.lookup(placeKey('Québec'))[0]!.country).toBe('CAN');
    expect(idx.lookup(placeKey('Quebec'))[0]!.country).toBe('CAN');
    expect(idx.capitalOf('KGZ')!.name).toBe('Bishkek');
    expect(idx.lookup('no such town anywhere')).toEqual([]);
  });

  it('lists cities of one name most populous first', () => {
    const moscows = cityIndex().lookup('moscow');
    expect(moscows.length).toBeGreaterThan(1);
    expect(moscows[0]!.country).toBe('RUS');
    for (let i = 1; i < moscows.length; i++) expect(moscows[i - 1]!.population).toBeGreaterThanOrEqual(moscows[i]!.population);
  });

  it('derives the same compact form from the package as the prebuilt file', () => {
    const fresh = compactFromPackage();
    expect(fresh.population.length).toBe(cityIndex().stats.cities);
    expect(fresh.keys.split('\n').length).toBe(fresh.keyRows.length);
  });
});

describe('countries, regions, divisions and aliases', () => {
  it('knows countries by name, official name and alias', () => {
    expect(countryByKey('afghanistan')!.iso3).toBe('AFG');
    expect(countryByKey('u.s.')!.iso3).toBe('USA');
    expect(countryByKey('britain')!.iso3).toBe('GBR');
    expect(countryByKey('in')).toBeUndefined();
    expect(countryByIso3('TJK')!.borders).toContain('AFG');
  });

  it('validates ontology/regions.json: ids, names, points, members and examples', () => {
    const regions = allRegions();
    expect(regions.length).toBeGreaterThan(40);
    for (const r of regions) {
      for (const c of r.countries) expect(countryByIso3(c), `${r.id}: ${c}`).toBeDefined();
      // a region's centre lies near at least one of its members
      if (r.countries.length) {
        const near = Math.min(...r.countries.map((c) => haversineKm(r.lat, r.lon, countryByIso3(c)!.lat, countryByIso3(c)!.lon)));
        expect(near, r.id).toBeLessThan(2500);
      }
    }
    const names = ['Central Asia', 'Sahel', 'Balkans', 'Middle East', 'Caucasus', 'Horn of Africa', 'Gulf', 'Levant', 'Donbas', 'Crimea', 'Gaza Strip', 'West Bank', 'Sinai', 'Kashmir'];
    for (const n of names) expect(lookupPlace(placeKey(n)).some((c) => c.kind === 'region'), n).toBe(true);
  });

  it('rejects a region whose example does not use its name', () => {
    const bad: Region = { id: 'x', names: ['Nowhere'], lat: 0, lon: 0, countries: [], kind: 'region', example: 'Nothing here.' };
    expect(() => validateRegions([bad])).toThrow(/example/);
    expect(() => validateRegions([{ ...bad, example: 'In Nowhere.', countries: ['xx'] }])).toThrow(/ISO3/);
  });

  it('puts every division near a city of its own country', () => {
    const idx = cityIndex();
    const points = new Map<string, Array<[number, number]>>();
    for (let n = 0; n < idx.stats.cities; n++) {
      const c = idx.city(n);
      if (c.population < 2_000) continue;
      const list = points.get(c.country) ?? [];
      list.push([c.lat, c.lon]);
      points.set(c.country, list);
    }
    for (const d of allDivisions()) {
      const near = Math.min(...(points.get(d.country) ?? []).map(([la, lo]) => haversineKm(d.lat, d.lon, la, lo)));
      expect(near, `${d.name} (${d.country})`).toBeLessThan(1000);
    }
  });

  it('resolves every city alias to a gazetteer city', () => {
    for (const a of placeAliases().cities) {
      expect(lookupPlace(placeKey(a.alias)).some((c) => c.kind === 'city' && c.alias && c.country === a.country), a.alias).toBe(true);
    }
  });
});

describe('country points', () => {
  it('places a country at the centre of its main territory, not in far-off parts', () => {
    // the contiguous United States: Alaska and Hawaii would pull the centroid far north-west
    const usa = countryByIso3('USA')!;
    expect(haversineKm(usa.lat, usa.lon, 39.5, -98.5)).toBeLessThan(100);
    // metropolitan France, not pulled towards its overseas departments
    const fra = countryByIso3('FRA')!;
    expect(haversineKm(fra.lat, fra.lon, 46.5, 2.5)).toBeLessThan(100);
  });

  it('rejects a malformed point file', () => {
    expect(() => validateCountryPoints({ usa: [1, 2] })).toThrow(/ISO3/);
    expect(() => validateCountryPoints({ USA: [95, 2] })).toThrow(/within range/);
    expect(() => validateCountryPoints({ USA: [1] })).toThrow(/\[lat, lon\]/);
    expect(validateCountryPoints({ USA: [39.9, -98.8] }).get('USA')).toEqual([39.9, -98.8]);
  });
});

describe('continent points', () => {
  it('puts a continent at the centre of its land mass (region-points.json)', () => {
    const at = (id: string) => allRegions().find((r) => r.id === id)!;
    // Europe's land centre lies in Lithuania, near the point Lithuania itself claims
    expect(haversineKm(at('europe').lat, at('europe').lon, 54.9, 25.3)).toBeLessThan(150);
    // Asia's lies in Dzungaria, near the Eurasian pole of inaccessibility, not on Russia's Arctic coast
    expect(haversineKm(at('asia').lat, at('asia').lon, 46.3, 86.7)).toBeLessThan(400);
    for (const id of ['africa', 'oceania', 'south-america']) {
      const r = at(id);
      expect(lookupPlace(placeKey(r.names[0]!))[0]!.lat, id).toBe(r.lat);
    }
  });
});
