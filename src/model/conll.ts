import { readFileSync } from 'node:fs';

/** One sentence of a CoNLL file: words and their IOB2 NER tags. */
export interface ConllSentence {
  words: string[];
  tags: string[];
}

/** One -DOCSTART- document. */
export interface ConllDoc {
  sentences: ConllSentence[];
}

/** Reads a CoNLL-2003 style file (token POS chunk NER; blank line between sentences). */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let sent: ConllSentence = { words: [], tags: [] };
  const flushSentence = () => {
    if (sent.words.length) doc.sentences.push(sent);
    sent = { words: [], tags: [] };
  };
  const flushDoc = () => {
    flushSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) { flushSentence(); continue; }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') { flushDoc(); continue; }
    sent.words.push(cols[0]!);
    sent.tags.push(cols[cols.length - 1]!);
  }
  flushDoc();
  return docs;
}
