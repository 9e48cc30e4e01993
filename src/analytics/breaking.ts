import type { AlertConfig } from './config.js';
import type { EvidenceArticle } from './evidence.js';

/** When an article of a story appeared: its publication time, else its ingest time. */
export interface StoryCopy {
  articleId: string;
  storyId: number;
  /** ISO date or timestamp; a bare day counts as its midnight UTC */
  time: string;
  title: string | null;
  url: string | null;
}

/** A story cluster that grew fast: many copies within a short span. */
export interface BreakingAlert {
  kind: 'breaking';
  storyId: number;
  title: string | null;
  /** copies inside the densest window */
  copies: number;
  /** all copies of the story seen */
  total: number;
  /** first and last copy of the densest window */
  start: string;
  end: string;
  articles: EvidenceArticle[];
}

const ms = (t: string): number => Date.parse(t.length <= 10 ? `${t.slice(0, 10)}T00:00:00Z` : t);

/**
 * Stories with at least `breakingCopies` copies within `breakingHours`, whose densest window
 * ends inside [from, to] (ISO days, inclusive). Most copies first.
 */
export function breakingAlerts(copies: Iterable<StoryCopy>, from: string, to: string, c: AlertConfig): BreakingAlert[] {
  const byStory = new Map<number, Array<StoryCopy & { at: number }>>();
  for (const copy of copies) {
    const at = ms(copy.time);
    if (Number.isNaN(at)) continue;
    let list = byStory.get(copy.storyId);
    if (!list) byStory.set(copy.storyId, (list = []));
    list.push({ ...copy, at });
  }
  const span = c.breakingHours * 3_600_000;
  const lo = ms(from), hi = ms(to) + 86_400_000;
  const out: BreakingAlert[] = [];
  for (const [storyId, list] of byStory) {
    if (list.length < c.breakingCopies) continue;
    list.sort((a, b) => a.at - b.at);
    let best: [number, number] | null = null;
    for (let i = 0, j = 0; j < list.length; j++) {
      while (list[j]!.at - list[i]!.at > span) i++;
      if (list[j]!.at < lo || list[j]!.at >= hi) continue;
      if (j - i + 1 >= c.breakingCopies && (!best || j - i > best[1] - best[0])) best = [i, j];
    }
    if (!best) continue;
    const window = list.slice(best[0], best[1] + 1);
    out.push({
      kind: 'breaking', storyId, title: window.find((x) => x.title)?.title ?? null, copies: window.length, total: list.length,
      start: window[0]!.time, end: window[window.length - 1]!.time,
      articles: window.slice(0, Math.max(c.maxEvidence, 1)).map((x) => ({ articleId: x.articleId, storyId, title: x.title, url: x.url })),
    });
  }
  return out.sort((a, b) => b.copies - a.copies || a.storyId - b.storyId);
}
