import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';

const pipeline = createPipeline();
const entity = (text: string, name: string) => pipeline.run({ text, published: '2024-05-06' }).entities.find((e) => e.text === name);

describe('entities: company names', () => {
  it('reads a capitalised name with its legal form as a company', () => {
    const e = entity('Profits at Halvorsen Marine Corp fell sharply in the quarter.', 'Halvorsen Marine Corp');
    expect(e?.type).toBe('ORG');
    expect(e?.info?.sector).toBe('BUS');
  });

  it('reads the names after "shares of" as companies', () => {
    const doc = pipeline.run({ text: 'Shares of Brannock Tedder and Quillon rose in early trading.', published: '2024-05-06' });
    const names = doc.entities.filter((e) => e.type === 'ORG').map((e) => e.text);
    expect(names).toContain('Brannock Tedder');
    expect(names).toContain('Quillon');
  });
});
