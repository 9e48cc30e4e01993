import { describe, expect, it } from 'vitest';
import { eventDoc } from '../../../test/event-doc.js';
import { toAnalysis } from '../../output.js';
import type { Doc, Event } from '../../types.js';
import { eventsStage, formatEvent } from './index.js';

const run = (text: string, edit?: (d: Doc) => void) => {
  const doc = eventDoc(text);
  edit?.(doc);
  eventsStage.run(doc, {} as never);
  return doc;
};
const countries = (doc: Doc, ids: string[]) => ids.map((id) => doc.actors.find((a) => a.id === id)!.country).sort();
const find = (doc: Doc, type: Event['type']) => doc.events.filter((e) => e.type === type);

describe('events: arguments from the clause', () => {
  it('takes compound sources and a with-phrase target, skipping the topic object', () => {
    const doc = run('Hungarian and Romanian officials discussed Afghanistan on Tuesday with Mongolia.');
    const [e] = find(doc, 'CONSULT');
    expect(countries(doc, e!.source)).toEqual(['HUN', 'ROU']);
    expect(countries(doc, e!.target)).toEqual(['MNG']);
    expect(doc.actors.find((a) => a.id === e!.source[0])!.sector).toBe('GOV');
  });

  it('reads the by-agent of a passive as the source', () => {
    const doc = run('A clinic for Congolese refugees was shelled by Burundian artillery.');
    const [e] = find(doc, 'ASSAULT');
    expect(countries(doc, e!.source)).toEqual(['BDI']);
    expect(countries(doc, e!.target)).toEqual(['COD']);
    expect(e!.mode).toBe('heavy-weapons');
  });

  it('skips appositives and relative clauses when looking for the subject', () => {
    let doc = run('Kenya, a close partner of Ethiopia, condemned Somalia on Friday.');
    expect(countries(doc, find(doc, 'ACCUSE')[0]!.source)).toEqual(['KEN']);
    doc = run('Peru, which borders Ecuador, attacked Chile.');
    const e = find(doc, 'ASSAULT')[0]!;
    expect(countries(doc, e.source)).toEqual(['PER']);
    expect(countries(doc, e.target)).toEqual(['CHL']);
  });

  it('takes the whole coordinated list after "with" and the main-clause subject of a fronted phrase', () => {
    const doc = run('In talks via video link with leaders from Chile, Peru and Bolivia, Argentina promised new loans.');
    const e = find(doc, 'CONSULT')[0]!;
    expect(countries(doc, e.source)).toEqual(['ARG']);
    expect(countries(doc, e.target)).toEqual(['BOL', 'CHL', 'PER']);
    expect(e.mode).toBe('virtual');
  });

  it('reads "X accused Y of …" and resolves a pronoun subject to the reporting actor', () => {
    let doc = run('Bolivia accused Chile of stealing water from Peru.');
    expect(countries(doc, find(doc, 'ACCUSE')[0]!.target)).toEqual(['CHL']);
    doc = run('Syria says it will not accept any more refugees from Iraq.');
    const reject = find(doc, 'REJECT')[0]!;
    expect(countries(doc, reject.source)).toEqual(['SYR']);
  });

  it('finds the actor behind a summarised approach that someone called insulting', () => {
    const doc = run('Egypt is now moving its border posts into Sudan – a step that Mr Olsen called “insulting”.');
    const e = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, e.source)).toEqual(['NOR']);
    expect(countries(doc, e.target)).toEqual(['EGY']);
  });
});

