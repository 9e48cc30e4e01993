/**
 * A small generator of synthetic event rows for tests and benchmarks: seeded, so a corpus is
 * the same on every run. Stories are specified, then expanded into one event row per copy.
 */
import type { PloverType } from '../types.js';
import { addDays } from './days.js';
import { seededRandom } from '../util/random.js';
import type { AnalyticEvent, Party } from './types.js';

/** A seeded uniform generator in [0, 1) (mulberry32). */
export const seeded = seededRandom;

/** A Poisson draw (Knuth's method for small λ, a rounded normal approximation above 50). */
export function poissonDraw(rnd: () => number, lambda: number): number {
  if (lambda > 50) {
    const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = rnd(); p > limit; p *= rnd()) k++;
  return k;
}

export const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

export interface StorySpec {
  day: string;
  type: PloverType;
  mode?: string | null;
  source: string;
  target?: string | null;
  place?: string | null;
  contexts?: string[];
  /** copies of the story (wire reprints), default 1 */
  copies?: number;
  negated?: boolean;
  hypothetical?: boolean;
}

/** A country's government as a party ("AFG" → AFG government, code AFGGOV). */
export const gov = (country: string): Party => ({ name: `${country} government`, code: `${country}GOV`, country, sector: 'GOV' });

/** One event row per copy of each story; story ids count up from `firstStory`. */
export function eventsOf(stories: StorySpec[], firstStory = 1): AnalyticEvent[] {
  const out: AnalyticEvent[] = [];
  stories.forEach((s, i) => {
    const storyId = firstStory + i;
    for (let c = 0; c < (s.copies ?? 1); c++) {
      out.push({
        articleId: `s${storyId}c${c}`, storyId, eventId: 'v1', type: s.type, mode: s.mode ?? null, date: s.day,
        source: [gov(s.source)], target: s.target ? [gov(s.target)] : [], placeCountry: s.place ?? null,
        contexts: s.contexts ?? [], negated: s.negated ?? false, hypothetical: s.hypothetical ?? false,
        title: `Story ${storyId}`, url: null,
      });
    }
  });
  return out;
}

export const ALL_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export interface NoiseSpec {
  start: string;
  days: number;
  /** source countries; each gets Poisson(rate) stories a day */
  countries: readonly string[];
  rate: number;
  /** targets are drawn from these (default: the countries) */
  targets?: readonly string[];
  types?: readonly PloverType[];
  contexts?: readonly string[];
  /** probability a story carries a context (default 0.3) */
  contextRate?: number;
  /** copies per story are 1 + Poisson(this) (default 0) */
  extraCopies?: number;
}

/** A stable noisy background: every country a Poisson number of stories each day. */
export function noisyStories(rnd: () => number, n: NoiseSpec): StorySpec[] {
  const out: StorySpec[] = [];
  const targets = n.targets ?? n.countries;
  for (let d = 0; d < n.days; d++) {
    const day = addDays(n.start, d);
    for (const source of n.countries) {
      for (let k = poissonDraw(rnd, n.rate); k > 0; k--) {
        const target = pick(rnd, targets);
        const contexts = n.contexts?.length && rnd() < (n.contextRate ?? 0.3) ? [pick(rnd, n.contexts)] : [];
        out.push({
          day, type: pick(rnd, n.types ?? ALL_TYPES), source, target: target === source ? null : target, contexts,
          copies: 1 + (n.extraCopies ? poissonDraw(rnd, n.extraCopies) : 0),
        });
      }
    }
  }
  return out;
}
