import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeInputs } from '../bench/synthetic-store.js';
import { addDays } from '../src/analytics/days.js';
import { noisyStories, seeded, type StorySpec } from '../src/analytics/synthetic.js';
import { openStore } from '../src/store/index.js';

export const START = '2021-06-01';
export const DAYS = 90;
export const RISE = addDays(START, 80);

/** Stories over 90 days: a noisy background, a rise of ASSAULT in AFG on day 80, one story copied 6 times. */
export function fixtureStories(): StorySpec[] {
  const rnd = seeded(99);
  const stories = noisyStories(rnd, {
    start: START, days: DAYS, countries: ['AFG', 'PAK', 'IRN', 'TJK', 'UZB'], rate: 1, contexts: ['migration', 'terrorism'], contextRate: 0.3,
  });
  for (let i = 0; i < 10; i++) stories.push({ day: RISE, type: 'ASSAULT', source: 'AFG', target: 'PAK', place: 'AFG', contexts: ['terrorism'] });
  stories.push({ day: addDays(START, 85), type: 'AID', source: 'UZB', target: 'AFG', copies: 6 });
  return stories;
}

/** Writes the fixture into a fresh SQLite store; returns its path and a cleanup. */
export function buildFixtureDb(stories = fixtureStories()): { path: string; dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'steppe-api-'));
  const path = join(dir, 'steppe.db');
  const store = openStore(path);
  const batch = [];
  for (const input of storeInputs(stories)) batch.push(input);
  store.write(batch);
  store.close();
  return { path, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
