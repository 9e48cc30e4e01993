import { configError } from '../errors.js';
import { readOntologyFile } from './ontology-file.js';

/**
 * verb: "X said" / "said X"; source-after: "according to X"; noun: extends a verb ("said in a
 * statement"); speech-noun: its possessor is the speaker ("her remark that “…”").
 */
export type CueKind = 'verb' | 'source-after' | 'noun' | 'speech-noun';

export interface CueEntry {
  id: string;
  kind: CueKind;
  forms: string[];
  example: string;
  /** forms that count only when the tagger did not read them as nouns */
  verbOnly?: string[];
}

export interface CueForm {
  id: string;
  kind: CueKind;
  /** lower-cased words of the form */
  words: string[];
  verbOnly: boolean;
}

export interface CueLexicon {
  entries: CueEntry[];
  /** first word → forms starting with it, longest first */
  byFirst: Map<string, CueForm[]>;
}

const KINDS = new Set<CueKind>(['verb', 'source-after', 'noun', 'speech-noun']);

/** Checks the shape of ontology/quote-cues.json; throws a config error naming the bad entry. */
export function validateCues(data: unknown): CueEntry[] {
  const cues = (data as { cues?: unknown })?.cues;
  if (!Array.isArray(cues)) throw configError('ontology/quote-cues.json: "cues" must be a list');
  const ids = new Set<string>();
  for (const c of cues as CueEntry[]) {
    const where = `ontology/quote-cues.json: cue ${JSON.stringify(c?.id)}`;
    if (typeof c?.id !== 'string' || !c.id) throw configError(`${where} has no id`);
    if (ids.has(c.id)) throw configError(`${where} is duplicated`);
    ids.add(c.id);
    if (!KINDS.has(c.kind)) throw configError(`${where} has an unknown kind`);
    if (!Array.isArray(c.forms) || c.forms.length === 0 || c.forms.some((f) => typeof f !== 'string' || !f.trim())) {
      throw configError(`${where} needs a non-empty list of forms`);
    }
    if (typeof c.example !== 'string' || !c.example) throw configError(`${where} needs an example`);
    if (c.verbOnly && !c.verbOnly.every((f) => c.forms.includes(f))) throw configError(`${where}: verbOnly lists a form it lacks`);
  }
  return cues as CueEntry[];
}

/** Builds the lookup maps once. */
export function buildCueLexicon(entries: CueEntry[]): CueLexicon {
  const byFirst = new Map<string, CueForm[]>();
  for (const e of entries) {
    for (const form of e.forms) {
      const words = form.toLowerCase().split(/\s+/);
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ id: e.id, kind: e.kind, words, verbOnly: e.verbOnly?.includes(form) ?? false });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { entries, byFirst };
}

let cached: CueLexicon | null = null;

/** The cue lexicon from ontology/quote-cues.json, loaded and validated once. */
export function quoteCues(): CueLexicon {
  cached ??= buildCueLexicon(validateCues(readOntologyFile('quote-cues.json')));
  return cached;
}
