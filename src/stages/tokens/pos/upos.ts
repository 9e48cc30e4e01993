/** Universal POS tags the tagger predicts. */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS)[number];

const AUX_WORDS = new Set([
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m',
  'have', 'has', 'had', 'having', "'ve", '’ve', "'d", '’d', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", '’ll', 'wo', 'ca', 'sha',
]);
const SCONJ_WORDS = new Set(['that', 'because', 'if', 'whether', 'while', 'although', 'though', 'since', 'unless', 'until', 'as', 'after', 'before', 'once', 'so']);
const PUNCT_TAGS = new Set(['.', ',', ':', '``', "''", '"', '(', ')', '-LRB-', '-RRB-', '#', 'HYPH', 'NFP']);

/**
 * Maps a Penn Treebank tag (as in CoNLL-2003) to a universal tag. Auxiliaries are told from
 * verbs by the word, as Universal Dependencies does; `IN` is a subordinating conjunction for the
 * words that introduce clauses and an adposition otherwise.
 */
export function ptbToUpos(tag: string, word: string): Upos {
  const w = word.toLowerCase();
  if (tag.startsWith('VB') || tag === 'MD') return AUX_WORDS.has(w) ? 'AUX' : 'VERB';
  if (tag === 'NNP' || tag === 'NNPS') return 'PROPN';
  if (tag === 'NN' || tag === 'NNS') return 'NOUN';
  if (tag.startsWith('JJ')) return 'ADJ';
  if (tag.startsWith('RB') || tag === 'WRB') return w === 'not' || w === "n't" || w === 'n’t' ? 'PART' : 'ADV';
  if (tag === 'IN') return SCONJ_WORDS.has(w) && w !== 'after' && w !== 'before' && w !== 'since' ? 'SCONJ' : 'ADP';
  if (tag === 'RP') return 'ADP';
  if (tag === 'DT' || tag === 'PDT' || tag === 'WDT') return 'DET';
  if (tag === 'PRP' || tag === 'PRP$' || tag === 'WP' || tag === 'WP$' || tag === 'EX') return 'PRON';
  if (tag === 'CC') return 'CCONJ';
  if (tag === 'CD') return 'NUM';
  if (tag === 'TO') return 'PART';
  if (tag === 'POS') return 'PART';
  if (tag === 'UH') return 'INTJ';
  if (tag === 'SYM' || tag === '$') return 'SYM';
  if (PUNCT_TAGS.has(tag)) return 'PUNCT';
  return 'X';
}
