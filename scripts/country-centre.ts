/**
 * The point steppe gives a country: the centre of its main territory. Of the country's land
 * polygons (world-atlas 1:50m), the largest and every part whose own centre lies within
 * MAIN_TERRITORY_KM of it are kept (the contiguous United States without Alaska and Hawaii,
 * France without its overseas departments, Indonesia's islands); their area-weighted
 * spherical centroid is the point. When that centroid is not on the country's land (a
 * crescent or an archipelago around a sea) there is no sensible centre, and the caller keeps
 * the country's reference point instead. Used by scripts/build-country-points.ts only.
 */
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export const MAIN_TERRITORY_KM = 1000;

type Rings = Position[][];

function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b[1] - a[1]) * r) / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A polygon wound the wrong way covers the rest of the sphere (area > 2π): turn it round. */
function upright(rings: Rings): Polygon {
  const p: Polygon = { type: 'Polygon', coordinates: rings };
  return geoArea(p) > 2 * Math.PI ? { type: 'Polygon', coordinates: rings.map((r) => [...r].reverse()) } : p;
}

/** [lat, lon] of the main territory's centre, or null when it is not on the land itself. */
export function mainTerritoryCentre(polygons: Rings[]): [number, number] | null {
  const parts = polygons.map(upright).map((p) => ({ p, area: geoArea(p), c: geoCentroid(p) as [number, number] }));
  if (parts.length === 0) return null;
  parts.sort((a, b) => b.area - a.area);
  const main = parts[0]!;
  const kept = parts.filter((x) => km(x.c, main.c) <= MAIN_TERRITORY_KM);
  const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: kept.map((x) => x.p.coordinates) };
  const [lon, lat] = geoCentroid(shape);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !geoContains(shape, [lon, lat])) return null;
  return [Math.round(lat * 100) / 100, Math.round(lon * 100) / 100];
}
