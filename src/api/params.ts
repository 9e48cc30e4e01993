/**
 * Query parameters declared once per route: parsed and validated here (a bad or unknown one is a
 * usage error, answered 400), and described in the OpenAPI document from the same declaration.
 */
import { usageError } from '../errors.js';
import { isIsoDate } from '../util/dates.js';

export type ParamKind = 'day' | 'date' | 'country' | 'type' | 'text' | 'int' | 'number' | 'dyad' | 'enum' | 'bool' | 'list';

export interface ParamSpec {
  kind: ParamKind;
  description: string;
  required?: boolean;
  min?: number;
  max?: number;
  /** for enum and list */
  values?: readonly string[];
  default?: string | number | boolean;
}

export type Params = Record<string, ParamSpec>;
/** How a parameter is named in messages: `parameter limit` (API) or `--limit` (CLI). */
export type Label = (name: string) => string;
export type Parsed = Record<string, string | number | boolean | string[] | undefined>;

const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function parseOne(name: string, raw: string, s: ParamSpec, label: Label): string | number | boolean | string[] {
  const bad = (what: string): never => { throw usageError(`${label(name)} must be ${what}, got "${raw.slice(0, 80)}"`); };
  switch (s.kind) {
    case 'day': return isIsoDate(raw) ? raw : bad('a calendar day YYYY-MM-DD');
    case 'date': return PARTIAL_DATE.test(raw) && isIsoDate(raw.padEnd(10, raw.length === 4 ? '-01-01' : '-01').slice(0, 10)) ? raw : bad('a date YYYY-MM-DD, YYYY-MM or YYYY');
    case 'country': return /^[A-Za-z]{3}$/.test(raw) ? raw.toUpperCase() : bad('an ISO 3166-1 alpha-3 code like AFG');
    case 'type': return PLOVER.includes(raw.toUpperCase()) ? raw.toUpperCase() : bad(`a PLOVER type (${PLOVER.join(', ')})`);
    case 'dyad': return /^[A-Za-z]{3}[>-][A-Za-z]{3}$/.test(raw) ? raw.toUpperCase() : bad('two alpha-3 codes joined by > (ordered, USA>AFG) or - (either way, AFG-USA)');
    case 'text': return raw.length > 0 && raw.length <= (s.max ?? 200) ? raw : bad(`a non-empty text of at most ${s.max ?? 200} characters`);
    case 'enum': return s.values!.includes(raw) ? raw : bad(`one of ${s.values!.join(', ')}`);
    case 'bool': return raw === 'true' || raw === '1' ? true : raw === 'false' || raw === '0' ? false : bad('true or false');
    case 'list': {
      const items = raw.split(',').map((x) => x.trim()).filter(Boolean);
      return items.length && items.every((x) => s.values!.includes(x)) ? items : bad(`a comma-separated list of ${s.values!.join(', ')}`);
    }
    case 'int':
    case 'number': {
      const n = /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(raw) ? Number(raw) : NaN;
      const range = `${s.min ?? '-∞'}..${s.max ?? '∞'}`;
      if (!Number.isFinite(n) || (s.kind === 'int' && !Number.isInteger(n))) return bad(`${s.kind === 'int' ? 'an integer' : 'a number'} in ${range}`);
      if ((s.min !== undefined && n < s.min) || (s.max !== undefined && n > s.max)) return bad(`in ${range}`);
      return n;
    }
  }
}

/** Parses a request's query against a route's declaration; unknown, repeated or bad values are refused. */
export function parseQuery(query: Record<string, string[]>, spec: Params, label: Label = (n) => `parameter ${n}`): Parsed {
  const out: Parsed = {};
  for (const [name, values] of Object.entries(query)) {
    const s = spec[name];
    if (!s) {
      const known = Object.keys(spec);
      throw usageError(`unknown parameter "${name}"${known.length ? ` (known: ${known.join(', ')})` : ''}`);
    }
    if (values.length > 1) throw usageError(`${label(name)} is given ${values.length} times`);
    out[name] = parseOne(name, values[0] ?? '', s, label);
  }
  for (const [name, s] of Object.entries(spec)) {
    if (out[name] === undefined && s.default !== undefined) out[name] = s.default;
    if (out[name] === undefined && s.required) throw usageError(`${label(name)} is required`);
  }
  return out;
}

/** Filter parameters shared by the corpus routes. */
export const FILTER: Params = {
  from: { kind: 'date', description: 'on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)' },
  to: { kind: 'date', description: 'on or before this day (inclusive)' },
  country: { kind: 'country', description: 'ISO alpha-3 of a participant or the place, e.g. AFG' },
  actor: { kind: 'text', max: 100, description: 'actor code (AFGGOV) or part of an actor name' },
  type: { kind: 'type', description: 'PLOVER event type, e.g. ASSAULT' },
  context: { kind: 'text', max: 60, description: 'context (theme), e.g. terrorism' },
};

/** Analytics filters: the corpus filters with whole days, plus a dyad. */
export const ANALYTIC_FILTER: Params = {
  ...FILTER,
  from: { kind: 'day', description: 'first day (YYYY-MM-DD)' },
  to: { kind: 'day', description: 'last day (YYYY-MM-DD), inclusive' },
  dyad: { kind: 'dyad', description: 'country pair: USA>AFG (ordered) or AFG-USA (either direction)' },
};

export const PAGE: Params = {
  limit: { kind: 'int', min: 1, max: 1000, default: 50, description: 'page size' },
  offset: { kind: 'int', min: 0, max: 10_000_000, default: 0, description: 'items to skip' },
};

/** The filter fields of a parsed query, without undefined values. */
export function pick<T extends object>(q: Parsed, names: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const n of names) if (q[n] !== undefined) out[n] = q[n];
  return out as T;
}
