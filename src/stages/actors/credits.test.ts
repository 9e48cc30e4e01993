import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';

const pipeline = createPipeline();
const run = (text: string) => pipeline.run({ text, published: '2024-05-06' });

describe('actors: the agency credited in a dateline is no actor', () => {
  it('drops an agency named only in the dateline and keeps actor ids contiguous', () => {
    const doc = run('NAIROBI (Newswire) - Kenyan police arrested two Somali men on Monday, the interior ministry said.');
    expect(doc.actors.map((a) => a.name)).not.toContain('Newswire');
    expect(doc.actors.map((a) => a.id)).toEqual(doc.actors.map((_, i) => `a${i + 1}`));
    for (const e of doc.entities) if (e.actor) expect(doc.actors.some((a) => a.id === e.actor)).toBe(true);
  });

  it('keeps an agency that is also named outside the dateline', () => {
    const doc = run('NAIROBI (Newswire) - Kenyan police arrested two men on Monday.\n\nThe police later detained a Newswire reporter, and Newswire protested.');
    expect(doc.actors.some((a) => a.name === 'Newswire')).toBe(true);
  });
});

describe('actors: role words keep their spelling', () => {
  it('reads an aid agency\'s country director as an aid official', () => {
    const doc = run("The agency's country director, Ana Berg, said the convoy had arrived.");
    const a = doc.actors.find((x) => x.name === 'Ana Berg')!;
    expect(a.roles).toEqual(['country director']);
    expect(a.sector).toBe('NGO');
  });

  it('records "secretary-general" as written', () => {
    const doc = run('Its secretary-general, Ana Berg, said the talks had failed.');
    expect(doc.actors.find((a) => a.name === 'Ana Berg')!.roles).toEqual(['secretary-general']);
  });
});
