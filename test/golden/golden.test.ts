/**
 * Golden tests: articles we wrote ourselves (examples/articles), each with hand-checked facts the
 * whole pipeline must find (expectations.json): people with country and sector, actors, quotes with
 * speakers, resolved dates, places, events with source and target countries, contexts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type Actor } from '../../src/index.js';

interface Expect {
  published: string;
  sentences?: number;
  people?: Array<{ name: string; country?: string; sector?: string }>;
  actors?: Array<{ name: string; kind?: string; country?: string; sector?: string; partial?: boolean; alsoCalled?: string }>;
  quotes?: Array<{ startsWith: string; speaker: string | null }>;
  dates?: Array<{ text: string; value: string }>;
  places?: Array<{ name: string; country: string }>;
  events?: Array<{ type: string[]; source?: string; target?: string; anyDirection?: boolean; hypothetical?: boolean; negated?: boolean }>;
  contexts?: string[];
  noPersonIn?: string;
}

const root = join(import.meta.dirname, '..', '..', 'examples', 'articles');
const all = JSON.parse(readFileSync(join(import.meta.dirname, 'expectations.json'), 'utf8')) as Record<string, Expect>;

const countriesOf = (a: Analysis, ids: string[]) => ids.map((id) => a.actors.find((x) => x.id === id)?.country).filter(Boolean) as string[];
const describeActors = (actors: Actor[]) => actors.map((x) => `${x.name}:${x.kind}:${x.country}/${x.sector}`).join(', ');

for (const [file, exp] of Object.entries(all)) {
  describe(`golden ${file}`, () => {
    const text = readFileSync(join(root, file), 'utf8');
    const a = analyze({ text, published: exp.published, id: file });

    if (exp.sentences) {
      it('joins hard-wrapped lines into whole sentences', () => {
        expect(a.sentences).toHaveLength(exp.sentences!);
        for (const s of a.sentences) expect(text.slice(s.start, s.end)).toMatch(/^[\p{Lu}"“]/u);
      });
    }

    for (const p of exp.people ?? []) {
      it(`finds the person ${p.name}`, () => {
        const actor = a.actors.find((x) => x.kind === 'person' && x.name === p.name);
        expect(actor, `persons: ${describeActors(a.actors.filter((x) => x.kind === 'person'))}`).toBeDefined();
        if (p.country) expect(actor!.country).toBe(p.country);
        if (p.sector) expect(actor!.sector).toBe(p.sector);
      });
    }
    for (const e of exp.actors ?? []) {
      it(`finds the actor ${e.name}`, () => {
        const actor = a.actors.find((x) => (e.partial ? x.name.includes(e.name) : x.name === e.name) && (!e.kind || x.kind === e.kind));
        expect(actor, `actors: ${describeActors(a.actors)}`).toBeDefined();
        if (e.country) expect(actor!.country).toBe(e.country);
        if (e.sector) expect(actor!.sector).toBe(e.sector);
        if (e.alsoCalled) expect(a.entities.filter((x) => x.actor === actor!.id).map((x) => x.text)).toContain(e.alsoCalled);
      });
    }
    for (const q of exp.quotes ?? []) {
      it(`attributes the quote “${q.startsWith}…”`, () => {
        const quote = a.quotes.find((x) => x.text.startsWith(q.startsWith));
        expect(quote, `quotes: ${a.quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`).toBeDefined();
        const speaker = quote!.speaker ? a.actors.find((x) => x.id === quote!.speaker)?.name : null;
        expect(speaker ?? null).toBe(q.speaker);
      });
    }
    for (const d of exp.dates ?? []) {
      it(`resolves the date “${d.text}”`, () => {
        const date = a.dates.find((x) => x.text.includes(d.text));
        expect(date, `dates: ${a.dates.map((x) => `${x.text}=${x.value}`).join(', ')}`).toBeDefined();
        expect(date!.value).toBe(d.value);
      });
    }
    for (const p of exp.places ?? []) {
      it(`places ${p.name} in ${p.country}`, () => {
        const place = a.places.find((x) => x.text === p.name || x.name === p.name);
        expect(place, `places: ${a.places.map((x) => `${x.text}=${x.country}`).join(', ')}`).toBeDefined();
        expect(place!.country).toBe(p.country);
      });
    }
    for (const ev of exp.events ?? []) {
      const label = `${ev.source ?? '*'} —${ev.type.join('|')}→ ${ev.target ?? '*'}`;
      it(`codes the event ${label}`, () => {
        const match = a.events.find((x) => {
          if (!ev.type.includes(x.type)) return false;
          if (ev.hypothetical !== undefined && x.hypothetical !== ev.hypothetical) return false;
          if (ev.negated !== undefined && x.negated !== ev.negated) return false;
          const src = countriesOf(a, x.source);
          const tgt = countriesOf(a, x.target);
          const fits = (s: string[], t: string[]) => (!ev.source || s.includes(ev.source)) && (!ev.target || t.includes(ev.target));
          return fits(src, tgt) || (ev.anyDirection === true && fits(tgt, src)) || (ev.anyDirection === true && fits([...src, ...tgt], [...src, ...tgt]));
        });
        const got = a.events.map((x) => `${countriesOf(a, x.source).join('+')} —${x.type}→ ${countriesOf(a, x.target).join('+')}`).join('; ');
        expect(match, `events: ${got}`).toBeDefined();
      });
    }
    if (exp.contexts) {
      it(`finds the contexts ${exp.contexts.join(', ')}`, () => {
        for (const c of exp.contexts!) expect(a.contexts).toContain(c);
      });
    }
    if (exp.noPersonIn) {
      it('finds no person in an all-caps headline', () => {
        const at = text.indexOf(exp.noPersonIn!);
        const inHeadline = a.entities.filter((x) => x.type === 'PERSON' && x.start >= at && x.end <= at + exp.noPersonIn!.length);
        expect(inHeadline).toEqual([]);
      });
    }
  });
}
