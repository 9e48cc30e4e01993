import { describe, expect, it } from 'vitest';
import { composePipeline } from '../../pipeline.js';
import { tokensStage } from '../tokens/index.js';
import { entitiesStage } from './index.js';

const run = (text: string) => {
  const doc = composePipeline([tokensStage, entitiesStage]).run({ text });
  return doc.candidates.map((c) => ({ text: text.slice(c.start, c.end), type: c.type, source: c.source, score: c.score, info: c.info ?? {} }));
};
const find = (cands: ReturnType<typeof run>, text: string, source?: string) =>
  cands.find((c) => c.text === text && (!source || c.source === source));

describe('gazetteer proposer', () => {
  it('proposes countries, short forms and demonyms with their ISO3 code', () => {
    const c = run('Kenyan officials said Somalia and the U.S. had talked, while Uzbek and Tajik envoys waited in Nairobi.');
    expect(find(c, 'Kenyan')).toMatchObject({ type: 'NORP', info: { country: 'KEN' } });
    expect(find(c, 'Somalia')).toMatchObject({ type: 'LOCATION', info: { country: 'SOM', kind: 'country' } });
    expect(find(c, 'U.S.')).toMatchObject({ type: 'LOCATION', info: { country: 'USA' } });
    expect(find(c, 'Uzbek')).toMatchObject({ info: { country: 'UZB' } });
    expect(find(c, 'Tajik')).toMatchObject({ info: { country: 'TJK' } });
    expect(find(c, 'Nairobi')).toMatchObject({ type: 'LOCATION', source: 'gazetteer.capital', info: { country: 'KEN' } });
  });

  it('matches lower-case demonyms only in a lower-case sentence, never common words', () => {
    const low = run('kenyan police and somali troops patrolled the border, and polish engineers helped.');
    expect(find(low, 'kenyan')).toMatchObject({ type: 'NORP', source: 'gazetteer.demonym', info: { country: 'KEN' } });
    expect(find(low, 'somali')).toMatchObject({ info: { country: 'SOM' } });
    expect(find(low, 'polish', 'gazetteer.demonym')).toBeUndefined();
    const mixed = run('The kenyan police met Somali troops.');
    expect(find(mixed, 'kenyan')).toBeUndefined();
    expect(find(mixed, 'Somali')).toMatchObject({ info: { country: 'SOM' } });
  });

  it('weakens a country name inside a longer place name', () => {
    const c = run('The tanker ran aground off New Jersey, far from Jersey.');
    const jersey = c.filter((x) => x.text === 'Jersey' && x.source === 'gazetteer.country');
    expect(jersey).toHaveLength(2);
    expect(jersey[0]!.score).toBeLessThan(jersey[1]!.score);
  });

  it('treats a capital as its government only in an actor position', () => {
    const c = run('Beijing warned of consequences. Delegates arrived in Beijing on Friday. Talks with Ankara stalled.');
    const beijing = c.filter((x) => x.text === 'Beijing');
    expect(beijing[0]).toMatchObject({ source: 'metonym.capital-as-actor', info: { metonym: true, country: 'CHN', sector: 'GOV' } });
    expect(beijing[1]).toMatchObject({ source: 'gazetteer.capital' });
    expect(beijing[1]!.info.metonym).toBeUndefined();
    expect(find(c, 'Ankara')).toMatchObject({ info: { metonym: true, country: 'TUR' } });
  });

  it('proposes organisations, acronyms, militant groups and metonyms from the ontology', () => {
    const c = run('The African Union and ECOWAS condemned al-Shabaab, and Downing Street backed the IAEA inspectors.');
    expect(find(c, 'African Union')).toMatchObject({ type: 'ORG', info: { kind: 'igo', code: 'AU' } });
    expect(find(c, 'ECOWAS')).toMatchObject({ info: { kind: 'igo' } });
    expect(find(c, 'al-Shabaab')).toMatchObject({ info: { kind: 'group', country: 'SOM' } });
    expect(find(c, 'Downing Street')).toMatchObject({ info: { metonym: true, country: 'GBR', sector: 'GOV' } });
    expect(find(c, 'IAEA')).toMatchObject({ info: { code: 'IAEA' } });
  });
});

