import { readOntology } from './ontology.js';

/** One post a known person held: role word, sector, dates (ontology/people.json). */
export interface Post {
  role: string;
  sector: string;
  /** organisations.json id of the body the post belongs to ("nato", "hamas") */
  org?: string;
  /** overrides the person's country; null for an international post */
  country?: string | null;
  /** ISO date (YYYY-MM-DD) the post began */
  from: string;
  /** ISO date it ended; null while still held */
  to: string | null;
}

export interface Person {
  id: string;
  names: string[];
  country: string | null;
  region: string;
  roles: Post[];
}

/** A person and the post of theirs that covers a date. */
export interface PersonPost {
  person: Person;
  post: Post;
  /** the country the post gives (the post's own, else the person's) */
  country: string | null;
}

export interface PeopleData {
  list: Person[];
  /** personKey(name) -> the people with that name (several when a name is shared) */
  byName: Map<string, Person[]>;
  /** the last word of every name key: a cheap first test before building a mention's keys */
  lastWords: Set<string>;
}

let cache: PeopleData | null = null;

/**
 * The key a name is matched by: no accents, lower case, straight apostrophes, no full stops
 * ("J.D." = "JD"), hyphens as spaces, single spaces ("Kim Jong-un" = "Kim Jong Un",
 * "Erdoğan" = "Erdogan").
 */
export function personKey(name: string): string {
  // the common case (plain ASCII letters and single spaces) needs only lower case
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-–—‐]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** ontology/people.json with its name index, loaded once. */
export function people(): PeopleData {
  if (cache) return cache;
  const data = readOntology<{ people: Person[] }>('people.json');
  const byName = new Map<string, Person[]>();
  const lastWords = new Set<string>();
  for (const p of data.people) {
    for (const n of p.names) {
      const k = personKey(n);
      lastWords.add(k.slice(k.lastIndexOf(' ') + 1));
      const list = byName.get(k);
      if (!list) byName.set(k, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  }
  cache = { list: data.people, byName, lastWords };
  return cache;
}

/** The post of a person that covers an ISO day (the first listed when several do), or null. */
export function postOn(person: Person, day: string): PersonPost | null {
  for (const post of person.roles) {
    if (post.from <= day && (post.to === null || day <= post.to)) {
      return { person, post, country: post.country !== undefined ? post.country : person.country };
    }
  }
  return null;
}

/**
 * The people named by any of the keys who held a post on the day: one PersonPost per person
 * (so a result longer than one means the name is ambiguous on that day).
 */
export function peopleOn(keys: Iterable<string>, day: string): PersonPost[] {
  const found: PersonPost[] = [];
  const byName = people().byName;
  for (const k of keys) {
    const list = byName.get(k);
    if (!list) continue;
    for (const p of list) {
      if (found.some((f) => f.person === p)) continue;
      const hit = postOn(p, day);
      if (hit) found.push(hit);
    }
  }
  return found;
}
