import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';

const pipeline = createPipeline();
const run = (text: string) => pipeline.run({ text, published: '2024-05-06' });

describe('refine: names that are places, headlines that shout', () => {
  it('makes a name ending in a place word a location, whoever proposed it as a person', () => {
    const doc = run('Fishing boats from Vietnam gathered near Lincoln Reef and Marlow Shoal on Tuesday.');
    const types = Object.fromEntries(doc.entities.map((e) => [e.text, e.type]));
    expect(types['Lincoln Reef']).toBe('LOCATION');
    expect(types['Marlow Shoal']).toBe('LOCATION');
  });

  it('proposes no person after a title in a headline in capitals', () => {
    const doc = run('MINISTER DENIES BRIBERY CLAIMS\n\nThe finance minister, Oscar Lind, denied the claims on Monday.');
    expect(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.text)).toEqual(['Oscar Lind']);
  });
});
