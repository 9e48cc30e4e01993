/**
 * Compiles the trigger patterns into a lookup map, once: every word of a phrase becomes the
 * set of its inflected forms, and the forms of each phrase's first word key the map.
 */
import { eventPatterns, type EventPattern } from '../../knowledge/event-patterns.js';
import { WordFilter } from '../../util/word-filter.js';

/** One element of a compiled phrase: a set of accepted lower-case forms, or a gap. */
export type Element = { forms: Set<string> } | { gap: number };

export interface CompiledPattern {
  pattern: EventPattern;
  elements: Element[];
  /** position in the ontology file: earlier wins ties */
  order: number;
}

export interface Lexicon {
  byFirst: Map<string, CompiledPattern[]>;
  /** the keys of byFirst, as a filter that rules most tokens out before the map lookup */
  firstWords: WordFilter;
  patterns: CompiledPattern[];
}

const VOWEL = /[aeiou]/;

/** Regular inflections of an English word (over-generating is harmless: unused forms never match). */
export function inflect(word: string, irregular: Record<string, string[]> = {}): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>([w, ...(irregular[w] ?? [])]);
  const last = w[w.length - 1] ?? '';
  const prev = w[w.length - 2] ?? '';
  if (/(s|x|z|ch|sh)$/.test(w)) out.add(w + 'es');
  else if (last === 'y' && !VOWEL.test(prev)) out.add(w.slice(0, -1) + 'ies');
  else out.add(w + 's');
  if (last === 'e') {
    out.add(w + 'd');
    if (prev !== 'e') out.add(w.slice(0, -1) + 'ing');
    else out.add(w + 'ing');
  } else if (last === 'y' && !VOWEL.test(prev)) {
    out.add(w.slice(0, -1) + 'ied');
    out.add(w + 'ing');
  } else {
    out.add(w + 'ed');
    out.add(w + 'ing');
    // consonant-vowel-consonant endings may double (ban → banned, admit → admitted)
    if (!VOWEL.test(last) && !/[wxy]/.test(last) && VOWEL.test(prev) && !VOWEL.test(w[w.length - 3] ?? 'a')) {
      out.add(w + last + 'ed');
      out.add(w + last + 'ing');
    }
  }
  return [...out];
}

/** Plural forms only: an event noun must not match the verb's -ed/-ing forms ("torture" vs "tortured"). */
export function plural(word: string, irregular: Record<string, string[]> = {}): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>([w, ...(irregular[w] ?? []).filter((f) => !/(ed|ing)$/.test(f) || /(ed|ing)$/.test(w))]);
  if (/(s|x|z|ch|sh)$/.test(w)) out.add(w + 'es');
  else if (w.endsWith('y') && !VOWEL.test(w[w.length - 2] ?? '')) out.add(w.slice(0, -1) + 'ies');
  else out.add(w + 's');
  return [...out];
}

/** Splits a pattern word on hyphens the way the tokenizer does ("cease-fire" → cease, -, fire). */
function parts(word: string): string[] {
  return word.split(/(-)/).filter(Boolean);
}

/** A pattern compiles once per tokenisation of its hyphenated words: whole ("cease-fire") and split ("cease", "-", "fire"). */
function compileBoth(p: EventPattern, order: number, classes: Record<string, string[]>, irr: Record<string, string[]>): CompiledPattern[] {
  const out = [compile(p, order, classes, irr, true)];
  if (p.words.includes('-')) out.push(compile(p, order, classes, irr, false));
  return out;
}

function compile(p: EventPattern, order: number, classes: Record<string, string[]>, irr: Record<string, string[]>, whole: boolean): CompiledPattern {
  const elements: Element[] = [];
  const words = p.words.trim().split(/\s+/);
  for (const word of words) {
    const forms = p.pos === 'noun' && words.length === 1 ? plural : inflect;
    if (word === '*') {
      elements.push({ gap: 3 });
    } else if (word.startsWith('@')) {
      // class members are single words (hyphenated members match their first part)
      const forms = new Set<string>();
      for (const member of classes[word.slice(1)]!) {
        for (const f of inflect(parts(member)[0]!, irr)) forms.add(f);
        if (member.includes('-')) for (const f of inflect(member, irr)) forms.add(f);
      }
      elements.push({ forms });
    } else {
      if (whole && word.includes('-')) {
        // the hyphenated word as one token: inflect its last part ("cease-fires", "sit-ins")
        const head = word.slice(0, word.lastIndexOf('-') + 1);
        elements.push({ forms: new Set([...forms(word.slice(head.length), irr).map((f) => head + f), ...(irr[word] ?? [])]) });
      } else {
        for (const part of parts(word)) elements.push({ forms: new Set(part === '-' ? ['-'] : forms(part, irr)) });
      }
    }
  }
  return { pattern: p, elements, order };
}

let cache: Lexicon | null = null;

/** The compiled trigger lexicon, built once. */
const classForms = new Map<string, Set<string>>();
/**
 * Every inflected form of the words of a class in ontology/event-patterns.json, for rules that test
 * a verb against a word list ("reactVerbs", "carryOutVerbs").
 */
export function formsOfClass(name: string): Set<string> {
  let out = classForms.get(name);
  if (!out) {
    const { classes, inflections } = eventPatterns();
    classForms.set(name, (out = new Set((classes[name] ?? []).flatMap((w) => inflect(w, inflections)))));
  }
  return out;
}

/** A word of the class (any inflection) among tokens [from, to). */
export function classWordIn(tokens: readonly { lower: string }[], from: number, to: number, cls: string): boolean {
  const words = formsOfClass(cls);
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) if (words.has(tokens[k]!.lower)) return true;
  return false;
}

export function lexicon(): Lexicon {
  if (cache) return cache;
  const { patterns, classes, inflections } = eventPatterns();
  const compiled = patterns.flatMap((p, i) => compileBoth(p, i, classes, inflections));
  const byFirst = new Map<string, CompiledPattern[]>();
  for (const c of compiled) {
    const first = c.elements[0]!;
    if (!('forms' in first)) continue;
    for (const f of first.forms) {
      const list = byFirst.get(f);
      if (list) list.push(c);
      else byFirst.set(f, [c]);
    }
  }
  return (cache = { byFirst, firstWords: new WordFilter(byFirst.keys()), patterns: compiled });
}
