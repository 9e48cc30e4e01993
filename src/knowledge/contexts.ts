import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configError } from '../errors.js';

/** One context (theme) of ontology/contexts.json, as written there. */
export interface ContextDef {
  id: string;
  /** the PLOVER 0.7 context name when it differs from id */
  plover?: string;
  description: string;
  /** strong terms (weight 2) */
  terms: string[];
  /** supporting terms (weight 1) */
  weak?: string[];
  /** phrases that block a hit where they match */
  negative?: string[];
  /** a sentence of our own in which the context must be found */
  example: string;
  /** a sentence of our own in which it must not be found */
  counterexample?: string;
}

export interface ContextLexicon {
  contexts: ContextDef[];
  /** terms that deliberately belong to more than one context */
  shared: string[];
}

export type TermKind = 'strong' | 'weak' | 'negative';

/** One matchable form: its words, what it says about which context, and the term it came from. */
export interface TermForm {
  words: string[];
  context: string;
  kind: TermKind;
  term: string;
}

const ID = /^[a-z][a-z0-9_]*$/;

/** Lower-cased words of a term: hyphens split like spaces, a possessive 's dropped, '=' removed. */
export function termWords(term: string): string[] {
  return term
    .replace(/^=/, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s\-–]+/)
    .filter(Boolean);
}

/** Regular plural of a word of 4+ letters that does not already end in s. */
export function plural(word: string): string | null {
  if (word.length < 4 || !/[a-z]$/.test(word) || word.endsWith('s')) return null;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(ch|sh|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Every form a term matches: as written, plus the plural of its last word unless it starts with '='. */
export function termForms(term: string): string[][] {
  const words = termWords(term);
  const forms = [words];
  const last = words[words.length - 1];
  const pl = !term.startsWith('=') && last ? plural(last) : null;
  if (pl) forms.push([...words.slice(0, -1), pl]);
  return forms;
}

function strings(value: unknown, where: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !termWords(v).length)) {
    throw configError(`contexts.json: ${where} must be a list of non-empty strings`);
  }
  return value as string[];
}

/** Checks fields, ids, and that no term form belongs to two contexts unless listed in "shared". */
export function validateContexts(raw: unknown): ContextLexicon {
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { contexts?: unknown }).contexts)) {
    throw configError('contexts.json: expected an object with a "contexts" list');
  }
  const obj = raw as { contexts: unknown[]; shared?: unknown };
  const shared = strings(obj.shared, 'shared', false);
  const sharedKeys = new Set(shared.map((s) => termWords(s).join(' ')));
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  const contexts = obj.contexts.map((c, i): ContextDef => {
    const def = c as Record<string, unknown>;
    const id = def.id;
    if (typeof id !== 'string' || !ID.test(id)) throw configError(`contexts.json: context ${i} needs an id in snake_case`);
    if (ids.has(id)) throw configError(`contexts.json: duplicate context id "${id}"`);
    ids.add(id);
    for (const field of ['description', 'example'] as const) {
      if (typeof def[field] !== 'string' || !(def[field] as string).trim()) throw configError(`contexts.json: ${id} needs a ${field}`);
    }
    const out: ContextDef = {
      id,
      description: def.description as string,
      terms: strings(def.terms, `${id}.terms`, true),
      weak: strings(def.weak, `${id}.weak`, false),
      negative: strings(def.negative, `${id}.negative`, false),
      example: def.example as string,
    };
    if (!out.terms.length) throw configError(`contexts.json: ${id} has no terms`);
    if (typeof def.plover === 'string') out.plover = def.plover;
    if (typeof def.counterexample === 'string') out.counterexample = def.counterexample;
    const positive = new Set<string>();
    for (const term of [...out.terms, ...out.weak!]) {
      for (const form of termForms(term)) {
        const key = form.join(' ');
        positive.add(key);
        const prev = owner.get(key);
        if (prev && prev !== id && !sharedKeys.has(termWords(term).join(' '))) {
          throw configError(`contexts.json: "${key}" is a term of both ${prev} and ${id} (list it in "shared" if intended)`);
        }
        owner.set(key, id);
      }
    }
    for (const neg of out.negative!) {
      if (positive.has(termWords(neg).join(' '))) throw configError(`contexts.json: ${id} lists "${neg}" as both term and negative`);
    }
    return out;
  });
  return { contexts, shared };
}

/** Every matchable form of the lexicon. */
export function lexiconForms(lex: ContextLexicon): TermForm[] {
  const out: TermForm[] = [];
  for (const c of lex.contexts) {
    const add = (terms: string[] | undefined, kind: TermKind) => {
      for (const term of terms ?? []) {
        const name = termWords(term).join('-');
        for (const words of termForms(kind === 'negative' ? `=${term.replace(/^=/, '')}` : term)) {
          out.push({ words, context: c.id, kind, term: name });
        }
      }
    };
    add(c.terms, 'strong');
    add(c.weak, 'weak');
    add(c.negative, 'negative');
  }
  return out;
}

/** ontology/<file>, found by walking up from this module (works from src/ and from dist/src/). */
export function ontologyFile(file: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = join(dir, 'ontology', file);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw configError(`ontology/${file} not found`);
}

let cached: ContextLexicon | null = null;

/** The validated context lexicon, read once. */
export function loadContexts(): ContextLexicon {
  if (cached) return cached;
  const path = ontologyFile('contexts.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw configError(`ontology/contexts.json: ${err instanceof Error ? err.message : String(err)}`);
  }
  cached = validateContexts(raw);
  return cached;
}
