import type { Doc } from '../../types.js';
import type { StageContext } from '../../pipeline.js';

/** A calendar day without a time zone. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day relative dates resolve against: the publication date when it is a valid ISO day,
 * else the injected clock's current UTC day.
 */
export function referenceDay(doc: Doc, ctx: Pick<StageContext, 'now'>): Day {
  const m = doc.published ? ISO_DAY.exec(doc.published) : null;
  if (m) {
    const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    const check = new Date(Date.UTC(day.y, day.m - 1, day.d));
    if (check.getUTCMonth() === day.m - 1 && check.getUTCDate() === day.d) return day;
  }
  const now = ctx.now();
  return { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
}

/** Local noon of the day: what chrono-node reads as its reference instant. */
export const toLocalNoon = (day: Day): Date => new Date(day.y, day.m - 1, day.d, 12);

/** Days since the epoch, for comparing and shifting calendar days. */
export const dayNumber = (day: Day): number => Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;

export function fromDayNumber(n: number): Day {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const isoDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
