import { describe, expect, it } from 'vitest';
import { actorOf, analyzeDoc } from '../../../test/analyze.js';

describe('coref stage', () => {
  it('links full names, surnames and honorific mentions to one actor', () => {
    const doc = analyzeDoc('Chilean president Gabriel Soto met Ana Soto Ruiz. Mr Soto later said the talks were useful. Soto added that he would return.');
    const soto = actorOf(doc, 'Gabriel Soto')!;
    expect(soto.kind).toBe('person');
    expect(actorOf(doc, 'Soto', 0)).toBe(soto);
    expect(actorOf(doc, 'Soto', 1)).toBe(soto);
    expect(actorOf(doc, 'Ana Soto Ruiz')).not.toBe(soto);
  });

  it('links a single name to the only full name starting with it (family name first)', () => {
    const doc = analyzeDoc('Foreign ministry spokesman Zhao Lijun said China objected. Zhao added that talks would go on.');
    expect(actorOf(doc, 'Zhao')).toBe(actorOf(doc, 'Zhao Lijun'));
  });

  it('keeps two people with the same surname apart by first name', () => {
    const doc = analyzeDoc('Senator Maria Kane and her brother, General Tom Kane, disagreed. Maria Kane said no.');
    const maria = actorOf(doc, 'Maria Kane')!;
    expect(actorOf(doc, 'Tom Kane')).not.toBe(maria);
    expect(actorOf(doc, 'Maria Kane', 1)).toBe(maria);
  });

  it('links a long name and its acronym, defined in parentheses or by initials', () => {
    const doc = analyzeDoc('The Northern Grain Council (NGC) raised prices. The NGC said supply was short. The Lakes Fishing Authority and the LFA disagreed.');
    expect(actorOf(doc, 'NGC', 0)).toBe(actorOf(doc, 'Northern Grain Council'));
    expect(actorOf(doc, 'NGC', 1)).toBe(actorOf(doc, 'Northern Grain Council'));
    expect(actorOf(doc, 'LFA')).toBe(actorOf(doc, 'Lakes Fishing Authority'));
    expect(actorOf(doc, 'NGC')!.name).toBe('Northern Grain Council');
  });

  it('links short forms of an organisation name, without corporate designators', () => {
    const doc = analyzeDoc('Kestrel Freight Holdings Inc said it would sell a unit. Kestrel Freight said the price was fair, and Kestrel declined to comment. National Grid disagreed. National Power agreed.');
    const kestrel = actorOf(doc, 'Kestrel Freight Holdings Inc')!;
    expect(actorOf(doc, 'Kestrel Freight')).toBe(kestrel);
    expect(actorOf(doc, 'Kestrel')).toBe(kestrel);
    expect(actorOf(doc, 'National Grid')).not.toBe(actorOf(doc, 'National Power'));
  });

  it('links a known organisation with its acronym through the ontology', () => {
    const doc = analyzeDoc('NATO allies met. The North Atlantic Treaty Organization said more troops would come.');
    expect(actorOf(doc, 'NATO')).toBe(actorOf(doc, 'North Atlantic Treaty Organization'));
    expect(actorOf(doc, 'NATO')!.kind).toBe('igo');
  });

  it('resolves metonyms and capitals in actor position to the government', () => {
    const doc = analyzeDoc('The White House said it was ready. Washington wants a deal, but talks in Washington stalled. Paris warned Tehran.');
    const usGov = actorOf(doc, 'White House')!;
    expect(actorOf(doc, 'Washington', 0)).toBe(usGov);
    expect(doc.entities.filter((e) => e.text === 'Washington')[1]!.actor).toBeUndefined();
    expect(actorOf(doc, 'Paris')).toMatchObject({ country: 'FRA', sector: 'GOV', code: 'FRAGOV' });
  });

  it('makes every name of a country one country actor', () => {
    const doc = analyzeDoc('Kenya sent aid. Kenyan officials said Kenya would send more.');
    const kenya = actorOf(doc, 'Kenya')!;
    expect(kenya).toMatchObject({ kind: 'country', country: 'KEN', code: 'KEN', name: 'Kenya' });
    expect(actorOf(doc, 'Kenyan')).toBe(kenya);
    expect(actorOf(doc, 'Kenya', 1)).toBe(kenya);
  });
});

describe('person salience helper', () => {
  it('finds the most recent person, or speaker, of a compatible gender', async () => {
    const { salientPersonBefore, personsBefore } = await import('./persons.js');
    const text = 'Ms Ana Roe met Mr Ivan Petrov.\nPetrov said the deal was close. Roe smiled. "We will see," she said.';
    const doc = analyzeDoc(text);
    const at = text.indexOf('"We');
    const roe = actorOf(doc, 'Ana Roe')!.id;
    const petrov = actorOf(doc, 'Ivan Petrov')!.id;
    expect(salientPersonBefore(doc, at)).toBe(roe);
    expect(salientPersonBefore(doc, at, { preferSpeakers: true })).toBe(petrov);
    expect(salientPersonBefore(doc, at, { gender: 'm' })).toBe(petrov);
    expect(salientPersonBefore(doc, at, { gender: 'f', preferSpeakers: true })).toBe(roe);
    expect(personsBefore(doc, at, { maxParagraphs: 1 }).every((p) => p.start > text.indexOf('\n'))).toBe(true);
  });
});
