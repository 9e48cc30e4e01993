import type { Analysis, Article, PloverType } from '../types.js';

/** One analysed article ready to be written. `key` is its content identity (see articleKey). */
export interface StoreInput {
  key: string;
  article: Article;
  analysis: Analysis;
  signature: Int32Array;
  /** where it came from: a path with line, a URL */
  origin?: string;
}

export interface WriteResult {
  added: number;
  duplicates: number;
  events: number;
}

/** Filters shared by events, search, series and export. Dates are inclusive ISO days. */
export interface Filter {
  from?: string;
  to?: string;
  /** ISO alpha-3 country of a participant (or the event's place) */
  country?: string;
  /** actor code (RUSGOV, CSTO) or a part of an actor's name */
  actor?: string;
  type?: PloverType;
  context?: string;
  /** only this story */
  story?: number;
}

export interface Party {
  name: string;
  code: string | null;
  country: string | null;
  sector: string | null;
}

export interface EventRow {
  articleId: string;
  storyId: number;
  eventId: string;
  type: PloverType;
  mode: string | null;
  date: string | null;
  source: Party[];
  target: Party[];
  place: string | null;
  placeCountry: string | null;
  contexts: string[];
  negated: boolean;
  hypothetical: boolean;
  trigger: string | null;
  evidence: string;
  evidenceSpan: { start: number; end: number };
  rule: string;
  confidence: number | null;
  url: string | null;
  title: string | null;
  published: string | null;
}

export interface EventQuery extends Filter {
  /** one row per story and event key (default), or every copy */
  copies?: boolean;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  articleId: string;
  storyId: number;
  title: string | null;
  url: string | null;
  published: string | null;
  snippet: string;
  score: number;
}

export interface StoredArticle {
  id: string;
  extId: string | null;
  storyId: number;
  url: string | null;
  title: string | null;
  published: string | null;
  origin: string | null;
  text: string;
  analysis: Analysis;
}

export interface ActorRow {
  name: string;
  code: string | null;
  country: string | null;
  sector: string | null;
  kind: string | null;
  articles: number;
  stories: number;
}

export type SeriesKey = 'country' | 'type' | 'dyad' | 'context';

export interface SeriesPoint {
  day: string;
  key: string;
  /** distinct stories with a matching event that day: each story counts once */
  count: number;
}

export interface Stats {
  articles: number;
  stories: number;
  events: number;
  /** events after counting each (story, type, source, target) once */
  storyEvents: number;
  actors: number;
  feeds: number;
  schemaVersion: number;
  firstPublished: string | null;
  lastPublished: string | null;
  byType: Array<{ type: string; events: number; stories: number }>;
}

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  checkedAt: string | null;
  status: number | null;
  error: string | null;
  items: number;
}
