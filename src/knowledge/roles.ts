import { readOntology } from './ontology.js';

export interface Role {
  /** canonical role name ("foreign minister") */
  id: string;
  aliases: string[];
  sector: string;
  /** person: a post a person holds; group: a plural noun naming a collective actor */
  kind: 'person' | 'group';
  /** a group noun that names an actor even without a modifier ("militants attacked") */
  bare?: boolean;
  /** a bare group that belongs to the country the article is about when its sentence names none ("the government said") */
  home?: boolean;
  example: string;
}

export interface Honorific {
  id: string;
  aliases: string[];
  role?: string;
  sector?: string;
  gender?: 'm' | 'f';
  example: string;
}

export interface RoleData {
  byId: Map<string, Role>;
  honorifics: Map<string, Honorific>;
  /** role word (lower case) -> gender */
  genders: Map<string, 'm' | 'f'>;
}

let cache: RoleData | null = null;

/** ontology/roles.json, loaded once. */
export function roles(): RoleData {
  if (cache) return cache;
  const data = readOntology<{ roles: Role[]; honorifics: Honorific[]; genders: Record<string, 'm' | 'f'> }>('roles.json');
  cache = {
    byId: new Map(data.roles.map((r) => [r.id, r])),
    honorifics: new Map(data.honorifics.map((h) => [h.id, h])),
    genders: new Map(Object.entries(data.genders)),
  };
  return cache;
}