describe('events: negation, modality and intent', () => {
  it('flags negation, "no one" subjects and refusals', () => {
    let doc = run('Of course no one plans to attack these villages.');
    const e = find(doc, 'ASSAULT')[0]!;
    expect(e.negated).toBe(true);
    expect(e.source).toEqual([]);
    doc = run('Iran did not attack Iraq.');
    expect(find(doc, 'ASSAULT')[0]!.negated).toBe(true);
    doc = run('Poland refused to meet Belarus.');
    expect(find(doc, 'REJECT')).toHaveLength(1);
    expect(find(doc, 'CONSULT')[0]!.negated).toBe(true);
  });

  it('marks future and conditional acts hypothetical and keeps expressed intent distinct', () => {
    let doc = run('Greece would oppose the plan of Turkey.');
    expect(find(doc, 'REJECT')[0]!.hypothetical).toBe(true);
    doc = run('Japan pledged to send troops to Palau.');
    const agree = find(doc, 'AGREE');
    expect(find(doc, 'MOBILIZE')[0]!.hypothetical).toBe(true);
    expect(agree).toHaveLength(0);
    expect(find(doc, 'THREATEN')[0]!.hypothetical).toBe(false);
    doc = run('Canada will provide tents to Haiti.');
    expect(find(doc, 'AID')[0]!.hypothetical).toBe(true);
    expect(find(doc, 'AGREE')[0]!.rule).toBe('aid.provide+intent');
  });
});

describe('events: date, place, contexts, format', () => {
  it('dates from the clause, else publication; places and contexts inside the evidence', () => {
    const text = 'Chile met Peru in Lima in June; Bolivia attacked Brazil.';
    const doc = run(text, (d) => {
      const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
      d.dates.push({ ...at('in June'), text: 'in June', value: '2024-06', precision: 'month', rule: 'test' });
      d.places.push({ id: 'p1', ...at('Lima'), text: 'Lima', name: 'Lima', country: 'PER', lat: -12, lon: -77, kind: 'city', rule: 'test' });
      d.themes.push({ ...at('attacked'), context: 'military', sentence: 0, rule: 'test' });
    });
    const consult = find(doc, 'CONSULT')[0]!;
    expect(consult.date).toBe('2024-06');
    expect(consult.place).toBe('p1');
    expect(consult.contexts).toEqual([]);
    const assault = find(doc, 'ASSAULT')[0]!;
    expect(assault.date).toBe('2024-03-15');
    expect(assault.contexts).toEqual(['military']);
    const line = formatEvent(toAnalysis(doc), consult, text);
    expect(line).toMatch(/^Chile .*—CONSULT\(meet\)→ Peru .* \[2024-06, Lima, PER\]/);
    expect(line.split('\n')[1]).toContain('Chile met Peru in Lima in June');
    for (const e of doc.events) {
      expect(e.evidence.start).toBeLessThanOrEqual(e.trigger.start);
      expect(e.evidence.end).toBeGreaterThanOrEqual(e.trigger.end);
    }
  });
});

describe('events: frames beyond subject-verb-object', () => {
  it('reads a reported demand ("X said Y must …") and a threat put as a condition', () => {
    let doc = run('Kenya said Somalia must release the fishermen.');
    const req = find(doc, 'REQUEST')[0]!;
    expect(countries(doc, req.source)).toEqual(['KEN']);
    expect(countries(doc, req.target)).toEqual(['SOM']);
    doc = run('Chad will send food to Sudan unless Libya withdraws.');
    expect(countries(doc, find(doc, 'THREATEN')[0]!.source)).toEqual(['TCD']);
    expect(find(doc, 'AGREE')).toHaveLength(0);
  });

  it('gives a purpose infinitive the subject of its governing verb and an event noun its possessive owner', () => {
    let doc = run('Norway sent two envoys to Kenya to investigate the shooting.');
    expect(countries(doc, find(doc, 'ACCUSE')[0]!.source)).toEqual(['NOR']);
    doc = run('Israel said on Monday that its long-planned invasion of Lebanon had begun.');
    const e = find(doc, 'ASSAULT')[0]!;
    expect(countries(doc, e.source)).toEqual(['ISR']);
    expect(countries(doc, e.target)).toEqual(['LBN']);
  });

  it('locates a countryless target by the phrase after it', () => {
    const doc = run('Poland refused to deploy peacekeepers in Mali.');
    expect(countries(doc, find(doc, 'REJECT')[0]!.target)).toEqual(['MLI']);
  });
});
