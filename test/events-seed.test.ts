/**
 * Done-when of the events issue on the seed article (read at run time from ../shared; skipped
 * where absent): who did what to whom, in the article's own clauses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type Event } from '../src/index.js';
import { sharedPath } from './shared.js';

const path = sharedPath('corpus/seed-article.txt');

describe.skipIf(!path)('events on the seed article (published 2021-08-23)', () => {
  const text = path ? readFileSync(path, 'utf8') : '';
  const a: Analysis = path ? analyze({ text, published: '2021-08-23' }) : (null as never);
  const actor = (id: string) => a.actors.find((x) => x.id === id)!;
  const countries = (ids: string[]) => ids.map((id) => actor(id).country);
  const trig = (e: Event) => text.slice(e.trigger.start, e.trigger.end);
  const show = () => a.events.map((e) => `${e.type} ${trig(e)} ${countries(e.source)}->${countries(e.target)}`).join('\n');

  it('has the virtual CONSULT of Russia with its six allies', () => {
    const e = a.events.find((x) => x.type === 'CONSULT' && x.target.length >= 6);
    expect(e, show()).toBeDefined();
    expect(countries(e!.source)).toContain('RUS');
    expect(countries(e!.target).sort()).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB']);
    expect(e!.mode).toBe('virtual');
    for (const id of [...e!.source, ...e!.target]) expect(a.entities.some((x) => x.actor === id && x.start >= e!.evidence.start && x.end <= e!.evidence.end)).toBe(true);
  });

  it('has the Patrushev–Sullivan CONSULT (RUS–USA)', () => {
    const e = a.events.find((x) => x.type === 'CONSULT' && x.source.some((id) => /Patrushev/.test(actor(id).name)));
    expect(e, show()).toBeDefined();
    expect(countries(e!.source)).toEqual(['RUS']);
    expect(e!.target.map((id) => actor(id).name)).toContain('Jake Sullivan');
  });

  it('has the Kremlin accusing the western states', () => {
    const e = a.events.find((x) => x.type === 'ACCUSE' && x.source.some((id) => /Kremlin/.test(actor(id).name)));
    expect(e, show()).toBeDefined();
    expect(actor(e!.source[0]!).country).toBe('RUS');
    expect(e!.target.map((id) => actor(id).name).join(' ')).toMatch(/west/i);
  });

  it('has the pledge to work together as AGREE or COOPERATE by Russia', () => {
    const e = a.events.find((x) => (x.type === 'AGREE' || x.type === 'COOPERATE') && /pledge|work/.test(trig(x)));
    expect(e, show()).toBeDefined();
    expect(countries(e!.source)).toContain('RUS');
  });

  it('dates the June summit of Putin and Biden to 2021-06', () => {
    const e = a.events.find((x) => x.type === 'CONSULT' && trig(x) === 'summit');
    expect(e, show()).toBeDefined();
    expect(e!.date).toBe('2021-06');
    expect(e!.source.map((id) => actor(id).name).join(' ')).toMatch(/Putin/);
    expect(e!.target.map((id) => actor(id).name).join(' ')).toMatch(/Biden/);
  });

  it('keeps "no one plans to interfere" as a negated event, and the article contexts', () => {
    const e = a.events.find((x) => trig(x) === 'interfere');
    expect(e, show()).toBeDefined();
    expect(e!.negated).toBe(true);
    expect(a.contexts).toEqual(expect.arrayContaining(['terrorism', 'illegal_drugs', 'migration']));
    expect(a.events.filter((x) => x.date === null)).toHaveLength(0);
  });
});
