/**
 * Geoparsing evaluation on GeoVirus (../shared/eval/geo/GeoVirus.xml): the full pipeline runs
 * on each article; a gold toponym is found when a place overlaps its span, and placed when
 * that place also lies within 161 km (100 miles) of the gold point.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/index.js';
import { cityIndex } from '../src/knowledge/cities.js';
import { haversineKm, packageRoot } from '../src/knowledge/geo-util.js';
import type { Place } from '../src/types.js';
import { readGeoVirus } from './geo-data.js';
import { countryAt } from './geo-country.js';
import type { EvalResult } from './section.js';

const KM = 161;

function sharedFile(rel: string): string | null {
  const p = join(resolve(process.env.STEPPE_SHARED ?? join(packageRoot(), '..', 'shared')), rel);
  return existsSync(p) ? p : null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k}×${v}`).join(', ');
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

export async function run(): Promise<EvalResult> {
  const file = sharedFile('eval/geo/GeoVirus.xml');
  if (!file) return { name: 'geo', lines: ['skipped: ../shared/eval/geo/GeoVirus.xml is absent'], metrics: {} };
  const rss0 = process.memoryUsage().rss;
  const idx = cityIndex();
  const indexRssMb = (process.memoryUsage().rss - rss0) / 1e6;
  const { articles, reanchored, dropped } = readGeoVirus(file);
  let gold = 0, found = 0, placed = 0, rightCountry = 0, placesTotal = 0, placesOnGold = 0;
  const missed = new Map<string, number>();
  const far = new Map<string, number>();
  const spurious = new Map<string, number>();
  const byKind = new Map<string, [number, number]>();
  const t0 = performance.now();
  for (const a of articles) {
    const places: Place[] = analyze({ text: a.text }).places;
    placesTotal += places.length;
    for (const p of places) {
      if (a.locations.some((g) => overlaps(g, p))) placesOnGold++;
      else bump(spurious, p.text);
    }
    for (const g of a.locations) {
      gold++;
      const hit = places.find((p) => overlaps(g, p));
      if (!hit) { bump(missed, g.name); continue; }
      found++;
      const km = haversineKm(g.lat, g.lon, hit.lat, hit.lon);
      const kind = byKind.get(hit.kind) ?? [0, 0];
      kind[0]++;
      if (km <= KM) kind[1]++;
      byKind.set(hit.kind, kind);
      if (km <= KM) placed++;
      else if (hit.country && hit.country === countryAt(g.lat, g.lon)) rightCountry++;
      else bump(far, `${g.name}→${hit.name},${hit.country ?? '-'} ${Math.round(km)}km`);
    }
  }
  const ms = performance.now() - t0;
  const metrics = {
    articles: articles.length, gold, found, placed,
    found_pct: pct(found, gold), placed_161km_pct: pct(placed, gold), placed_161km_or_country_pct: pct(placed + rightCountry, gold), placed_of_found_pct: pct(placed, found),
    precision_pct: pct(placesOnGold, placesTotal), places: placesTotal,
    ms_per_article: ms / Math.max(1, articles.length),
    index_load_ms: idx.stats.loadMs, index_rss_mb: indexRssMb,
    ...Object.fromEntries([...byKind].map(([k, [n, ok]]) => [`within_161km_${k}_pct`, pct(ok, n)])),
  };
  const lines = [
    `GeoVirus: ${articles.length} articles, ${gold} gold toponyms (offsets shifted by one; ${reanchored} re-anchored, ${dropped} dropped)`,
    `found (a place overlaps the gold span): ${found}/${gold} = ${metrics.found_pct.toFixed(1)}%`,
    `found and within ${KM} km: ${placed}/${gold} = ${metrics.placed_161km_pct.toFixed(1)}%  (target ≥ 90%)`,
    `found and within ${KM} km or in the gold point's country: ${placed + rightCountry}/${gold} = ${metrics.placed_161km_or_country_pct.toFixed(1)}%`,
    `precision of places against gold spans: ${placesOnGold}/${placesTotal} = ${metrics.precision_pct.toFixed(1)}%`,
    `city index: ${idx.stats.cities} cities, ${idx.stats.source}, loaded in ${idx.stats.loadMs.toFixed(0)} ms, +${indexRssMb.toFixed(0)} MB RSS; ${metrics.ms_per_article.toFixed(1)} ms/article`,
    `within ${KM} km by the kind of place we gave: ${[...byKind].map(([k, [n, ok]]) => `${k} ${ok}/${n} (${pct(ok, n).toFixed(0)}%)`).join(', ')}`,
    `  (a country or region is one point: ours is the centre of its main territory (ontology/country-points.json) or our regions.json centre, the gold's is Wikipedia's)`,
    `most missed: ${top(missed, 25)}`,
    `placed too far (and in another country): ${top(far, 25)}`,
    `places not in gold: ${top(spurious, 20)}`,
  ];
  return { name: 'geo', lines, metrics };
}
