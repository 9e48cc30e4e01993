/**
 * Done-when check on the canonical seed article (read at run time from ../shared): all nine direct
 * quotes, five by Dmitry Peskov and four by Vladimir Putin, including those attributed only by "he".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/shared.js';
import { createPipeline } from '../../index.js';
import { composePipeline, type Stage } from '../../pipeline.js';
import { defaultStages } from '../index.js';
import { tokensStage } from '../tokens/index.js';
import { quotesStage } from './index.js';

const seed = sharedPath('corpus/seed-article.txt');
const noEntities: Stage = { name: 'no-entities', needs: [], provides: ['entities', 'actors'], run() {} };

describe.skipIf(!seed)('quotes on the seed article', () => {
  const full = defaultStages().some((s) => s.name === 'quotes');
  const pipeline = full ? createPipeline() : composePipeline([tokensStage, noEntities, quotesStage]);
  const doc = pipeline.run({ text: seed ? readFileSync(seed, 'utf8') : 'absent', published: '2021-08-23' });
  const spans = doc.quotes.map((q) => (q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null));

  it('finds all nine direct quotes, each with a speaker span', () => {
    expect(doc.quotes).toHaveLength(9);
    for (const s of spans) expect(s).toMatch(/Peskov$|Putin$|^[Hh]e$/);
    expect(spans.filter((s) => s === 'he' || s === 'He').length).toBeGreaterThanOrEqual(3);
  });

  it('gives five quotes to Peskov and four to Putin, pronouns included', () => {
    if (!full || doc.actors.length === 0) {
      // without the entity and actor stages only the named spans can be checked
      expect(spans.filter((s) => s?.endsWith('Peskov')).length).toBe(3);
      expect(spans.filter((s) => s?.endsWith('Putin')).length).toBe(3);
      return;
    }
    const name = (id: string | null) => doc.actors.find((a) => a.id === id)?.name ?? '';
    const names = doc.quotes.map((q) => name(q.speaker));
    expect(names.filter((n) => n.endsWith('Peskov')), names.join(' | ')).toHaveLength(5);
    expect(names.filter((n) => n.endsWith('Putin')), names.join(' | ')).toHaveLength(4);
    const pronouns = doc.mentions.filter((m) => /^he$/i.test(m.text) && m.rule.startsWith('quotes.'));
    expect(pronouns.length).toBeGreaterThanOrEqual(3);
    for (const m of pronouns) expect(name(m.actor)).toMatch(/Peskov$|Putin$/);
  });
});
