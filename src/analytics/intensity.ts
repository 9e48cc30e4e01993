/**
 * Cooperation–conflict intensity of an event, from ontology/intensity.json: a Goldstein-like
 * scale, +10 most cooperative, −10 most violent; a mode may override its type's value.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configError } from '../errors.js';
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
export function validateScale(raw: unknown, file = 'ontology/intensity.json'): IntensityScale {
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

function findFile(name: string): string {
  let at = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    const p = join(at, 'ontology', name);
    if (existsSync(p)) return p;
    at = dirname(at);
  }
  throw configError(`cannot find ontology/${name} next to the steppe package`);
}

let loaded: IntensityScale | null = null;

/** The shipped scale, read and validated once. */
export function intensityScale(): IntensityScale {
  if (loaded) return loaded;
  const path = findFile('intensity.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw configError(`ontology/intensity.json: ${(err as Error).message.split('\n')[0]}`);
  }
  return (loaded = validateScale(raw));
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
