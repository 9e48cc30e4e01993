import { usageError } from '../errors.js';
import type { PloverType } from '../types.js';
import type { Filter } from './types.js';

export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export interface Where {
  sql: string;
  params: Record<string, string | number>;
}

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Validates a filter given by a person; throws a usage error naming the bad value. */
export function checkFilter(f: Filter): Filter {
  for (const k of ['from', 'to'] as const) {
    const v = f[k];
    if (v !== undefined && !DAY.test(v)) throw usageError(`--${k} must be a date like 2021-08-23, got "${v}"`);
  }
  if (f.type !== undefined) {
    const t = String(f.type).toUpperCase() as PloverType;
    if (!PLOVER_TYPES.includes(t)) throw usageError(`unknown event type "${f.type}" (one of ${PLOVER_TYPES.join(', ')})`);
    f = { ...f, type: t };
  }
  if (f.country !== undefined) {
    if (!/^[A-Za-z]{3}$/.test(f.country)) throw usageError(`--country must be an ISO alpha-3 code like RUS, got "${f.country}"`);
    f = { ...f, country: f.country.toUpperCase() };
  }
  return f;
}

/** `to` as an upper bound that includes the whole month/year/day given. */
const upper = (to: string): string => `${to}\uffff`;

/** Conditions over events aliased `e` (joined with AND). */
export function eventWhere(f: Filter): Where {
  const parts: string[] = [];
  const params: Where['params'] = {};
  if (f.from) { parts.push('e.date >= @from'); params.from = f.from; }
  if (f.to) { parts.push('e.date <= @to'); params.to = upper(f.to); }
  if (f.type) { parts.push('e.type = @type'); params.type = f.type; }
  if (f.story !== undefined) { parts.push('e.story_id = @story'); params.story = f.story; }
  if (f.country) {
    parts.push('(e.place_country = @country OR EXISTS (SELECT 1 FROM event_parties p WHERE p.event = e.pk AND p.country = @country))');
    params.country = f.country;
  }
  if (f.actor) {
    parts.push(`EXISTS (SELECT 1 FROM event_parties p WHERE p.event = e.pk
      AND (p.code = @actor COLLATE NOCASE OR p.name LIKE @actorLike))`);
    params.actor = f.actor;
    params.actorLike = `%${f.actor}%`;
  }
  if (f.context) {
    parts.push('EXISTS (SELECT 1 FROM event_contexts c WHERE c.event = e.pk AND c.context = @context)');
    params.context = f.context;
  }
  return { sql: parts.join(' AND '), params };
}

/** `WHERE a AND b …` over the non-empty conditions, or nothing. */
export function where(...conds: string[]): string {
  const c = conds.filter(Boolean);
  return c.length ? `WHERE ${c.join(' AND ')}` : '';
}

/** WHERE conditions over articles aliased `a` (joined with AND to others). */
export function articleConditions(f: Filter): Where {
  const parts: string[] = [];
  const params: Where['params'] = {};
  if (f.from) { parts.push('a.published >= @from'); params.from = f.from; }
  if (f.to) { parts.push('a.published <= @to'); params.to = upper(f.to); }
  if (f.story !== undefined) { parts.push('a.story_id = @story'); params.story = f.story; }
  if (f.type) {
    parts.push('EXISTS (SELECT 1 FROM events e WHERE e.article = a.pk AND e.type = @type)');
    params.type = f.type;
  }
  if (f.country) {
    parts.push('EXISTS (SELECT 1 FROM actors x WHERE x.article = a.pk AND x.country = @country)');
    params.country = f.country;
  }
  if (f.actor) {
    parts.push('EXISTS (SELECT 1 FROM actors x WHERE x.article = a.pk AND (x.code = @actor COLLATE NOCASE OR x.name LIKE @actorLike))');
    params.actor = f.actor;
    params.actorLike = `%${f.actor}%`;
  }
  if (f.context) { parts.push('a.contexts LIKE @contextLike'); params.contextLike = `%,${f.context},%`; }
  return { sql: parts.join(' AND '), params };
}
