import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { mainTerritoryCentre } from '../scripts/country-centre.js';

/** A counter-clockwise (d3: clockwise on screen) box ring from west/south/east/north edges. */
const box = (w: number, s: number, e: number, n: number): Position[][] => [[[w, s], [w, n], [e, n], [e, s], [w, s]]];

describe('main territory centre (country points)', () => {
  it('is the centre of a single compact country', () => {
    const [lat, lon] = mainTerritoryCentre([box(10, 40, 20, 50)])!;
    expect(lat).toBeCloseTo(45, 0);
    expect(lon).toBeCloseTo(15, 5);
  });

  it('leaves out a far-off part, keeps a nearby island', () => {
    const main = box(0, 0, 10, 10);
    const far = box(100, 60, 110, 70); // thousands of km away
    const near = box(11, 4, 13, 6); // beside the mainland, east of it
    const alone = mainTerritoryCentre([main])!;
    expect(mainTerritoryCentre([main, far])).toEqual(alone);
    const withNear = mainTerritoryCentre([main, near])!;
    expect(withNear[1]).toBeGreaterThan(alone[1]);
    expect(withNear[1]).toBeLessThan(7);
  });

  it('accepts a ring wound the wrong way', () => {
    const ring = box(10, 40, 20, 50)[0]!;
    expect(mainTerritoryCentre([[[...ring].reverse()]])).toEqual(mainTerritoryCentre([[ring]]));
  });

  it('gives no point when the centre falls off the land (a ring of islands round a sea)', () => {
    const islands = [box(0, 0, 2, 2), box(8, 0, 10, 2), box(0, 8, 2, 10), box(8, 8, 10, 10)];
    expect(mainTerritoryCentre(islands)).toBeNull();
    expect(mainTerritoryCentre([])).toBeNull();
  });
});
