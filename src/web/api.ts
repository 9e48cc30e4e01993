/** JSON over the steppe HTTP API (same origin). Each view cancels its stale request. */
import type { Analysis } from '../types.js';
import type { EventRow, SearchHit } from '../store/types.js';

export interface Point { day: string; key: string; count: number; intensity: number | null }
export interface Series { by: string; points: Point[] }
export interface EvidenceEvent { eventId: string; articleId: string; storyId: number; type: string; mode: string | null; date: string | null; source: string[]; target: string[]; intensity: number }
export interface EvidenceArticle { articleId: string; storyId: number; title: string | null; url: string | null }
export interface Spike {
  kind: 'spike'; dimension: string; key: string; day: string; count: number; expected: number; p: number; surprise: number;
  ratio: number; intensity: number | null; events: EvidenceEvent[]; articles: EvidenceArticle[];
}
export interface Breaking { kind: 'breaking'; storyId: number; title: string | null; copies: number; total: number; start: string; end: string; articles: EvidenceArticle[] }
export interface Alerts { from: string | null; to: string | null; spikes: Spike[]; breaking: Breaking[] }
export interface NetNode { id: string; label: string; country: string | null; stories: number }
export interface NetEdge { source: string; target: string; count: number; intensity: number }
export interface Network { nodes: NetNode[]; edges: NetEdge[] }
export interface EventPage { total: number; items: EventRow[]; next: string | null }
export interface SearchPage { items: SearchHit[]; more: boolean }
export interface Stats { articles: number; stories: number; events: number; firstPublished: string | null; lastPublished: string | null }
export interface StoredArticle { id: string; title: string | null; url: string | null; published: string | null; text: string; analysis: Analysis }
export type { EventRow, SearchHit };

export class ApiError extends Error {}

/** One in-flight request per owner: a newer call aborts the older one. */
export class Fetcher {
  private ctrl: AbortController | null = null;

  async get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T | null> {
    this.ctrl?.abort();
    const ctrl = new AbortController();
    this.ctrl = ctrl;
    try {
      return await getJson<T>(path, params, ctrl.signal);
    } catch (err) {
      if (ctrl.signal.aborted) return null;
      throw err;
    }
  }
}

export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}, signal?: AbortSignal): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  const res = await fetch(`${path}${qs ? `?${qs}` : ''}`, { signal, headers: { Accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as T & { error?: { message?: string } } | null;
  if (!res.ok || body === null) throw new ApiError(body?.error?.message ?? `${path} answered ${res.status}`);
  return body;
}

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
