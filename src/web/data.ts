/** Requests several views share, memoised by their parameters (the store is read-only while served). */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { getJson, type Alerts, type Stats } from './api.js';
import { alpha3, NAMES } from './countries.js';
import type { State } from './state.js';

const memo = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    p.catch(() => memo.delete(key));
    memo.set(key, p);
  }
  return p;
}

export type Country = Feature<Geometry, { name: string }> & { iso3?: string };

/** The world-atlas 110m countries (bundled, served beside the app), with alpha-3 codes; fills NAMES. */
export const atlas = (): Promise<Country[]> => once('atlas', async () => {
  const topo = (await (await fetch(atlasUrl)).json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return fc.features.filter((f) => f.properties.name !== 'Antarctica').map((f) => {
    const c = f as Country;
    c.iso3 = alpha3(f.id as string | undefined);
    if (c.iso3) NAMES.set(c.iso3, f.properties.name);
    return c;
  });
});

export const stats = (): Promise<Stats> => once('stats', () => getJson<Stats>('/api/stats'));

/** Alerts for the state's date window (alerts test days; other filters apply when shown). */
export function alerts(s: State): Promise<Alerts> {
  const params = { from: s.from, to: s.to, maxEvidence: 20 };
  return once(`alerts:${s.from ?? ''}:${s.to ?? ''}`, () => getJson<Alerts>('/api/alerts', params));
}

/** Whether a spike concerns a country (its key, or either side of a dyad). */
export const spikeCountries = (key: string, dimension: string): string[] =>
  dimension === 'country' ? [key] : dimension === 'dyad' ? key.split(/[>-]/) : [];

/** Every day from first to last inclusive (YYYY-MM-DD). */
export function daysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end && out.length < 20_000; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
