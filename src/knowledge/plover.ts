/** Typed loader for ontology/plover.json: the 16 PLOVER types, their modes, classes and intensity scores. */
import type { PloverType } from '../types.js';
import { configError } from '../errors.js';
import { readOntologyFile } from './ontology-file.js';

export type PloverClass = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

export interface PloverTypeInfo {
  class: PloverClass;
  /** "intent": expressed intent or statement; "material": an act that took place */
  kind: 'intent' | 'material';
  /** Goldstein-like score on the scale -10 (most conflictual) .. +10 (most cooperative) */
  intensity: number;
  doc: string;
  modes: Record<string, { intensity?: number }>;
}

export interface Plover {
  types: Record<PloverType, PloverTypeInfo>;
  /** older labels (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) to their current type */
  legacy: Record<string, PloverType>;
  scale: { min: number; max: number; doc: string };
}

export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];
const CLASSES = new Set(['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict']);

let cache: Plover | null = null;

/** The PLOVER ontology, loaded and validated once. */
export function plover(): Plover {
  if (cache) return cache;
  const raw = readOntologyFile('plover.json') as any;
  return (cache = validatePlover(raw));
}

export function validatePlover(raw: any): Plover {
  const bad = (m: string) => configError(`ontology/plover.json: ${m}`);
  if (!raw || typeof raw !== 'object' || !raw.types) throw bad('missing "types"');
  const { min, max } = raw.scale ?? {};
  if (typeof min !== 'number' || typeof max !== 'number') throw bad('scale needs numeric min and max');
  for (const t of PLOVER_TYPES) if (!raw.types[t]) throw bad(`type ${t} is missing`);
  for (const [name, info] of Object.entries<any>(raw.types)) {
    if (!PLOVER_TYPES.includes(name as PloverType)) throw bad(`unknown type ${name}`);
    if (!CLASSES.has(info.class)) throw bad(`${name}: bad class ${info.class}`);
    if (info.kind !== 'intent' && info.kind !== 'material') throw bad(`${name}: kind must be intent or material`);
    const scores = [info.intensity, ...Object.values<any>(info.modes ?? {}).map((m) => m.intensity ?? info.intensity)];
    for (const s of scores) if (typeof s !== 'number' || s < min || s > max) throw bad(`${name}: intensity ${s} outside ${min}..${max}`);
  }
  for (const [old, now] of Object.entries<any>(raw.legacy ?? {})) {
    if (!PLOVER_TYPES.includes(now)) throw bad(`legacy ${old} maps to unknown ${now}`);
  }
  return { types: raw.types, legacy: raw.legacy ?? {}, scale: raw.scale };
}

/** Intensity of a type, or of its mode where the mode has its own score. */
export function intensityOf(type: PloverType, mode?: string | null): number {
  const info = plover().types[type];
  const m = mode ? info.modes[mode] : undefined;
  return m?.intensity ?? info.intensity;
}

/** Maps an older PLOVER label (DEMAND, FIGHT...) to today's type; current types pass through. */
export function currentType(label: string): PloverType | null {
  const up = label.toUpperCase();
  if (PLOVER_TYPES.includes(up as PloverType)) return up as PloverType;
  return plover().legacy[up] ?? null;
}

export const isConflict = (t: PloverType) => plover().types[t].class.endsWith('conflict');
export const isMaterial = (t: PloverType) => plover().types[t].kind === 'material';
