import type { AlertConfig } from './config.js';
import { dayNumber, dayString } from './days.js';
import { negbinUpper, poissonUpper, surprise } from './poisson.js';
import { round } from './series.js';
import type { DailyPoint, Dimension } from './types.js';

/** An unusual rise of one key on one day, before its evidence is attached. */
export interface Spike {
  kind: 'spike';
  dimension: Dimension;
  key: string;
  day: string;
  /** stories that day */
  count: number;
  /** λ: the baseline mean (at least the floor) */
  expected: number;
  /** baseline days that lay inside the data */
  baselineDays: number;
  /** P(X ≥ count) under the configured law (see tail) */
  p: number;
  /** −log10 p: the ranking score */
  surprise: number;
  /** count / λ */
  ratio: number;
  intensity: number | null;
}

export interface SpikeWindow {
  /** first and last tested day (inclusive) */
  from: string;
  to: string;
  /** the first day the data covers: baseline days before it are unknown, not zero */
  dataStart: string;
}

/**
 * The upper-tail probability of `x` given `sum` stories over `n` baseline days.
 * - poisson: λ = max(sum / n, floor), p = P(X ≥ x | λ).
 * - negbin (default): the Gamma–Poisson predictive. The rate has a Gamma(sum + ½, n) posterior
 *   (Jeffreys prior), its mean floored at `lambdaFloor`; X is then negative binomial. This accounts for the uncertainty of a baseline estimated from few days,
 *   which the plug-in Poisson ignores (it then alerts slightly more often than pValue).
 */
export function tail(x: number, sum: number, n: number, c: AlertConfig): { lambda: number; p: number } {
  if (c.method === 'poisson') {
    const lambda = Math.max(sum / n, c.lambdaFloor);
    return { lambda, p: poissonUpper(x, lambda) };
  }
  const beta = n;
  const r = Math.max(sum + 0.5, c.lambdaFloor * beta);
  return { lambda: r / beta, p: negbinUpper(x, r, beta / (beta + 1)) };
}

/**
 * Tests each key-day in the window against the key's own baseline: the mean of the previous
 * `baselineDays` days (absent days count 0, days before the data are left out), floored at
 * `lambdaFloor`. Flags when count ≥ minCount and P(X ≥ count) < pValue (see tail).
 */
export function detectSpikes(dim: Dimension, points: DailyPoint[], w: SpikeWindow, c: AlertConfig): Spike[] {
  const byKey = new Map<string, Map<number, DailyPoint>>();
  for (const p of points) {
    let m = byKey.get(p.key);
    if (!m) byKey.set(p.key, (m = new Map()));
    m.set(dayNumber(p.day), p);
  }
  const from = dayNumber(w.from), to = dayNumber(w.to), start = dayNumber(w.dataStart);
  const out: Spike[] = [];
  for (const [key, days] of byKey) {
    for (const [d, point] of days) {
      if (d < from || d > to || point.count < c.minCount) continue;
      const first = Math.max(start, d - c.baselineDays);
      const n = d - first;
      if (n < c.minBaselineDays) continue;
      let sum = 0;
      for (let b = first; b < d; b++) sum += days.get(b)?.count ?? 0;
      const { lambda, p } = tail(point.count, sum, n, c);
      if (p >= c.pValue) continue;
      out.push({
        kind: 'spike', dimension: dim, key, day: dayString(d), count: point.count, expected: round(lambda),
        baselineDays: n, p, surprise: round(surprise(p)), ratio: round(point.count / lambda, 2), intensity: point.intensity,
      });
    }
  }
  return out;
}
