import { describe, expect, it } from 'vitest';
import { actorOf, analyzeDoc } from '../../../test/analyze.js';
import { analyze } from '../../index.js';

const ruleOf = (doc: ReturnType<typeof analyzeDoc>, name: string) => actorOf(doc, name)?.rule ?? '';

describe('actors stage: known political figures (ontology/people.json)', () => {
  it('gives a leader the text names with no cue the country, sector and role of the post held that day', () => {
    const doc = analyzeDoc('Kim Jong Un watched the launch while officials in Japan, China, Russia and Canada followed it closely.', '2023-04-14');
    expect(actorOf(doc, 'Kim Jong Un')).toMatchObject({ country: 'PRK', sector: 'GOV', code: 'PRKGOV', roles: ['leader'] });
    expect(ruleOf(doc, 'Kim Jong Un')).toContain('knowledge.people:kim-jong-un');
  });

  it('reaches a surname through in-document coreference, never by itself', () => {
    const withFull = analyzeDoc('Recep Tayyip Erdoğan spoke first. Later Erdoğan said the talks would go on.', '2019-02-11');
    expect(actorOf(withFull, 'Erdoğan')).toMatchObject({ country: 'TUR', sector: 'GOV' });
    expect(actorOf(withFull, 'Erdoğan')).toBe(actorOf(withFull, 'Recep Tayyip Erdoğan'));
    const alone = analyzeDoc('Later Erdoğan said the talks would go on.', '2019-02-11');
    expect(ruleOf(alone, 'Erdoğan')).not.toContain('knowledge.people');
  });

  it('assigns nothing when the publication date is outside every range of the person', () => {
    const doc = analyzeDoc('Angela Merkel said the talks would go on.', '2023-03-20');
    expect(actorOf(doc, 'Angela Merkel')).toMatchObject({ country: null, sector: null });
    const before = analyzeDoc('Angela Merkel said the talks would go on.', '2004-03-20');
    expect(actorOf(before, 'Angela Merkel')!.country).toBeNull();
    const during = analyzeDoc('Angela Merkel said the talks would go on.', '2014-03-20');
    expect(actorOf(during, 'Angela Merkel')).toMatchObject({ country: 'DEU', sector: 'GOV', roles: ['chancellor'] });
  });

  it('picks the post held on the day: the same person in two offices', () => {
    const asFm = analyzeDoc('Boris Johnson arrived late.', '2017-05-02');
    expect(actorOf(asFm, 'Boris Johnson')).toMatchObject({ country: 'GBR', roles: ['foreign secretary'] });
    const asPm = analyzeDoc('Boris Johnson arrived late.', '2021-05-02');
    expect(actorOf(asPm, 'Boris Johnson')).toMatchObject({ country: 'GBR', roles: ['prime minister'] });
  });

  it('lets a cue in the text win over the dictionary', () => {
    const doc = analyzeDoc('Nigerian senator Joe Biden visited the market.', '2022-02-01');
    expect(actorOf(doc, 'Joe Biden')).toMatchObject({ country: 'NGA', sector: 'LEG' });
    expect(ruleOf(doc, 'Joe Biden')).not.toContain('knowledge.people');
  });

  it('fills only what the text left empty ("President Emmanuel Macron": the country)', () => {
    const doc = analyzeDoc('President Emmanuel Macron said the talks would go on.', '2020-10-01');
    expect(actorOf(doc, 'Emmanuel Macron')).toMatchObject({ country: 'FRA', sector: 'GOV', roles: ['president'] });
  });

  it('does not assign a name two people share on that day, and assigns it once only one does', () => {
    const shared = analyzeDoc('King Abdullah received the delegation.', '2010-06-01');
    expect(ruleOf(shared, 'Abdullah')).not.toContain('knowledge.people');
    expect(actorOf(shared, 'Abdullah')!.country).toBeNull();
    const later = analyzeDoc('King Abdullah received the delegation.', '2020-06-01');
    expect(actorOf(later, 'Abdullah')).toMatchObject({ country: 'JOR', sector: 'GOV' });
    expect(ruleOf(later, 'Abdullah')).toContain('knowledge.people:abdullah-ii');
  });

  it('tells two presidents of one name apart by the date', () => {
    expect(actorOf(analyzeDoc('George Bush spoke.', '1991-01-16'), 'George Bush')!.rule).toContain('george-h-w-bush');
    expect(actorOf(analyzeDoc('George Bush spoke.', '2003-03-20'), 'George Bush')!.rule).toContain('george-w-bush');
    expect(actorOf(analyzeDoc('George Bush spoke.', '1997-03-20'), 'George Bush')!.rule).not.toContain('knowledge.people');
  });

  it('takes no current post for a person the text calls former', () => {
    const doc = analyzeDoc('Former prime minister Boris Johnson arrived late.', '2021-05-02');
    expect(ruleOf(doc, 'Boris Johnson')).not.toContain('knowledge.people');
    expect(actorOf(doc, 'Boris Johnson')!.country).toBeNull();
  });

  it('assigns nothing without a publication date', () => {
    const text = 'Officials said Kim Jong Un watched the launch.';
    const kim = (published?: string) => analyze(published ? { text, published } : { text }).actors.find((x) => x.name === 'Kim Jong Un')!;
    expect(kim('2023-04-14').rule).toContain('knowledge.people');
    expect(kim().rule).not.toContain('knowledge.people');
    expect(kim().country).toBeNull();
  });

  it('gives an international post no country ("Antonio Guterres": IGO)', () => {
    const doc = analyzeDoc('António Guterres urged restraint.', '2022-03-01');
    expect(actorOf(doc, 'António Guterres')).toMatchObject({ country: null, sector: 'IGO', roles: ['secretary-general'] });
  });

  it('lets events code the source and target countries of people the text gives no cue for', () => {
    const a = analyze({ text: 'Narendra Modi criticised Shehbaz Sharif on Tuesday.', published: '2023-02-07' });
    const country = (id: string) => a.actors.find((x) => x.id === id)?.country;
    const ev = a.events.find((e) => e.type === 'ACCUSE')!;
    expect(ev.source.map(country)).toEqual(['IND']);
    expect(ev.target.map(country)).toEqual(['PAK']);
  });
});
