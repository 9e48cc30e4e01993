import { describe, expect, it } from 'vitest';
import { placesOf } from './testing.js';

const placed = (doc: ReturnType<typeof placesOf>) => doc.places.map((p) => [p.text, p.kind, p.country]);

describe('toponyms from entities', () => {
  it('re-joins a name the entity span cut short', () => {
    const doc = placesOf('Herders in Inner Mongolia lost cattle.', [{ text: 'Mongolia', info: { country: 'MNG' } }]);
    expect(placed(doc)).toEqual([['Inner Mongolia', 'admin', 'CHN']]);
    expect(doc.places[0]!.entity).toBe(doc.entities.find((e) => e.text === 'Mongolia')!.id);
  });

  it('re-joins a division name whose head a weak organisation cut off', () => {
    const doc = placesOf('Most cases were reported in Victoria. New South Wales came second with 40 cases.', [
      'Victoria', { text: 'South Wales', type: 'ORG', rule: 'model.perceptron' },
    ]);
    expect(placed(doc)).toEqual([['Victoria', 'admin', 'AUS'], ['New South Wales', 'admin', 'AUS']]);
  });

  it('reads a country name opened by a possessive as written, not the shorter name inside it', () => {
    const doc = placesOf("Officials of the People's Republic of China met farmers on Monday.", ["People's Republic of China"]);
    expect(placed(doc)).toEqual([["People's Republic of China", 'country', 'CHN']]);
  });

  it('never reads a country off a longer place name that opens an organisation', () => {
    const doc = placesOf('Mexico City Health Secretary Ana Ruiz said 600 people had symptoms.', [
      { text: 'Mexico City Health', type: 'ORG', rule: 'model.perceptron' },
    ]);
    expect(placed(doc)).toEqual([]);
    const county = placesOf('The Orange County Sanitation board met in California.', [
      { text: 'Orange County Sanitation', type: 'ORG', rule: 'model.perceptron' }, 'California',
    ]);
    expect(placed(county)[0]).toEqual(['Orange', 'city', 'USA']);
  });

  it('continues a name through "of" into a country', () => {
    const doc = placesOf('Aid flights landed in the Republic of Congo on Sunday.', [{ text: 'Republic', rule: 'model.perceptron' }]);
    expect(placed(doc)).toEqual([['Republic of Congo', 'country', 'COG']]);
  });

  it('joins a nationality word to the place name it opens', () => {
    const doc = placesOf('Farms in British Columbia were closed by British officials.', [
      { text: 'British', type: 'NORP', info: { country: 'GBR' } },
    ]);
    expect(placed(doc)).toEqual([['British Columbia', 'admin', 'CAN']]);
    expect(doc.entities.filter((e) => e.type === 'LOCATION')).toEqual([]);
  });

  it('reads a weakly tagged person that is wholly a region or state as a place', () => {
    const doc = placesOf('Aid reached Darfur, while Tyler stayed home in Alabama.', [
      { text: 'Darfur', type: 'PERSON', rule: 'model.perceptron' },
      { text: 'Tyler', type: 'PERSON', rule: 'model.perceptron' },
      { text: 'Alabama', type: 'PERSON', rule: 'caps.single' },
    ]);
    expect(placed(doc)).toEqual([['Darfur', 'region', 'SDN'], ['Alabama', 'admin', 'USA']]);
  });

  it('never reads a political bloc as a town of the same name', () => {
    const doc = placesOf('Migrants hope to travel on to the West next year.', [
      { text: 'West', info: { ref: 'bloc:west', kind: 'group', country: null } },
    ]);
    expect(placed(doc)).toEqual([]);
  });

  it('leaves people with a role and organisations from the ontology alone', () => {
    const doc = placesOf('Governor Georgia Smith met the European Union.', [
      { text: 'Georgia Smith', type: 'PERSON', rule: 'model.perceptron', info: { role: 'governor' } },
      { text: 'European Union', type: 'ORG', rule: 'ontology.igo', info: { ref: 'org:eu', code: 'EU' } },
    ]);
    expect(doc.places).toEqual([]);
  });

  it('finds the place leading or closing a longer entity', () => {
    const doc = placesOf('Patients at the Benghazi hospital were moved by the US Army.', [
      { text: 'Benghazi hospital', type: 'LOCATION', rule: 'model.perceptron' },
      { text: 'US Army', type: 'ORG', rule: 'model.perceptron' },
    ]);
    expect(placed(doc)).toEqual([['Benghazi', 'city', 'LBY'], ['US', 'country', 'USA']]);
  });
});

describe('places opening a public body', () => {
  it('places a division or city that opens its own government body', () => {
    const nevada = placesOf('The Nevada Department of Wildlife issued warnings.', [
      { text: 'Nevada Department of Wildlife', type: 'ORG', rule: 'model.perceptron' },
    ]);
    expect(placed(nevada)).toEqual([['Nevada', 'admin', 'USA']]);
    const leeds = placesOf('A Leeds City Council spokeswoman declined to comment.', [
      { text: 'Leeds City Council', type: 'ORG', rule: 'model.perceptron', info: { sector: 'GOV' } },
    ]);
    expect(placed(leeds)).toEqual([['Leeds', 'city', 'GBR']]);
  });

  it('leaves a place in a company name alone', () => {
    const doc = placesOf('Shares of Nevada Department Stores and Leeds Health Partners fell.', [
      { text: 'Nevada Department Stores', type: 'ORG', rule: 'model.perceptron', info: { sector: 'BUS' } },
      { text: 'Leeds Health Partners', type: 'ORG', rule: 'model.perceptron' },
    ]);
    expect(placed(doc)).toEqual([]);
  });
});

describe('guessed people and organisations read as towns', () => {
  const guess = (text: string, type: 'PERSON' | 'ORG' = 'ORG') => ({ text, type, rule: 'model.perceptron' });

  it('takes a guessed name as a town where the text puts it in a place', () => {
    const doc = placesOf('Storms hit northern Australia. Floods cut power in Innisfail overnight.', [guess('Innisfail')]);
    expect(placed(doc)).toEqual([['Australia', 'country', 'AUS'], ['Innisfail', 'city', 'AUS']]);
    expect(doc.places[1]!.entity).toBe(doc.entities.find((e) => e.text === 'Innisfail')!.id);
    expect(doc.entities.filter((e) => e.text === 'Innisfail')).toHaveLength(1);
  });

  it('leaves a guessed name alone after "to", in a stake, or as a part of a longer name', () => {
    const people = placesOf('Acme sold its unit to Tyler. Acme holds a stake in Tyler.', [guess('Acme'), guess('Tyler', 'PERSON')]);
    expect(placed(people)).toEqual([]);
    const firm = placesOf('The board of Tyler Holdings met in Dallas.', [guess('Tyler Holdings')]);
    expect(placed(firm)).toEqual([['Dallas', 'city', 'USA']]);
  });
});
