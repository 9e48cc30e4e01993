import type { PloverType } from '../types.js';

/** A participant of a stored event (same shape as the store's Party). */
export interface Party {
  name: string;
  code: string | null;
  country: string | null;
  sector: string | null;
}

/**
 * The fields analytics read from an event. The store's EventRow has all of them, so its rows
 * plug in directly; tests build them with the synthetic generator.
 */
export interface AnalyticEvent {
  articleId: string;
  storyId: number;
  eventId: string;
  type: PloverType;
  mode: string | null;
  /** ISO day (or longer ISO timestamp); events without a date are left out of series */
  date: string | null;
  source: Party[];
  target: Party[];
  placeCountry: string | null;
  contexts: string[];
  negated: boolean;
  hypothetical: boolean;
  title?: string | null;
  url?: string | null;
}

/** The dimensions a series or an alert is keyed by. */
export type Dimension = 'country' | 'type' | 'dyad' | 'context';
export const DIMENSIONS: readonly Dimension[] = ['country', 'type', 'dyad', 'context'];

/** One day of one key: stories counted once, with their mean intensity. */
export interface DailyPoint {
  day: string;
  key: string;
  /** distinct stories with a matching event that day */
  count: number;
  /** mean cooperation–conflict intensity over those stories (each story's own mean), or null */
  intensity: number | null;
}
