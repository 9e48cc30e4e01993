import type { ThemeHit } from '../../types.js';
import type { TermForm, TermKind } from '../../knowledge/contexts.js';
import type { Unit } from './units.js';
import { WordFilter } from '../../util/word-filter.js';

interface Entry {
  words: string[];
  hits: Array<{ context: string; kind: TermKind; term: string }>;
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
    if (!e.hits.some((h) => h.context === f.context && h.kind === f.kind)) e.hits.push({ context: f.context, kind: f.kind, term: f.term });
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
function insideName(units: Unit[], i: number, n: number): boolean {
  const before = units[i - 1];
  const after = units[i + n];
  const sent = units[i]!.sent;
  if (!before || !after || before.sent !== sent || after.sent !== sent || !before.cap || !after.cap) return false;
  for (let k = i; k < i + n; k++) if (!units[k]!.cap) return false;
  return true;
}

export const WEIGHT: Record<Exclude<TermKind, 'negative'>, number> = { strong: 2, weak: 1 };

/**
 * Greedy longest match, left to right, never across sentences: linear in units times the few
 * phrases sharing a first word. A negative phrase consumes its words and yields no hit; a weak
 * term capitalised inside a sentence is taken for a name and yields none either.
 */
export function matchThemes(units: Unit[], index: PhraseIndex): ThemeHit[] {
  const out: ThemeHit[] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i]!;
    const entries = index.firstWords.has(u.w) ? index.byFirst.get(u.w) : undefined;
    let used = 0;
    if (entries) {
      for (const e of entries) {
        const n = e.words.length;
        if (i + n > units.length || units[i + n - 1]!.sent !== u.sent) continue;
        let k = 1;
        while (k < n && units[i + k]!.w === e.words[k]) k++;
        if (k < n) continue;
        used = n;
        if (insideName(units, i, n)) break;
        const named = u.cap && i > 0 && units[i - 1]!.sent === u.sent; // "Bill Sullivan", "Visa" cards
        for (const h of e.hits) {
          if (h.kind === 'negative' || (h.kind === 'weak' && named)) continue;
          out.push({
            context: h.context,
            start: u.start,
            end: units[i + n - 1]!.end,
            sentence: u.sent,
            rule: `context.${h.context}.${h.term}`,
            weight: WEIGHT[h.kind],
          });
        }
        break;
      }
    }
    i += used || 1;
  }
  return out;
}
