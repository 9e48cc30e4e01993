import { describe, expect, it } from 'vitest';
import { composePipeline } from '../pipeline.js';
import { tokensStage } from '../stages/tokens/index.js';
import type { Doc } from '../types.js';
import { docWords, setDocWords } from '../util/words.js';
import { lexMatches } from './lexicon.js';

const tokens = (text: string) => composePipeline([tokensStage]).run({ text });
/** A copy of a tokenised document with fresh token objects and no per-word records. */
const copy = (doc: Doc): Doc => ({ ...doc, tokens: doc.tokens.map((t) => ({ ...t })) });
const phrases = (doc: Doc) => lexMatches(doc).flat().map((m) => `${doc.tokens.slice(m.t0, m.t1).map((t) => t.text).join(' ')}:${m.hits.map((h) => `${h.kind}/${h.id}`).join(',')}`);

describe('lexMatches', () => {
  const text = 'The Kremlin said Russian president Ivo Tam met the U.S. envoy and NATO officials in the West. Later the west wind rose over New Zealand and the United Arab Emirates.';

  it('finds multi-word, exact and "the"-only phrases, longest first', () => {
    const found = phrases(tokens(text));
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^Kremlin:metonym/), expect.stringMatching(/^New Zealand:country\/NZL/), expect.stringMatching(/^United Arab Emirates:country\/ARE/), expect.stringMatching(/^NATO:org/)]));
    expect(found.some((f) => f.startsWith('U.S.:country/USA'))).toBe(true);
    const doc = tokens(text);
    const united = doc.tokens.findIndex((t) => t.text === 'United');
    expect(lexMatches(doc)[united]!.map((m) => m.t1 - m.t0)[0]).toBe(3);
  });

  it('gives the same matches with the tokens stage per-word records as without them', () => {
    const doc = tokens(text);
    expect(docWords(doc)?.length).toBe(doc.tokens.length);
    const plain = copy(doc);
    expect(docWords(plain)).toBeUndefined();
    expect(phrases(doc)).toEqual(phrases(plain));
    expect(docWords(doc)!.every((w, i) => w.text === doc.tokens[i]!.text && w.lex !== null)).toBe(true);
  });

  it('ignores a per-word record whose text no longer matches its token', () => {
    const doc = tokens('Officials met in Tallinn on Monday.');
    lexMatches(doc); // fills the records' keys
    const edited = copy(doc);
    setDocWords(edited, docWords(doc)!);
    const k = edited.tokens.findIndex((t) => t.text === 'Tallinn');
    edited.tokens[k] = { ...edited.tokens[k]!, text: 'Estonia', lower: 'estonia' };
    expect(lexMatches(edited)[k]!.some((m) => m.hits.some((h) => h.kind === 'country' && h.id === 'EST'))).toBe(true);
  });
});
