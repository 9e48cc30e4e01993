import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';

const pipeline = createPipeline();
const typeOf = (text: string, name: string) => pipeline.run({ text, published: '2024-05-06' }).entities.find((e) => e.text === name)?.type;

describe('entities: names of administrative divisions', () => {
  it('reads coordinated names before a plural division noun as places', () => {
    const text = 'Floods hit the Zubara and Kotoko states on Monday, officials said.';
    expect(typeOf(text, 'Zubara')).toBe('LOCATION');
    expect(typeOf(text, 'Kotoko')).toBe('LOCATION');
  });

  it('reads a name before a singular division noun as a place, hyphenated names whole', () => {
    expect(typeOf('Shelling continued in the Vardeno-Mirak region overnight.', 'Vardeno-Mirak')).toBe('LOCATION');
    expect(typeOf('Police in Ambrosa province arrested four men.', 'Ambrosa')).toBe('LOCATION');
  });

  it('leaves nationality and bloc adjectives before "states" alone', () => {
    const doc = pipeline.run({ text: 'Russia accused Western states and European states of meddling.', published: '2024-05-06' });
    expect(doc.entities.filter((e) => e.rule === 'rule.division')).toEqual([]);
  });
});
