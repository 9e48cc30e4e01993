import type { ActorKind } from '../types.js';
import { readOntology } from './ontology.js';

export interface Organisation {
  id: string;
  name: string;
  aliases: string[];
  kind: Extract<ActorKind, 'igo' | 'organization' | 'group'>;
  country: string | null;
  sector: string;
  code: string | null;
  members?: string[];
  example: string;
}

let cache: Map<string, Organisation> | null = null;

/** ontology/organisations.json by id, loaded once. */
export function organisations(): Map<string, Organisation> {
  if (cache) return cache;
  const data = readOntology<{ organisations: Organisation[] }>('organisations.json');
  cache = new Map(data.organisations.map((o) => [o.id, o]));
  return cache;
}
