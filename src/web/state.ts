/**
 * The dashboard's state is its URL query string: filters shared by every view (date range,
 * country, actor, PLOVER type, context) plus what is open (search, article, alert, map shading).
 * A view can be shared by copying the address. Values are validated so a hand-edited URL never
 * turns into a bad API request.
 */
export const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;

export interface Filters {
  from?: string;
  to?: string;
  country?: string;
  actor?: string;
  type?: string;
  context?: string;
}

export interface State extends Filters {
  q?: string;
  article?: string;
  alert?: string;
  shade?: 'events' | 'alerts';
}

export const FILTER_KEYS = ['from', 'to', 'country', 'actor', 'type', 'context'] as const;
const KEYS = [...FILTER_KEYS, 'q', 'article', 'alert', 'shade'] as const;
type Key = (typeof KEYS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CHECK: Record<Key, (v: string) => string | undefined> = {
  from: (v) => (DAY.test(v) ? v : undefined),
  to: (v) => (DAY.test(v) ? v : undefined),
  country: (v) => (/^[A-Za-z]{3}$/.test(v) ? v.toUpperCase() : undefined),
  actor: (v) => (v.length <= 100 ? v : undefined),
  type: (v) => ((PLOVER as readonly string[]).includes(v.toUpperCase()) ? v.toUpperCase() : undefined),
  context: (v) => (v.length <= 60 ? v : undefined),
  q: (v) => (v.length <= 500 ? v : undefined),
  article: (v) => (v.length <= 200 ? v : undefined),
  alert: (v) => (v.length <= 200 ? v : undefined),
  shade: (v) => (v === 'alerts' || v === 'events' ? v : undefined),
};

export function parseState(search: string): State {
  const p = new URLSearchParams(search);
  const s: Record<string, string> = {};
  for (const k of KEYS) {
    const raw = p.get(k)?.trim();
    const v = raw ? CHECK[k](raw) : undefined;
    if (v) s[k] = v;
  }
  if (s.from && s.to && s.from > s.to) delete s.from;
  return s as State;
}

export function stateQuery(s: State): string {
  const p = new URLSearchParams();
  for (const k of KEYS) if (s[k]) p.set(k, s[k]!);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The filter part of a state as API query parameters. */
export function filterParams(s: State, keys: readonly (keyof Filters)[] = FILTER_KEYS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) if (s[k]) out[k] = s[k]!;
  return out;
}

export type Listener = (s: State, changed: Set<Key>) => void;

/** Holds the state, mirrors it in the URL (history) and tells the views what changed. */
export class Store {
  private current: State;
  private listeners: Listener[] = [];

  constructor() {
    this.current = parseState(location.search);
    window.addEventListener('popstate', () => this.set(parseState(location.search), false));
  }

  get state(): State {
    return this.current;
  }

  subscribe(fn: Listener): void {
    this.listeners.push(fn);
  }

  /** Merges a patch (undefined or '' clears a key). */
  update(patch: Partial<State>, push = true): void {
    const next: Record<string, string | undefined> = { ...this.current };
    for (const [k, v] of Object.entries(patch)) next[k] = v || undefined;
    this.set(parseState(stateQuery(next as State)), push);
  }

  private set(next: State, push: boolean): void {
    const changed = new Set<Key>();
    for (const k of KEYS) if (next[k] !== this.current[k]) changed.add(k);
    if (!changed.size) return;
    this.current = next;
    if (push) history.pushState(null, '', `${location.pathname}${stateQuery(next)}`);
    for (const fn of this.listeners) fn(next, changed);
  }
}

export const filtersChanged = (changed: Set<string>): boolean => FILTER_KEYS.some((k) => changed.has(k));
