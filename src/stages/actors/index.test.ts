import { describe, expect, it } from 'vitest';
import { actorOf, analyzeDoc } from '../../../test/analyze.js';

describe('actors stage: official country names', () => {
  it("keeps \"X's Republic\" names whole, also across a wrapped line", () => {
    const doc = analyzeDoc("Grain went to the People's\nRepublic of China, the Democratic People's Republic of Korea and the Lao People's\nDemocratic Republic, while the Republic of China bought none.");
    const named = (text: string) => doc.entities.find((e) => doc.text.slice(e.start, e.end).replace(/\s+/g, ' ') === text);
    const countryOf = (text: string) => doc.actors.find((a) => a.id === named(text)?.actor)?.country;
    expect(countryOf("People's Republic of China")).toBe('CHN');
    expect(countryOf("Democratic People's Republic of Korea")).toBe('PRK');
    expect(countryOf("Lao People's Democratic Republic")).toBe('LAO');
    expect(countryOf('Republic of China')).toBe('TWN');
  });
});

describe('actors stage: persons', () => {
  it('reads role, country and sector from pre-modifiers', () => {
    const doc = analyzeDoc('Turkish foreign minister Hakan Demir met Pentagon spokeswoman Dana Cole and former Nigerian army chief Musa Bello.');
    expect(actorOf(doc, 'Hakan Demir')).toMatchObject({ country: 'TUR', sector: 'GOV', code: 'TURGOV', roles: ['foreign minister'] });
    expect(actorOf(doc, 'Dana Cole')).toMatchObject({ country: 'USA', sector: 'MIL', code: 'USAMIL' });
    expect(actorOf(doc, 'Musa Bello')).toMatchObject({ country: 'NGA', sector: 'MIL', roles: ['army chief'] });
  });

  it('reads them through possessives and from appositives', () => {
    const doc = analyzeDoc("Kenya's interior minister Ruth Achieng spoke. Li Wei, the ambassador of China to the UN, replied. Omar Farah, Somalia's police commissioner, agreed.");
    expect(actorOf(doc, 'Ruth Achieng')).toMatchObject({ country: 'KEN', sector: 'GOV', roles: ['interior minister'] });
    expect(actorOf(doc, 'Li Wei')).toMatchObject({ country: 'CHN', sector: 'GOV', roles: ['ambassador'] });
    expect(actorOf(doc, 'Omar Farah')).toMatchObject({ country: 'SOM', sector: 'COP', code: 'SOMCOP' });
  });

  it('gives an organisation pre-modifier its sector and country, an igo its own sector', () => {
    const doc = analyzeDoc('Taliban spokesman Zabiullah Noor denied it, and NATO secretary general Erik Lund said nothing.');
    expect(actorOf(doc, 'Zabiullah Noor')).toMatchObject({ country: 'AFG', sector: 'INS', code: 'AFGINS' });
    expect(actorOf(doc, 'Erik Lund')).toMatchObject({ country: null, sector: 'IGO' });
  });

  it('collects roles over all mentions of a person and leaves unknowns null', () => {
    const doc = analyzeDoc('Peter Holm arrived. Swedish envoy Peter Holm later met Karin Ekdal, who said nothing.');
    expect(actorOf(doc, 'Peter Holm')).toMatchObject({ country: 'SWE', roles: ['envoy'] });
    expect(actorOf(doc, 'Karin Ekdal')).toMatchObject({ country: null, sector: null, code: null });
  });
});

describe('actors stage: context beyond the name', () => {
  it('reads a role before a comma, through "its", and an affiliation after "of"', () => {
    const doc = analyzeDoc("A Kurdish militia spokesman, Renas Ali, spoke. Egypt's foreign ministry objected. Its spokesman Karim Adel said no. Sara Lind of the World Food Programme agreed.");
    expect(actorOf(doc, 'Karim Adel')).toMatchObject({ country: 'EGY', sector: 'GOV', roles: ['spokesman'] });
    expect(actorOf(doc, 'Renas Ali')).toMatchObject({ roles: ['spokesman'] });
    expect(actorOf(doc, 'Sara Lind')).toMatchObject({ sector: 'IGO', country: null });
  });

  it('reads a title that begins inside an organisation name, and does not take a list for an appositive', () => {
    const doc = analyzeDoc('She met U.S. Treasury Secretary Ann Vale, Foreign Secretary Tom Reed and Ghanaian Trade Minister Kofi Mensah.');
    expect(actorOf(doc, 'Ann Vale')).toMatchObject({ country: 'USA', sector: 'GOV', roles: ['treasury secretary'] });
    expect(actorOf(doc, 'Ann Vale')!.roles).not.toContain('foreign secretary');
    expect(actorOf(doc, 'Kofi Mensah')).toMatchObject({ country: 'GHA', roles: ['trade minister'] });
  });

  it('gives an unplaced state official the country the article is mostly about', () => {
    const doc = analyzeDoc('Protests spread across Peru on Monday. President Luis Ortiz urged calm in Lima. Peru has seen unrest before. Analyst Ben Cole said little.');
    expect(actorOf(doc, 'Luis Ortiz')).toMatchObject({ country: 'PER', sector: 'GOV' });
    expect(actorOf(doc, 'Luis Ortiz')!.rule).toContain('actors.document-country');
    expect(actorOf(doc, 'Ben Cole')).toMatchObject({ country: null, sector: 'EDU' });
  });
});

