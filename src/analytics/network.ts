import { intensityOf, type IntensityScale } from './intensity.js';
import { actorId, counts } from './keys.js';
import { round } from './series.js';
import type { AnalyticEvent, Party } from './types.js';

export interface NetworkNode {
  id: string;
  label: string;
  country: string | null;
  /** distinct stories on its kept edges */
  stories: number;
}

export interface NetworkEdge {
  /** directed: source acts on target */
  source: string;
  target: string;
  /** distinct stories */
  count: number;
  /** mean intensity over those stories */
  intensity: number;
}

export interface Network {
  by: 'actor' | 'country';
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkOptions {
  by?: 'actor' | 'country';
  /** edges with fewer stories are dropped (default 1) */
  minCount?: number;
  /** keep the heaviest edges (default 200) */
  limit?: number;
  scale?: IntensityScale;
}

/** Who acts on whom: directed edges between actors (or their countries), sized and coloured. */
export function network(events: Iterable<AnalyticEvent>, o: NetworkOptions = {}): Network {
  const by = o.by ?? 'actor';
  const nodeOf = (p: Party): [string, string, string | null] | null =>
    by === 'country' ? (p.country ? [p.country, p.country, p.country] : null) : [actorId(p), p.code ?? p.name, p.country];
  const labels = new Map<string, [string, string | null]>();
  const edges = new Map<string, Map<number, number>>();
  for (const e of events) {
    if (!counts(e)) continue;
    const v = intensityOf(e.type, e.mode, o.scale);
    for (const s of e.source) for (const t of e.target) {
      const a = nodeOf(s), b = nodeOf(t);
      if (!a || !b || a[0] === b[0]) continue;
      labels.set(a[0], [a[1], a[2]]);
      labels.set(b[0], [b[1], b[2]]);
      const k = `${a[0]}\u0000${b[0]}`;
      let stories = edges.get(k);
      if (!stories) edges.set(k, (stories = new Map()));
      if (!stories.has(e.storyId)) stories.set(e.storyId, v);
    }
  }
  const kept: NetworkEdge[] = [];
  for (const [k, stories] of edges) {
    if (stories.size < (o.minCount ?? 1)) continue;
    const [source, target] = k.split('\u0000') as [string, string];
    let sum = 0;
    for (const v of stories.values()) sum += v;
    kept.push({ source, target, count: stories.size, intensity: round(sum / stories.size) });
  }
  kept.sort((a, b) => b.count - a.count || (a.source + a.target < b.source + b.target ? -1 : 1));
  const top = kept.slice(0, o.limit ?? 200);
  const nodes = new Map<string, NetworkNode>();
  for (const e of top) for (const id of [e.source, e.target]) {
    const [label, country] = labels.get(id)!;
    const n = nodes.get(id) ?? { id, label, country, stories: 0 };
    n.stories += e.count;
    nodes.set(id, n);
  }
  return { by, nodes: [...nodes.values()].sort((a, b) => b.stories - a.stories), edges: top };
}
