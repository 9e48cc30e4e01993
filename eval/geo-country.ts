/** Which country (ISO3) contains a point, from world-atlas 1:50m polygons. For evaluation only. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Country } from 'world-countries';

interface Shape { iso3: string; f: any; box: [[number, number], [number, number]] }
let shapes: Shape[] | null = null;

function load(): Shape[] {
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const byNum = new Map((require('world-countries') as Country[]).map((c) => [c.ccn3, c.cca3]));
  const fc = feature(topo, topo.objects.countries) as any;
  return fc.features
    .filter((f: any) => byNum.has(String(f.id)))
    .map((f: any) => ({ iso3: byNum.get(String(f.id))!, f, box: geoBounds(f) as Shape['box'] }));
}

export function countryAt(lat: number, lon: number): string | null {
  shapes ??= load();
  for (const s of shapes) {
    const [[w, so], [e, n]] = s.box;
    if (lat < so || lat > n) continue;
    if (w <= e ? lon < w || lon > e : lon < w && lon > e) continue;
    if (geoContains(s.f, [lon, lat])) return s.iso3;
  }
  return null;
}
