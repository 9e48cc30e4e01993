/**
 * Per-word records of a document's tokens. The tokens stage looks every token up once in a
 * cache of distinct words (kept across documents) and registers the document's records here;
 * later modules memoise their own per-word values in a record's slot instead of hashing the
 * token text again (see knowledge/lexicon.ts).
 */
export interface WordRecord {
  /** the token text; tokens with this record carry this very string */
  readonly text: string;
  /** per-word values of the knowledge lexicon (owned by knowledge/lexicon.ts) */
  lex: unknown;
  /** the NER model's word info (owned by model/wordcache.ts, which checks it is still current) */
  ner: unknown;
}

const byDoc = new WeakMap<object, readonly WordRecord[]>();

/** Registers the records of a document's tokens, index for index. */
export function setDocWords(doc: object, words: readonly WordRecord[]): void {
  byDoc.set(doc, words);
}

/** The records of a document's tokens, index for index, when the tokens stage registered them (callers check the text still matches). */
export function docWords(doc: object): readonly WordRecord[] | undefined {
  return byDoc.get(doc);
}
