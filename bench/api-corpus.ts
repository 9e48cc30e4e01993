/**
 * The bench corpus for the API: N synthetic articles (default 100,000) over 365 days, 30
 * countries, some stories copied (wire reprints), written through the store's own writer.
 * Built once into bench/out/ and reused while the generator version and size match.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeInputs } from './synthetic-store.js';
import { noisyStories, pick, seeded, type StorySpec } from '../src/analytics/synthetic.js';
import { openStore, type StoreInput } from '../src/store/index.js';

const GENERATOR = 2;
export const COUNTRIES = ['AFG', 'PAK', 'IRN', 'TJK', 'UZB', 'TKM', 'KGZ', 'KAZ', 'CHN', 'IND', 'RUS', 'USA', 'TUR', 'AZE', 'ARM',
  'GEO', 'MNG', 'SAU', 'IRQ', 'SYR', 'ISR', 'EGY', 'GBR', 'FRA', 'DEU', 'UKR', 'BLR', 'QAT', 'ARE', 'JPN'];
const CONTEXTS = ['terrorism', 'migration', 'illegal_drugs', 'military', 'humanitarian', 'economy'];
export const START = '2023-01-01';

/** Rises injected so alerts have something to find: [day offset, country, stories] (one a week late in the year). */
const RISES: Array<[number, string, number]> = [[300, 'AFG', 25], [307, 'PAK', 20], [314, 'TJK', 15], [321, 'IRN', 30], [328, 'UZB', 20], [335, 'KGZ', 15], [342, 'AFG', 30], [349, 'SYR', 25], [356, 'UKR', 30]];

/** Stories whose copies add up to about `articles`: 1 + Poisson(0.5) copies each, plus the rises. */
function* stories(articles: number): IterableIterator<StorySpec> {
  const rnd = seeded(20260101);
  const perDay = articles / 1.5 / 365 / COUNTRIES.length;
  let made = 0;
  for (let d = 0; made < articles; d++) {
    const day = noisyStories(rnd, { start: START, days: 1, countries: COUNTRIES, rate: perDay, contexts: CONTEXTS, contextRate: 0.4, extraCopies: 0.5 });
    for (const [at, country, n] of RISES) {
      if (at === d) for (let k = 0; k < n; k++) day.push({ day: '', type: 'ASSAULT', source: country, target: pick(rnd, COUNTRIES), place: country, contexts: ['terrorism'] });
    }
    for (const s of day) {
      s.day = new Date(Date.parse(`${START}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
      if (made >= articles) return;
      const copies = Math.min(s.copies ?? 1, articles - made);
      made += copies;
      yield { ...s, copies };
    }
  }
}

export interface BenchCorpus {
  path: string;
  articles: number;
  built: boolean;
  buildMs: number;
}

/** Builds (or reuses) the corpus at bench/out/api-<N>.db. */
export function benchCorpus(articles: number, dir = 'bench/out'): BenchCorpus {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `api-${articles}.db`);
  const meta = `${path}.json`;
  if (existsSync(path) && existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as { generator: number; articles: number };
    if (m.generator === GENERATOR && m.articles === articles) return { path, articles, built: false, buildMs: 0 };
  }
  for (const f of [path, `${path}-wal`, `${path}-shm`, meta]) rmSync(f, { force: true });
  const t0 = performance.now();
  const store = openStore(path);
  let batch: StoreInput[] = [];
  for (const input of storeInputs(stories(articles))) {
    batch.push(input);
    if (batch.length === 2000) { store.write(batch); batch = []; }
  }
  if (batch.length) store.write(batch);
  const added = store.stats().articles;
  store.close();
  writeFileSync(meta, JSON.stringify({ generator: GENERATOR, articles: added }) + '\n');
  return { path, articles: added, built: true, buildMs: performance.now() - t0 };
}
