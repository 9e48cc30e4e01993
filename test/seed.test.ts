/**
 * The done-when checks of the analyze issue on the article that started the project. The text
 * is read at run time from ../shared; the test skips where that data is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../src/index.js';
import { sharedPath } from './shared.js';

const path = sharedPath('corpus/seed-article.txt');

describe.skipIf(!path)('seed article (published 2021-08-23)', () => {
  const text = path ? readFileSync(path, 'utf8') : '';
  const a: Analysis = path ? analyze({ text, published: '2021-08-23' }) : (null as never);
  const actor = (name: string) => a.actors.find((x) => x.name === name);
  const nameOf = (id: string | null) => (id ? a.actors.find((x) => x.id === id)?.name : null);

  it('names five people in full with their government', () => {
    const want: Record<string, string> = {
      'Vladimir Putin': 'RUS', 'Dmitry Peskov': 'RUS', 'Nikolai Patrushev': 'RUS', 'Jake Sullivan': 'USA', 'Joe Biden': 'USA',
    };
    for (const [name, country] of Object.entries(want)) {
      const p = actor(name);
      expect(p, `${name} among ${a.actors.map((x) => x.name).join(', ')}`).toBeDefined();
      expect(p!.kind).toBe('person');
      expect(p!.country).toBe(country);
      expect(p!.sector).toBe('GOV');
    }
  });

  it('has one actor for every mention of Putin', () => {
    const putin = actor('Vladimir Putin')!;
    const mentions = a.entities.filter((e) => /Putin/.test(e.text));
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of mentions) expect(m.actor).toBe(putin.id);
    expect(a.actors.filter((x) => /Putin/.test(x.name))).toHaveLength(1);
  });

  it('knows the CSTO as an igo and the Kremlin as the Russian government', () => {
    const csto = a.actors.find((x) => x.code === 'CSTO' || x.name.includes('Collective Security Treaty'));
    expect(csto?.kind).toBe('igo');
    const kremlin = a.actors.find((x) => /Kremlin/.test(x.name));
    expect(kremlin?.country).toBe('RUS');
    expect(kremlin?.sector).toBe('GOV');
  });

  it('finds all nine direct quotes with their speakers', () => {
    const speakers = a.quotes.map((q) => nameOf(q.speaker));
    expect(a.quotes, a.quotes.map((q) => `${nameOf(q.speaker)}: ${q.text.slice(0, 40)}`).join('\n')).toHaveLength(9);
    expect(speakers.filter((s) => s === 'Dmitry Peskov')).toHaveLength(5);
    expect(speakers.filter((s) => s === 'Vladimir Putin')).toHaveLength(4);
    const byPronoun = a.quotes.filter((q) => q.speakerSpan && /^(he|she)$/i.test(text.slice(q.speakerSpan.start, q.speakerSpan.end)));
    expect(byPronoun.length).toBeGreaterThanOrEqual(2);
    for (const q of a.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('resolves Monday, Sunday and June against the publication date', () => {
    const value = (t: string) => a.dates.find((d) => d.text.includes(t))?.value;
    expect(value('Monday')).toBe('2021-08-23');
    expect(value('Sunday')).toBe('2021-08-22');
    expect(value('June')).toBe('2021-06');
  });
});
