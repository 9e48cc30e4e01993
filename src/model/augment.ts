/**
 * Training-time rewrites of CoNLL documents that teach the tagger forms real newswire uses
 * but CoNLL spells differently. Labels move with the words; nothing here runs at inference.
 */
import type { ConllDoc, ConllSentence } from './conll.js';

/** The same documents with every word lower-cased (robustness to lower-cased input). */
export const lowerCased = (docs: readonly ConllDoc[]): ConllDoc[] =>
  docs.map((d) => ({ sentences: d.sentences.map((s) => ({ words: s.words.map((w) => w.toLowerCase()), tags: s.tags })) }));

const AGENCIES = ['Reuters', 'AFP', 'AP', 'Interfax', 'Xinhua', 'Reuters', 'Reuters'];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * CoNLL writes a dateline as its own sentence ("LONDON 1996-08-30"); wire copy today writes
 * "LONDON (Reuters) - The first sentence..." or "LONDON, Aug 30 (Reuters) -". With probability
 * `p` per document (seeded `rand`), merge the dateline into the next sentence in one of those forms.
 */
export function agencyDatelines(docs: readonly ConllDoc[], p: number, rand: () => number): ConllDoc[] {
  return docs.map((doc) => {
    const s = doc.sentences.findIndex((x) => x.words.length <= 4 && DATE.test(x.words[x.words.length - 1]!) && x.tags.slice(0, -1).every((t) => t !== 'O'));
    if (s < 0 || s + 1 >= doc.sentences.length || rand() >= p) return doc;
    const dl = doc.sentences[s]!;
    const next = doc.sentences[s + 1]!;
    const agency = AGENCIES[Math.floor(rand() * AGENCIES.length)]!;
    const merged: ConllSentence = { words: dl.words.slice(0, -1), tags: dl.tags.slice(0, -1) };
    if (rand() < 0.5) {
      merged.words.push(',', MONTHS[Math.floor(rand() * 12)]!, String(1 + Math.floor(rand() * 28)));
      merged.tags.push('O', 'O', 'O');
    }
    merged.words.push('(', agency, ')', '-', ...next.words);
    merged.tags.push('O', 'B-ORG', 'O', 'O', ...next.tags);
    return { sentences: [...doc.sentences.slice(0, s), merged, ...doc.sentences.slice(s + 2)] };
  });
}
