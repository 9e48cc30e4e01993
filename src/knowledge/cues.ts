import { readOntology } from './ontology.js';

export interface OrgHead {
  id: string;
  sector: string;
  kind: 'organization' | 'group';
  example: string;
}

export interface NameCues {
  orgHeads: Map<string, OrgHead>;
  locationHeads: Set<string>;
  placePrefixes: Set<string>;
  orgPrefixes: Set<string>;
  eventHeads: Set<string>;
  /** lower case */
  personVerbs: Set<string>;
  /** lower case */
  locationPrepositions: Set<string>;
  /** lower case */
  connectors: Set<string>;
  nonNames: Set<string>;
  /** lower case: "state", "regions" after a division's name */
  divisionNouns: Set<string>;
  /** legal-form words closing a company name ("Corp", "SA") */
  legalForms: Set<string>;
}

let cache: NameCues | null = null;

/** ontology/name-cues.json: how to classify capitalised names no gazetteer knows. */
export function nameCues(): NameCues {
  if (cache) return cache;
  const d = readOntology<{ orgHeads: OrgHead[]; locationHeads: string[]; placePrefixes: string[]; orgPrefixes: string[]; eventHeads: string[]; personVerbs: string[]; locationPrepositions: string[]; connectors: string[]; nonNames: string[]; divisionNouns: string[]; legalForms: string[] }>('name-cues.json');
  cache = {
    orgHeads: new Map(d.orgHeads.map((h) => [h.id, h])),
    locationHeads: new Set(d.locationHeads),
    placePrefixes: new Set(d.placePrefixes),
    orgPrefixes: new Set(d.orgPrefixes),
    eventHeads: new Set(d.eventHeads),
    personVerbs: new Set(d.personVerbs.map((w) => w.toLowerCase())),
    locationPrepositions: new Set(d.locationPrepositions.map((w) => w.toLowerCase())),
    connectors: new Set(d.connectors.map((w) => w.toLowerCase())),
    nonNames: new Set(d.nonNames),
    divisionNouns: new Set(d.divisionNouns.map((w) => w.toLowerCase())),
    legalForms: new Set(d.legalForms),
  };
  return cache;
}
