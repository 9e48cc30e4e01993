import { readOntology } from './ontology.js';

export interface Metonym {
  id: string;
  aliases: string[];
  country: string;
  sector: string;
  example: string;
}

export interface CapitalRule {
  id: string;
  sector: string;
  example: string;
  /** tokens right after a capital that make it an actor ("Moscow-led") */
  followers: string[];
  /** prepositions before a capital that make it a place ("in Moscow") */
  locationPrepositions: string[];
  /** words before a capital that make it an actor ("talks with Beijing") */
  actorPrepositions: string[];
}

export interface MetonymData {
  capitalRule: CapitalRule;
  byId: Map<string, Metonym>;
}

let cache: MetonymData | null = null;

/** ontology/metonyms.json, loaded once. */
export function metonyms(): MetonymData {
  if (cache) return cache;
  const data = readOntology<{ capitalRule: CapitalRule; metonyms: Metonym[] }>('metonyms.json');
  cache = { capitalRule: data.capitalRule, byId: new Map(data.metonyms.map((m) => [m.id, m])) };
  return cache;
}
