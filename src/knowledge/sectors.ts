import { readOntology } from './ontology.js';

export interface Sector {
  id: string;
  name: string;
  /** an organ of the state: government, military, police, judiciary, legislature, intelligence */
  state?: boolean;
  example: string;
}

let cache: Map<string, Sector> | null = null;

/** The documented sector list (ontology/sectors.json), loaded once. */
export function sectors(): Map<string, Sector> {
  if (cache) return cache;
  const data = readOntology<{ sectors: Sector[] }>('sectors.json');
  cache = new Map(data.sectors.map((s) => [s.id, s]));
  return cache;
}

let state: Set<string> | null = null;
/** The ids of the sectors that are organs of the state (sectors.json "state": true). */
export function stateSectors(): Set<string> {
  state ??= new Set([...sectors().values()].filter((s) => s.state).map((s) => s.id));
  return state;
}

/** CAMEO-style actor code: country + sector ("RUSGOV"), the country alone, or the sector alone. */
export function actorCode(country: string | null, sector: string | null): string | null {
  if (!country && !sector) return null;
  return `${country ?? ''}${sector ?? ''}`;
}
