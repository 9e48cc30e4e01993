import { usageError, SteppeError } from '../errors.js';
import { alertConfig, type AlertConfig } from '../analytics/config.js';
import type { EventFilter } from '../analytics/filter.js';
import { DIMENSIONS, type Dimension } from '../analytics/types.js';
import { ANALYTIC_FILTER, PAGE, pick, type Params, type Parsed } from './params.js';
import type { Route } from './route.js';

const NAMES = Object.keys(ANALYTIC_FILTER);
const filterOf = (q: Parsed): EventFilter => pick<EventFilter>(q, NAMES);

export const ALERT_PARAMS: Params = {
  from: ANALYTIC_FILTER.from!,
  to: ANALYTIC_FILTER.to!,
  method: { kind: 'enum', values: ['negbin', 'poisson'], description: 'tail law (default negbin)' },
  pValue: { kind: 'number', min: 0, max: 0.5, description: 'flag below this tail probability (default 0.001)' },
  minCount: { kind: 'int', min: 1, description: 'fewest stories on the day (default 3)' },
  baselineDays: { kind: 'int', min: 7, max: 366, description: 'baseline length in days (default 28)' },
  minBaselineDays: { kind: 'int', min: 1, max: 366, description: 'baseline days needed inside the data (default 14)' },
  lambdaFloor: { kind: 'number', min: 0, max: 1000, description: 'least expected count (default 0.5)' },
  dimensions: { kind: 'list', values: DIMENSIONS, description: 'series tested, comma-separated (default all)' },
  maxAlerts: { kind: 'int', min: 1, max: 100_000, description: 'most alerts returned (default 100)' },
  maxEvidence: { kind: 'int', min: 0, max: 1000, description: 'evidence events per alert (default 10)' },
  breakingCopies: { kind: 'int', min: 2, description: 'copies that make a story breaking (default 5)' },
  breakingHours: { kind: 'number', min: 0, max: 8784, description: 'within this many hours (default 24)' },
};
export const CONFIG_NAMES = Object.keys(ALERT_PARAMS).filter((k) => k !== 'from' && k !== 'to');

export function configOf(q: Parsed): Partial<AlertConfig> {
  try {
    return alertConfig(pick(q, CONFIG_NAMES));
  } catch (err) {
    throw err instanceof SteppeError ? usageError(err.message) : err;
  }
}

export function alertWindow(q: Parsed): { from?: string; to?: string } {
  const w = pick<{ from?: string; to?: string }>(q, ['from', 'to']);
  if (w.from && w.to && w.from > w.to) throw usageError(`parameter from (${w.from}) is after to (${w.to})`);
  return w;
}

export const analyticsRoutes: Route[] = [
  {
    path: '/api/series', summary: 'Stories per day (each story once) with mean intensity, optionally split by a dimension', tag: 'analytics',
    params: { ...ANALYTIC_FILTER, by: { kind: 'enum', values: DIMENSIONS, description: 'split by country, type, dyad (ordered) or context' } },
    schema: 'Series',
    handle: (q, { analytics }) => analytics.trend({ ...filterOf(q), by: q.by as Dimension | undefined }),
  },
  {
    path: '/api/alerts', summary: 'Unusual rises per country, dyad, type and context, and fast-growing stories, with evidence', tag: 'analytics',
    params: ALERT_PARAMS, schema: 'Alerts',
    handle: (q, { analytics }) => analytics.alerts(alertWindow(q), configOf(q)),
  },
  {
    path: '/api/actors', summary: 'Most active actors (stories as source or target) with mean intensity', tag: 'analytics', paged: true,
    params: { ...ANALYTIC_FILTER, ...PAGE }, schema: 'ActorPage',
    handle: (q, { analytics }) => {
      const all = analytics.actors({ ...filterOf(q), limit: Infinity });
      const limit = q.limit as number, offset = q.offset as number;
      return { total: all.length, limit, offset, items: all.slice(offset, offset + limit) };
    },
  },
  {
    path: '/api/dyads', summary: 'Cooperation–conflict trend per country pair over time windows', tag: 'analytics',
    params: {
      ...ANALYTIC_FILTER,
      ordered: { kind: 'bool', description: 'ordered pairs (USA>AFG) instead of unordered (AFG-USA)' },
      windowDays: { kind: 'int', min: 1, max: 366, description: 'window width in days (default 7)' },
      minStories: { kind: 'int', min: 1, description: 'leave out pairs with fewer stories (default 1)' },
      limit: { kind: 'int', min: 1, max: 1000, default: 50, description: 'most pairs returned' },
    },
    schema: 'Dyads',
    handle: (q, { analytics }) => analytics.dyads({
      ...filterOf(q), ...pick(q, ['ordered', 'windowDays', 'minStories', 'limit']),
    }),
  },
  {
    path: '/api/network', summary: 'Directed network of actors or countries: edges with story count and mean intensity', tag: 'analytics',
    params: {
      ...ANALYTIC_FILTER,
      by: { kind: 'enum', values: ['actor', 'country'], default: 'actor', description: 'nodes are actors or countries' },
      minCount: { kind: 'int', min: 1, description: 'fewest stories on an edge (default 1)' },
      limit: { kind: 'int', min: 1, max: 5000, default: 200, description: 'heaviest edges kept' },
    },
    schema: 'Network',
    handle: (q, { analytics }) => analytics.network({ ...filterOf(q), ...pick(q, ['by', 'minCount', 'limit']) }),
  },
];
