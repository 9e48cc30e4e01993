import { readOntology } from './ontology.js';
import type { ActorKind } from '../types.js';

export interface AnaphorHead {
  id: string;
  kinds: ActorKind[];
  sectors: string[];
  example: string;
}

export interface Anaphors {
  /** how many sentences back an antecedent may be */
  window: number;
  byHead: Map<string, AnaphorHead>;
}

let cache: Anaphors | null = null;

/** ontology/anaphors.json: definite descriptions ("the bloc") that refer back to a named actor. */
export function anaphors(): Anaphors {
  if (cache) return cache;
  const d = readOntology<{ window: number; heads: AnaphorHead[] }>('anaphors.json');
  cache = { window: d.window, byHead: new Map(d.heads.map((h) => [h.id, h])) };
  return cache;
}
