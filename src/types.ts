/**
 * Core data types shared by every stage. Offsets are UTF-16 code-unit indices into
 * `Doc.text` (JavaScript string indices), `end` exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

/** One input article, as read from a file, a feed, a page or a JSONL line. */
export interface Article {
  id?: string;
  text: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) of publication, if known. */
  published?: string;
  url?: string;
  /** author line of a page, when one was found */
  byline?: string;
}

export interface Token extends Span {
  /** index of this token in Doc.tokens */
  i: number;
  text: string;
  lower: string;
  /** Universal POS tag (NOUN, PROPN, VERB, ...) from the tokens stage's tagger. */
  pos: string;
  /** word shape: "Xx" capitalised, "X" all caps, "x" lower, "d" digits, "p" punctuation, "m" mixed */
  shape: TokenShape;
  /** sentence index */
  sent: number;
  /** true when the token starts a sentence */
  first: boolean;
}

export type TokenShape = 'Xx' | 'X' | 'x' | 'd' | 'p' | 'm';

export interface Sentence extends Span {
  i: number;
  /** token range [t0, t1) */
  t0: number;
  t1: number;
  /** paragraph index */
  para: number;
}

export interface Paragraph extends Span {
  i: number;
  /** sentence range [s0, s1) */
  s0: number;
  s1: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'LOCATION' | 'NORP';
export type ActorKind = 'person' | 'organization' | 'country' | 'igo' | 'group';

/**
 * A proposed entity. Several sources (gazetteer, roles, capitalisation chains, a trained
 * model) propose candidates; the refinement step picks a consistent, non-overlapping set.
 */
export interface Candidate extends Span {
  type: EntityType;
  /** token range [t0, t1) */
  t0: number;
  t1: number;
  /** the rule or model that proposed it, e.g. "gazetteer.country", "model.perceptron" */
  source: string;
  /** higher wins when candidates overlap */
  score: number;
  /** what a knowledge source already knows about the name */
  info?: EntityInfo;
}

export interface EntityInfo {
  country?: string | null;
  sector?: string | null;
  kind?: ActorKind;
  /** canonical name (e.g. "Collective Security Treaty Organization") */
  canonical?: string;
  /** organisation or group code (e.g. "CSTO") */
  code?: string;
  /** knowledge-base id (country code, organisation id, ...) */
  ref?: string;
  /** the name refers metonymically to a government (the Kremlin, Washington) */
  metonym?: boolean;
  /** a role the name is introduced with ("president"), when a knowledge rule saw one */
  role?: string;
  /** grammatical gender known from an honorific or role word ("Mr", "spokeswoman") */
  gender?: 'm' | 'f';
}

export interface Entity extends Span {
  id: string;
  type: EntityType;
  text: string;
  t0: number;
  t1: number;
  /** the rule or model that produced it */
  rule: string;
  /** every source that proposed this span */
  sources: string[];
  info?: EntityInfo;
  /** id of the actor it names, if any */
  actor?: string;
}

/** A non-entity mention linked to an actor by coreference ("he", "the president"). */
export interface Mention extends Span {
  id: string;
  text: string;
  actor: string;
  rule: string;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  roles: string[];
  code: string | null;
  /** entity ids */
  mentions: string[];
  /** how country/sector/roles were found */
  rule: string;
}

export interface Quote extends Span {
  id: string;
  text: string;
  cue: string | null;
  speaker: string | null;
  speakerSpan: Span | null;
  sentence: number;
  rule: string;
}

export interface DateMention extends Span {
  text: string;
  value: string;
  precision: 'day' | 'month' | 'year';
  rule: string;
}

export interface Place extends Span {
  id: string;
  text: string;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  kind: 'country' | 'region' | 'city' | 'admin' | 'feature';
  rule: string;
  entity?: string;
}

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface Event {
  id: string;
  type: PloverType;
  mode: string | null;
  contexts: string[];
  source: string[];
  target: string[];
  date: string | null;
  place: string | null;
  negated: boolean;
  hypothetical: boolean;
  sentence: number;
  trigger: Span;
  evidence: Span;
  rule: string;
  confidence: number;
}

/** A lexicon hit for a context (theme) such as terrorism or migration. */
export interface ThemeHit extends Span {
  context: string;
  sentence: number;
  rule: string;
  /** 2 for a strong lexicon term, 1 for a weak (supporting) one */
  weight?: number;
}

/** The working document every stage reads and writes. */
export interface Doc {
  article: Article;
  text: string;
  id: string;
  published: string | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  candidates: Candidate[];
  entities: Entity[];
  mentions: Mention[];
  actors: Actor[];
  quotes: Quote[];
  dates: DateMention[];
  places: Place[];
  events: Event[];
  themes: ThemeHit[];
  contexts: string[];
  /** stage name -> milliseconds, filled by the pipeline when timing is on */
  timings?: Record<string, number>;
}

export type DocField = Exclude<keyof Doc, 'article' | 'text' | 'id' | 'published' | 'timings'>;

/** The analysis JSON contract (../shared/spec/analysis-json.md), schema 1. */
export interface Analysis {
  schema: 1;
  id: string;
  title?: string;
  url?: string;
  published: string | null;
  language: 'en';
  sentences: Span[];
  entities: Array<Span & { id: string; type: EntityType; text: string; actor: string | null; rule: string; sources: string[] }>;
  actors: Actor[];
  mentions: Mention[];
  quotes: Quote[];
  dates: DateMention[];
  places: Place[];
  events: Event[];
  contexts: string[];
}
