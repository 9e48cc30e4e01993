/**
 * Cooperation–conflict intensity of an event, from the `intensity` of each type and mode in
 * ontology/plover.json: a Goldstein-like scale, +10 most cooperative, −10 most violent; a mode
 * may override its type's value. A scale can also be given (tests, other ontologies).
 */
import { configError } from '../errors.js';
import { plover } from '../knowledge/plover.js';
import type { PloverType } from '../types.js';

export interface IntensityScale {
  min: number;
  max: number;
  types: Record<string, { intensity: number; modes: Record<string, number> }>;
}

const TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** Checks a parsed scale: every PLOVER type present, every value a number within [min, max]. */
export function validateScale(raw: unknown, file = 'intensity scale'): IntensityScale {
  const fail = (msg: string): never => { throw configError(`${file}: ${msg}`); };
  if (!raw || typeof raw !== 'object') return fail('not a JSON object');
  const s = raw as Partial<IntensityScale>;
  const min = s.min, max = s.max;
  if (typeof min !== 'number' || typeof max !== 'number' || min >= max) return fail('min and max must be numbers, min < max');
  const inRange = (v: unknown, where: string) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(`${where} must be a number in [${min}, ${max}]`);
  };
  if (!s.types || typeof s.types !== 'object') return fail('"types" is missing');
  for (const t of TYPES) if (!(t in s.types)) fail(`type ${t} is missing`);
  for (const [t, def] of Object.entries(s.types)) {
    if (!TYPES.includes(t as PloverType)) fail(`unknown PLOVER type ${t}`);
    inRange(def?.intensity, `${t}.intensity`);
    for (const [m, v] of Object.entries(def.modes ?? {})) inRange(v, `${t}.modes.${m}`);
  }
  return s as IntensityScale;
}

let loaded: IntensityScale | null = null;

/** The shipped scale: the intensity of each type and mode in ontology/plover.json, read once. */
export function intensityScale(): IntensityScale {
  if (loaded) return loaded;
  const p = plover();
  const types: IntensityScale['types'] = {};
  for (const [t, info] of Object.entries(p.types)) {
    const modes: Record<string, number> = {};
    for (const [m, o] of Object.entries(info.modes ?? {})) if (typeof o.intensity === 'number') modes[m] = o.intensity;
    types[t] = { intensity: info.intensity, modes };
  }
  return (loaded = validateScale({ min: p.scale.min, max: p.scale.max, types }, 'ontology/plover.json'));
}

/** Intensity of a type in a mode: the mode's own value when listed, else the type's. */
export function intensityOf(type: string, mode: string | null | undefined, scale = intensityScale()): number {
  const def = scale.types[type];
  if (!def) return 0;
  if (mode) {
    const m = def.modes[mode];
    if (m !== undefined) return m;
  }
  return def.intensity;
}
