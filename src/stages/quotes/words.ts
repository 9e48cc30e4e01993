import type { Token } from '../../types.js';

/** Personal pronouns that can name a speaker, with number and gender where cheap. */
export const SPEAKER_PRONOUNS: Record<string, { gender: 'm' | 'f' | null; plural: boolean }> = {
  he: { gender: 'm', plural: false },
  she: { gender: 'f', plural: false },
  they: { gender: null, plural: true },
  it: { gender: null, plural: false },
  we: { gender: null, plural: true },
  i: { gender: null, plural: false },
  you: { gender: null, plural: false },
};

/** Possessive determiners and the pronoun they stand for ("her remark" → she). */
export const POSSESSIVES: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', our: 'we', my: 'i' };

/** Dash tokens: hyphen, en dash, em dash and the horizontal bar (source lines, appositives, clause breaks). */
export const DASHES = new Set(['-', '–', '—', '―']);

export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'miss', 'sir', 'dame', 'gen', 'gen.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'prof', 'prof.', 'lord', 'lady']);

/** Words that may stand between a subject and its cue verb ("he also said", "Trump has said"). */
export const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'would', 'will', 'could', 'once', 'again', 'reportedly', 'previously',
  'earlier', 'further', 'simply', 'recently', 'repeatedly', 'just', 'often', 'flatly', 'publicly', 'privately', 'quickly',
  'only', 'even', 'did', 'does', 'was', 'is', 'famously', 'himself', 'herself', 'themselves', 'itself', 'bluntly', 'angrily', 'tersely', 'frequently', 'subsequently', 'however', 'too',
]);

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'evening', 'afternoon', 'night', 'week', 'month', 'year', 'last', 'earlier', 'recently', 'late',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
export const isTimeWord = (t: Token) => TIME_WORDS.has(t.lower);

const FUNCTION_POS = new Set(['CCONJ', 'SCONJ', 'ADP', 'DET', 'PRON', 'ADV', 'AUX', 'PART', 'INTJ', 'PUNCT']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const NP_DET = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another', 'some', 'many', 'several', 'two', 'both', 'other', 'all', 'former']);
const NP_GLUE = new Set(["'s", '’s', "'", '’', '-', '&']);
const NOT_NP = new Set(['that', 'this', 'these', 'those', 'which', 'what', 'who', 'whom', 'whose', 'there', 'here', 'it']);

/** A token that can be part of a speaker noun phrase ("Kremlin spokesman Dmitry Peskov"). */
export function isNPToken(t: Token): boolean {
  if (NOT_NP.has(t.lower)) return false;
  // a dash the tagger read as a word ("–" as ADJ) is no part of a name
  if (t.text === '–' || t.text === '—' || t.text === '―') return false;
  if (NP_POS.has(t.pos)) return !isSentenceEnd(t);
  if (NP_DET.has(t.lower)) return true;
  if (HONORIFICS.has(t.lower)) return true;
  if (NP_GLUE.has(t.text)) return true;
  return capitalWord(t);
}

/** A token that can head a speaker noun phrase. */
/** Quantifiers that can stand alone as a speaker ("Some chanted", "Another said"). */
const QUANT_HEADS = new Set(['some', 'many', 'others', 'another', 'one', 'both', 'few', 'several', 'most', 'all']);
/** A capitalised word that is not a capitalised function word ("And", "In"); all-caps headline words count. */
const capitalWord = (t: Token) => t.shape === 'X' || (t.shape === 'Xx' && !FUNCTION_POS.has(t.pos) && !(t.first && t.pos === 'VERB'));
export const isNPHead = (t: Token) =>
  (t.pos === 'PROPN' || t.pos === 'NOUN' || capitalWord(t) || QUANT_HEADS.has(t.lower)) && !NOT_NP.has(t.lower) && !isTimeWord(t);

export const isSentenceEnd = (t: Token) => t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';';

export const isPunct = (t: Token) => t.shape === 'p';

const isAdverbLy = (t: Token) => t.pos === 'ADV' && t.shape === 'x' && t.lower.endsWith('ly');

/** Skips "also", "has", "on Monday", "last week" backwards from k; returns the new k. */
export function skipBackBetween(toks: Token[], k: number, lo: number): number {
  while (k >= lo) {
    const t = toks[k]!;
    if (BETWEEN_SUBJECT_AND_CUE.has(t.lower) || isAdverbLy(t)) k--;
    else if (t.lower === 'ago') {
      // "two weeks ago", "less than a month ago"
      k--;
      while (k >= lo && (AGO_GLUE.has(toks[k]!.lower) || toks[k]!.pos === 'NUM' || isTimeWord(toks[k]!))) k--;
    } else if (isTimeWord(t)) {
      // "on Monday", "during a Sunday", "earlier this week"
      k--;
      while (k >= lo && TIME_GLUE.has(toks[k]!.lower)) k--;
    } else break;
  }
  return k;
}

const AGO_GLUE = new Set(['a', 'an', 'few', 'several', 'less', 'more', 'than', 'about', 'just', 'two', 'three', 'days', 'weeks', 'months', 'years', 'hours', 'decades', 'day', 'hour', 'decade']);
const TIME_GLUE = new Set(['on', 'last', 'during', 'a', 'the', 'this', 'that', 'earlier', 'late', 'in', 'at', 'next', 'same', 'early']);

/** Skips the same words forwards from k. */
export function skipForwardBetween(toks: Token[], k: number, hi: number): number {
  while (k < hi) {
    const t = toks[k]!;
    if (BETWEEN_SUBJECT_AND_CUE.has(t.lower) || isAdverbLy(t)) k++;
    else if ((t.lower === 'on' || t.lower === 'last') && k + 1 < hi && isTimeWord(toks[k + 1]!)) k += 2;
    else if (isTimeWord(t)) k++;
    else break;
  }
  return k;
}

/** A verb as the tagger reads it, leaving out capitalised words it mistakes for verbs ("Sen. Ted Cruz"). */
export const isVerb = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && t.shape === 'x';