describe('actors stage: sole-country fallback', () => {
  const SYRIA = 'Syria reopened its border on Sunday. Syria said trade would resume, and Damascus thanked donors. ';

  it('never overrides explicit evidence of another country', () => {
    const doc = analyzeDoc(SYRIA + 'Prime Minister Hana Kowalski of Poland pledged aid. Turkish President Emre Yildiz spoke too.');
    expect(actorOf(doc, 'Hana Kowalski')).toMatchObject({ country: 'POL', sector: 'GOV' });
    expect(actorOf(doc, 'Emre Yildiz')).toMatchObject({ country: 'TUR' });
  });

  it('gives no country when the sentence names another country across a verb', () => {
    const doc = analyzeDoc(SYRIA + 'Iraq and Syria criticised Interior Minister Omar Zaki on Friday. Jordan thanked Finance Minister Rami Nasser.');
    expect(actorOf(doc, 'Omar Zaki')!.country).toBeNull();
    expect(actorOf(doc, 'Rami Nasser')!.country).toBeNull();
  });

  it('gives no country when several countries are mentioned comparably', () => {
    const doc = analyzeDoc('Chile and Peru signed a water deal. Chile will pay for the pipes and Peru will build them. Defence Minister Rosa Quispe welcomed it.');
    expect(actorOf(doc, 'Rosa Quispe')!.country).toBeNull();
  });

  it('still places an official next to the one country named', () => {
    const doc = analyzeDoc('Chile and Peru signed a water deal. Chile will pay and Peru will build. In Lima, Defence Minister Rosa Quispe welcomed it.');
    expect(actorOf(doc, 'Rosa Quispe')!.country).toBe('PER');
  });
});

describe('actors stage: organisations, countries and groups', () => {
  it('describes knowledge organisations, metonyms and countries', () => {
    const doc = analyzeDoc('The Kremlin and Hamas spoke, ECOWAS objected and Ghana agreed.');
    expect(actorOf(doc, 'Kremlin')).toMatchObject({ country: 'RUS', sector: 'GOV', code: 'RUSGOV' });
    expect(actorOf(doc, 'Hamas')).toMatchObject({ kind: 'group', country: 'PSE', sector: 'REB' });
    expect(actorOf(doc, 'ECOWAS')).toMatchObject({ kind: 'igo', country: null, sector: 'IGO', code: 'ECOWAS' });
    expect(actorOf(doc, 'Ghana')).toMatchObject({ kind: 'country', country: 'GHA', sector: null, code: 'GHA' });
  });

  it('gives unknown organisations a sector from their head word and a country from a modifier', () => {
    const doc = analyzeDoc("Peru's Supreme Electoral Court ruled, and the Bolivian Mining Ministry appealed.");
    expect(actorOf(doc, 'Supreme Electoral Court')).toMatchObject({ kind: 'organization', country: 'PER', sector: 'JUD' });
    expect(actorOf(doc, 'Mining Ministry')).toMatchObject({ country: 'BOL', sector: 'GOV', code: 'BOLGOV' });
  });

  it('creates group actors for group phrases and bare group nouns, with mentions', () => {
    const doc = analyzeDoc('French troops guarded the camp where Syrian refugees waited. Militants attacked, and refugees fled. More French troops came.');
    const troops = doc.actors.find((a) => a.name === 'French troops')!;
    expect(troops).toMatchObject({ kind: 'group', country: 'FRA', sector: 'MIL', code: 'FRAMIL' });
    expect(doc.mentions.filter((m) => m.actor === troops.id)).toHaveLength(2);
    expect(doc.actors.find((a) => a.name === 'Syrian refugees')).toMatchObject({ country: 'SYR', sector: 'REF', code: 'SYRREF' });
    expect(doc.actors.find((a) => a.name === 'Militants')).toMatchObject({ country: null, sector: 'REB' });
    expect(doc.actors.find((a) => a.name === 'refugees')).toMatchObject({ sector: 'REF' });
  });

  it('makes counted groups actors and places local groups in the one country their sentence names', () => {
    const doc = analyzeDoc('Thousands of people marched in Harare on Friday. Protesters then blocked roads in Harare and in Lusaka.');
    expect(doc.actors.find((a) => a.name === 'people')).toMatchObject({ kind: 'group', country: 'ZWE', sector: 'CVL', code: 'ZWECVL' });
    expect(doc.actors.find((a) => a.name === 'Protesters')).toMatchObject({ country: null, sector: 'CVL' });
  });

  it('points every actor-naming entity at an actor that lists it', () => {
    const doc = analyzeDoc('Egyptian president Samir Adel met the Arab League in Cairo. Mr Adel said Egypt would help.');
    for (const e of doc.entities) {
      if (!e.actor) continue;
      expect(doc.actors.find((a) => a.id === e.actor)!.mentions).toContain(e.id);
    }
    expect(doc.entities.find((e) => e.text === 'Cairo')!.actor).toBeUndefined();
    expect(actorOf(doc, 'Adel')).toBe(actorOf(doc, 'Samir Adel'));
  });
});

describe('actorAt', () => {
  it('finds the actor of a span: group phrase first, then the rightmost entity', async () => {
    const { actorAt } = await import('./lookup.js');
    const text = 'Kremlin spokesman Dmitry Peskov said US troops left.';
    const doc = analyzeDoc(text);
    const at = (s: string) => actorAt(doc, text.indexOf(s), text.indexOf(s) + s.length);
    expect(at('Kremlin spokesman Dmitry Peskov')).toBe(actorOf(doc, 'Dmitry Peskov')!.id);
    expect(doc.actors.find((a) => a.id === at('US troops'))!.name).toBe('US troops');
    expect(at('left')).toBeNull();
  });
});
