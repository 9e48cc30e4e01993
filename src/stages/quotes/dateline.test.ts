import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';

const pipeline = createPipeline();

describe('quotes: a dateline is never the speaker', () => {
  it('gives ", saying" the subject after the dateline, not the dateline city', () => {
    const doc = pipeline.run({ text: 'LUSAKA, March 3 (Newswire) - Zambia\'s finance minister, Ada Phiri, defended the budget on Monday, saying there was "no other way".', published: '2024-03-04' });
    const q = doc.quotes[0]!;
    expect(doc.actors.find((a) => a.id === q.speaker)?.name).toBe('Ada Phiri');
  });
});