describe('title proposer', () => {
  it('finds persons after roles, titles and honorifics', () => {
    const c = run('Brazilian foreign minister Carla Mendes met Gen. Omar Haddad, while Ms Mendes and Senator Ruth Bell listened to Pentagon spokeswoman Dana Cole.');
    expect(find(c, 'Carla Mendes', 'title.role')).toMatchObject({ type: 'PERSON', info: { role: 'foreign minister', sector: 'GOV' } });
    expect(find(c, 'Omar Haddad')).toMatchObject({ type: 'PERSON', info: { sector: 'MIL' } });
    expect(find(c, 'Mendes', 'title.honorific')).toMatchObject({ info: { gender: 'f' } });
    expect(find(c, 'Ruth Bell')).toMatchObject({ info: { sector: 'LEG' } });
    expect(find(c, 'Dana Cole', 'title.role')).toMatchObject({ info: { role: 'spokeswoman', gender: 'f' } });
  });

  it('finds a person named before an appositive role', () => {
    const c = run('Tomas Varga, the interior minister of Hungary, resigned.');
    expect(find(c, 'Tomas Varga', 'title.appositive')).toMatchObject({ type: 'PERSON', info: { role: 'interior minister' } });
  });

  it('does not take an organisation head after a title for a name', () => {
    const c = run('The General Assembly met as President Motors was not a name.');
    expect(c.some((x) => x.type === 'PERSON' && x.text.includes('Motors'))).toBe(false);
    expect(find(c, 'General Assembly')).toMatchObject({ type: 'ORG' });
  });
});

describe('capitalisation chains', () => {
  it('classifies unknown names by organisation heads, place cues and speech verbs', () => {
    const c = run('The National Unity Party said Amara Okoye visited the Lower Shire Valley. Okonkwo said farmers near Zomba were angry.');
    expect(find(c, 'National Unity Party')).toMatchObject({ type: 'ORG', source: 'caps.org-head', info: { sector: 'PTY' } });
    expect(find(c, 'Amara Okoye')).toMatchObject({ type: 'PERSON' });
    expect(find(c, 'Lower Shire Valley')).toMatchObject({ type: 'LOCATION' });
    expect(find(c, 'Okonkwo')).toMatchObject({ type: 'PERSON', source: 'caps.speaker' });
    expect(find(c, 'Zomba')).toMatchObject({ type: 'LOCATION' });
  });

  it('keeps connectors inside names and strips titles and demonyms from the left', () => {
    const c = run('Officials linked Abu Bakr al-Baghdadi to the Bank of Central Africa, said Nigerian President Musa Bello.');
    expect(find(c, 'Abu Bakr al-Baghdadi')).toMatchObject({ type: 'PERSON' });
    expect(find(c, 'Bank of Central Africa')).toMatchObject({ type: 'ORG' });
    expect(find(c, 'Musa Bello')).toBeDefined();
    expect(c.some((x) => x.text.startsWith('Nigerian President'))).toBe(false);
  });

  it('splits "Name of Organisation" into a person and an organisation, but not "Duke of York"', () => {
    const c = run('said Lena Park of Hanseatic Shipping Group, while the Duke of Corwall waved.');
    expect(find(c, 'Lena Park')).toMatchObject({ type: 'PERSON', source: 'caps.person-of-org' });
    expect(find(c, 'Hanseatic Shipping Group')).toMatchObject({ type: 'ORG' });
    expect(c.some((x) => x.text === 'Duke')).toBe(false);
  });

  it('does not guess a type for a lone unknown word, nor for event names', () => {
    const c = run('Fans in the stadium cheered Zubrowka at the Lakeside Open.');
    expect(c.some((x) => x.text === 'Zubrowka')).toBe(false);
    expect(c.some((x) => x.text === 'Lakeside Open')).toBe(false);
  });

  it('ignores sentence-initial common words and weekdays', () => {
    const c = run('Events moved fast on Monday. Reports said little.');
    expect(c.filter((x) => x.source.startsWith('caps.'))).toEqual([]);
  });
});
