import { intensityOf, type IntensityScale } from './intensity.js';
import { actorId } from './keys.js';
import type { AnalyticEvent, Party } from './types.js';

/** An event shown as evidence for an alert. */
export interface EvidenceEvent {
  eventId: string;
  articleId: string;
  storyId: number;
  type: string;
  mode: string | null;
  date: string | null;
  source: string[];
  target: string[];
  intensity: number;
}

export interface EvidenceArticle {
  articleId: string;
  storyId: number;
  title: string | null;
  url: string | null;
}

export interface Evidence {
  events: EvidenceEvent[];
  articles: EvidenceArticle[];
}

const label = (p: Party): string => p.code ?? actorId(p);

/** Evidence from matching events: one event per story (the first), at most `max` of each. */
export function evidenceOf(events: AnalyticEvent[], max: number, scale?: IntensityScale): Evidence {
  const seen = new Set<number>();
  const out: Evidence = { events: [], articles: [] };
  for (const e of events) {
    if (out.events.length >= max) break;
    if (seen.has(e.storyId)) continue;
    seen.add(e.storyId);
    out.events.push({
      eventId: e.eventId, articleId: e.articleId, storyId: e.storyId, type: e.type, mode: e.mode, date: e.date,
      source: e.source.map(label), target: e.target.map(label), intensity: intensityOf(e.type, e.mode, scale),
    });
    out.articles.push({ articleId: e.articleId, storyId: e.storyId, title: e.title ?? null, url: e.url ?? null });
  }
  return out;
}
