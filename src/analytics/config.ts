import { configError } from '../errors.js';
import { DIMENSIONS, type Dimension } from './types.js';

/** Alert thresholds. Every field has a default; unknown fields are rejected. */
export interface AlertConfig {
  /** days before the tested day that form its baseline (the day itself excluded) */
  baselineDays: number;
  /** a key-day is tested only when at least this many baseline days lie inside the data */
  minBaselineDays: number;
  /** tail law: 'negbin' (Gamma–Poisson predictive, default) or 'poisson' (plug-in mean) */
  method: 'negbin' | 'poisson';
  /** the expected count λ is at least this (a key never seen still needs several stories) */
  lambdaFloor: number;
  /** flag when P(X ≥ x | λ) is below this: the expected false-alert rate per tested key-day */
  pValue: number;
  /** and the day has at least this many stories */
  minCount: number;
  /** which series are tested */
  dimensions: Dimension[];
  /** evidence events (one per story) and articles kept per alert */
  maxEvidence: number;
  /** at most this many alerts are returned, most surprising first */
  maxAlerts: number;
  /** breaking: a story with at least this many copies ... */
  breakingCopies: number;
  /** ... published within this many hours */
  breakingHours: number;
}

export const DEFAULT_ALERT_CONFIG: Readonly<AlertConfig> = Object.freeze({
  baselineDays: 28,
  minBaselineDays: 14,
  method: 'negbin',
  lambdaFloor: 0.5,
  pValue: 0.001,
  minCount: 3,
  dimensions: [...DIMENSIONS],
  maxEvidence: 10,
  maxAlerts: 100,
  breakingCopies: 5,
  breakingHours: 24,
});

type Check = (v: unknown) => string | null;
const int = (min: number, max: number): Check => (v) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? null : `an integer from ${min} to ${max}`;
const num = (min: number, max: number, open = false): Check => (v) =>
  typeof v === 'number' && Number.isFinite(v) && (open ? v > min : v >= min) && v <= max
    ? null : `a number ${open ? '>' : '≥'} ${min} and ≤ ${max}`;
const dims: Check = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((d) => DIMENSIONS.includes(d as Dimension))
    ? null : `a non-empty list of ${DIMENSIONS.join(', ')}`;

const CHECKS: Record<keyof AlertConfig, Check> = {
  baselineDays: int(7, 366),
  minBaselineDays: int(1, 366),
  method: (v) => (v === 'negbin' || v === 'poisson' ? null : '"negbin" or "poisson"'),
  lambdaFloor: num(0, 1000, true),
  pValue: num(0, 0.5, true),
  minCount: int(1, 1_000_000),
  dimensions: dims,
  maxEvidence: int(0, 1000),
  maxAlerts: int(1, 100_000),
  breakingCopies: int(2, 1_000_000),
  breakingHours: num(0, 24 * 366, true),
};

/** Defaults overlaid with `input`; throws a config error naming the first bad or unknown field. */
export function alertConfig(input: unknown = {}): AlertConfig {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw configError('alert config must be an object');
  const out: AlertConfig = { ...DEFAULT_ALERT_CONFIG, dimensions: [...DEFAULT_ALERT_CONFIG.dimensions] };
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    const check = CHECKS[k as keyof AlertConfig];
    if (!check) throw configError(`unknown alert setting "${k}" (known: ${Object.keys(CHECKS).join(', ')})`);
    const problem = check(v);
    if (problem) throw configError(`alert setting ${k} must be ${problem}, got ${JSON.stringify(v)}`);
    (out as unknown as Record<string, unknown>)[k] = v;
  }
  if (out.minBaselineDays > out.baselineDays) throw configError('alert setting minBaselineDays must not exceed baselineDays');
  return out;
}
