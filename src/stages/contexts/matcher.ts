import type { ThemeHit } from '../../types.js';
import type { TermForm, TermKind } from '../../knowledge/contexts.js';
import type { Units } from './units.js';
import { WordFilter } from '../../util/word-filter.js';

interface Entry {
  words: string[];
  hits: Array<{ context: string; kind: TermKind; term: string; rule: string }>;
}

/** Phrases indexed by their first word, longest first: built once from the lexicon. */
export interface PhraseIndex {
  byFirst: Map<string, Entry[]>;
  /** the first words again, as a small filter that rules most words out before the map */
  firstWords: WordFilter;
}

export function buildIndex(forms: TermForm[]): PhraseIndex {
  const byKey = new Map<string, Entry>();
  for (const f of forms) {
    const key = f.words.join(' ');
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { words: f.words, hits: [] }));
    if (!e.hits.some((h) => h.context === f.context && h.kind === f.kind)) e.hits.push({ context: f.context, kind: f.kind, term: f.term, rule: `context.${f.context}.${f.term}` });
  }
  const byFirst = new Map<string, Entry[]>();
  for (const e of byKey.values()) {
    const first = e.words[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(e);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, firstWords: new WordFilter(byFirst.keys()) };
}

/** "Treaty" in "Collective Security Treaty Organisation": capitalised words inside a longer name. */
function insideName(u: Units, i: number, n: number): boolean {
  if (i === 0 || i + n >= u.n) return false;
  const sent = u.sent[i]!;
  if (u.sent[i - 1] !== sent || u.sent[i + n] !== sent || !u.cap[i - 1] || !u.cap[i + n]) return false;
  for (let k = i; k < i + n; k++) if (!u.cap[k]) return false;
  return true;
}

export const WEIGHT: Record<Exclude<TermKind, 'negative'>, number> = { strong: 2, weak: 1 };

/**
 * Greedy longest match, left to right, never across sentences: linear in units times the few
 * phrases sharing a first word. A negative phrase consumes its words and yields no hit; a weak
 * term capitalised inside a sentence is taken for a name and yields none either.
 */
export function matchThemes(u: Units, index: PhraseIndex): ThemeHit[] {
  const out: ThemeHit[] = [];
  const total = u.n;
  const words = u.w;
  let i = 0;
  while (i < total) {
    const w = words[i]!;
    const entries = index.firstWords.has(w) ? index.byFirst.get(w) : undefined;
    let used = 0;
    if (entries) {
      const sent = u.sent[i]!;
      for (const e of entries) {
        const n = e.words.length;
        if (i + n > total || u.sent[i + n - 1] !== sent) continue;
        let k = 1;
        while (k < n && words[i + k] === e.words[k]) k++;
        if (k < n) continue;
        used = n;
        if (insideName(u, i, n)) break;
        const named = u.cap[i]! && i > 0 && u.sent[i - 1] === sent; // "Bill Sullivan", "Visa" cards
        for (const h of e.hits) {
          if (h.kind === 'negative' || (h.kind === 'weak' && named)) continue;
          out.push({ context: h.context, start: u.start[i]!, end: u.end[i + n - 1]!, sentence: sent, rule: h.rule, weight: WEIGHT[h.kind] });
        }
        break;
      }
    }
    i += used || 1;
  }
  return out;
}
