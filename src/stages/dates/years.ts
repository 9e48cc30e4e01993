import type { DateMention, Sentence, Token } from '../../types.js';
import { SPAN_PREPOSITIONS } from './refine.js';

/**
 * Bare years, which chrono-node does not read: "in 2019", "since 1991", "by mid-2022", "the
 * 2019 election". A four-digit number is a year only with a temporal cue, so counts are not
 * years ("2,500 troops", "1000 refugees", "from 2000 troops").
 */
const MIN_YEAR = 1800;
const MAX_YEAR = 2099;

/** Words before a number that make it a year. */
const YEAR_CUES = new Set(['in', 'since', 'by', 'until', 'till', 'during', 'from', 'before', 'after', 'through',
  'throughout', 'early', 'late', 'mid', 'of', 'year', 'around', 'to', 'and', 'between', 'summer', 'winter',
  'spring', 'autumn', 'fall']);
/** Determiners before "YYYY noun" (singular) make the number a year modifier: "the 2019 election". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

const PREFIXED = /^(mid|early|late|end|pre|post)-(\d{4})$/i;

const yearOf = (text: string): number | null => {
  if (!/^\d{4}$/.test(text)) return null;
  const y = Number(text);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
};

const isCountedNoun = (t: Token | undefined) =>
  !!t && (t.pos === 'NOUN' || t.pos === 'PROPN') && t.shape === 'x' && /s$/.test(t.lower);

export function findYears(tokens: Token[], sentence: Sentence): DateMention[] {
  const out: DateMention[] = [];
  for (let i = sentence.t0; i < sentence.t1; i++) {
    const tok = tokens[i]!;
    if (tok.shape !== 'd' && tok.shape !== 'm') continue;
    const prefixed = PREFIXED.exec(tok.text);
    if (prefixed) {
      const y = yearOf(prefixed[2]!);
      if (y !== null) out.push(mention(tokens, i, sentence, y, 'dates.year.prefixed'));
      continue;
    }
    const y = yearOf(tok.text);
    if (y === null) continue;
    const prev = i > sentence.t0 ? tokens[i - 1] : undefined;
    const next = i + 1 < sentence.t1 ? tokens[i + 1] : undefined;
    if (next && (next.text === ',' || next.text === '.') && tokens[i + 2]?.shape === 'd' && tokens[i + 2]!.start === next.end) continue;
    if (prev && YEAR_CUES.has(prev.lower) && !isCountedNoun(next)) {
      out.push(mention(tokens, i, sentence, y, 'dates.year.cue'));
    } else if (prev && DETERMINERS.has(prev.lower) && next && next.pos === 'NOUN' && !/s$/.test(next.lower)) {
      out.push(mention(tokens, i, sentence, y, 'dates.year.modifier'));
    }
  }
  return out;
}

function mention(tokens: Token[], i: number, sentence: Sentence, y: number, rule: string): DateMention {
  const tok = tokens[i]!;
  const prev = i > sentence.t0 ? tokens[i - 1]! : null;
  const start = prev && SPAN_PREPOSITIONS.has(prev.lower) ? prev.start : tok.start;
  return { text: '', start, end: tok.end, value: String(y), precision: 'year', rule };
}
