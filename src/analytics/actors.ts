import { intensityOf, type IntensityScale } from './intensity.js';
import { actorId, counts } from './keys.js';
import { round } from './series.js';
import type { AnalyticEvent, Party } from './types.js';

export interface ActorActivity {
  id: string;
  name: string;
  code: string | null;
  country: string | null;
  sector: string | null;
  /** distinct stories in which it acts or is acted upon */
  stories: number;
  asSource: number;
  asTarget: number;
  /** mean intensity of its events (each story once) */
  intensity: number;
}

export interface ActorOptions {
  limit?: number;
  country?: string;
  scale?: IntensityScale;
}

/** The most active actors: distinct stories as source or target, with their mean intensity. */
export function activeActors(events: Iterable<AnalyticEvent>, o: ActorOptions = {}): ActorActivity[] {
  type Acc = { party: Party; stories: Map<number, number>; src: Set<number>; tgt: Set<number> };
  const acc = new Map<string, Acc>();
  const touch = (p: Party, e: AnalyticEvent, role: 'src' | 'tgt', v: number) => {
    if (o.country && p.country !== o.country) return;
    const id = actorId(p);
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { party: p, stories: new Map(), src: new Set(), tgt: new Set() }));
    if (!a.stories.has(e.storyId)) a.stories.set(e.storyId, v);
    a[role].add(e.storyId);
  };
  for (const e of events) {
    if (!counts(e)) continue;
    const v = intensityOf(e.type, e.mode, o.scale);
    for (const p of e.source) touch(p, e, 'src', v);
    for (const p of e.target) touch(p, e, 'tgt', v);
  }
  const out: ActorActivity[] = [];
  for (const [id, a] of acc) {
    let sum = 0;
    for (const v of a.stories.values()) sum += v;
    out.push({
      id, name: a.party.name, code: a.party.code, country: a.party.country, sector: a.party.sector,
      stories: a.stories.size, asSource: a.src.size, asTarget: a.tgt.size, intensity: round(sum / a.stories.size),
    });
  }
  return out.sort((x, y) => y.stories - x.stories || (x.id < y.id ? -1 : 1)).slice(0, o.limit ?? 50);
}
