/** Typed loader for ontology/event-patterns.json: event triggers with their type, mode, frame hints and example. */
import type { PloverType } from '../types.js';
import { configError } from '../errors.js';
import { readOntologyFile } from './ontology-file.js';
import { plover, PLOVER_TYPES } from './plover.js';

export type PatternPos = 'verb' | 'noun' | 'adj' | 'adv' | 'aux';

export interface EventPattern {
  id: string;
  type: PloverType;
  mode?: string;
  pos: PatternPos;
  /** the trigger phrase: words (inflected), "*" gaps and "@class" word classes */
  words: string;
  /** "object" and/or the prepositions that may introduce the target; absent: the defaults for pos */
  target?: string[];
  /** "speaker": the source is the actor whose words the sentence reports ("X said Y must…"), the target the trigger's subject */
  frame?: 'speaker' | 'reciprocal';
  /** prepositions introducing the source of an event noun ("a demand from X"), besides "by" */
  agent?: string[];
  /**
   * "target": an ambiguous trigger is an event only with a target ("beat", "recognize"); a class
   * name: only with a target or a word of that class as its object ("released 20 hostages",
   * "provided tents"), never "released earnings figures" or "provided the perfect opportunity"
   */
  needs?: string;
  example: string;
}

export interface EventPatterns {
  patterns: EventPattern[];
  classes: Record<string, string[]>;
  inflections: Record<string, string[]>;
  /** type -> mode -> cue words or phrases found in the clause */
  modeCues: Record<string, Record<string, string[]>>;
  /** ids of patterns whose type follows the polarity of the embedded action ("pledged to attack" → THREATEN) */
  intentVerbs: string[];
  /** sector code -> head nouns ("Hungarian officials" → GOV) */
  headSectors: Record<string, string[]>;
}

let cache: EventPatterns | null = null;

export function eventPatterns(): EventPatterns {
  return (cache ??= validateEventPatterns(readOntologyFile('event-patterns.json')));
}

export function validateEventPatterns(raw: any): EventPatterns {
  const bad = (m: string) => configError(`ontology/event-patterns.json: ${m}`);
  if (!raw || !Array.isArray(raw.patterns)) throw bad('missing "patterns" array');
  const classes: Record<string, string[]> = raw.classes ?? {};
  const types = plover().types;
  const seen = new Set<string>();
  for (const p of raw.patterns as EventPattern[]) {
    const where = `pattern ${p.id ?? '?'}`;
    if (typeof p.id !== 'string' || !/^[a-z]+\.[a-z0-9-]+$/.test(p.id)) throw bad(`${where}: id must look like "type.name"`);
    if (seen.has(p.id)) throw bad(`${where}: duplicate id`);
    seen.add(p.id);
    if (!PLOVER_TYPES.includes(p.type)) throw bad(`${where}: unknown type ${p.type}`);
    if (p.mode && !(p.mode in types[p.type].modes)) throw bad(`${where}: mode ${p.mode} is not a mode of ${p.type}`);
    if (!['verb', 'noun', 'adj', 'adv', 'aux'].includes(p.pos)) throw bad(`${where}: pos must be verb, noun, adj, adv or aux`);
    if (typeof p.words !== 'string' || !p.words.trim()) throw bad(`${where}: empty words`);
    const words = p.words.trim().split(/\s+/);
    if (words[0] === '*') throw bad(`${where}: a phrase cannot start with a gap`);
    for (const w of words) if (w.startsWith('@') && !classes[w.slice(1)]) throw bad(`${where}: unknown class ${w}`);
    if (typeof p.example !== 'string' || p.example.length < 10) throw bad(`${where}: needs an example sentence`);
    if (p.frame !== undefined && p.frame !== 'speaker' && p.frame !== 'reciprocal') throw bad(`${where}: frame must be "speaker" or "reciprocal"`);
    if (p.target && !p.target.every((t) => typeof t === 'string' && /^[a-z]+$/.test(t))) throw bad(`${where}: bad target list`);
    if (p.needs !== undefined && p.needs !== 'target' && !classes[p.needs]) throw bad(`${where}: needs must be "target" or a class`);
  }
  const cues = raw.modeCues ?? {};
  for (const [type, modes] of Object.entries<any>(cues)) {
    if (!PLOVER_TYPES.includes(type as PloverType)) throw bad(`modeCues: unknown type ${type}`);
    for (const mode of Object.keys(modes)) if (!(mode in types[type as PloverType].modes)) throw bad(`modeCues: ${mode} is not a mode of ${type}`);
  }
  for (const id of raw.intentVerbs ?? []) if (!seen.has(id)) throw bad(`intentVerbs: unknown pattern ${id}`);
  return { patterns: raw.patterns, classes, inflections: raw.inflections ?? {}, modeCues: cues, intentVerbs: raw.intentVerbs ?? [], headSectors: raw.headSectors ?? {} };
}
