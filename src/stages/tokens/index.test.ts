import { describe, expect, it } from 'vitest';
import { composePipeline } from '../../pipeline.js';
import { tokensStage } from './index.js';

const run = (text: string) => composePipeline([tokensStage]).run({ text });

describe('tokens stage', () => {
  it('keeps exact offsets for every token', () => {
    const text = 'Ms. Ortega said “we won’t sign” on Friday.\n\nThe ministry in Quito didn\'t reply.';
    const doc = run(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain('Quito');
  });

  it('never lets a sentence cross a paragraph break', () => {
    const doc = run('A headline without a full stop\nThe next line is a sentence. And another one.');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences).toHaveLength(3);
    expect(doc.sentences[0]!.para).toBe(0);
    expect(doc.sentences[1]!.para).toBe(1);
    expect(doc.text.slice(doc.sentences[2]!.start, doc.sentences[2]!.end)).toBe('And another one.');
  });

  it('tags parts of speech and word shapes', () => {
    const doc = run('Officials in Lagos met NATO envoys.');
    const lagos = doc.tokens.find((t) => t.text === 'Lagos')!;
    expect(lagos.pos).toBe('PROPN');
    expect(lagos.shape).toBe('Xx');
    expect(doc.tokens.find((t) => t.text === 'NATO')!.shape).toBe('X');
    expect(doc.tokens[0]!.first).toBe(true);
  });
});
