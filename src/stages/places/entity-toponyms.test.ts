import { describe, expect, it } from 'vitest';
import { placesOf } from './testing.js';
import { opensPlaceName } from './toponym.js';

const placed = (doc: ReturnType<typeof placesOf>) => doc.places.map((p) => [p.text, p.kind, p.country]);

describe('toponyms from entities', () => {
  it('re-joins a name the entity span cut short', () => {
    const doc = placesOf('Herders in Inner Mongolia lost cattle.', [{ text: 'Mongolia', info: { country: 'MNG' } }]);
    expect(placed(doc)).toEqual([['Inner Mongolia', 'admin', 'CHN']]);
    expect(doc.places[0]!.entity).toBe(doc.entities.find((e) => e.text === 'Mongolia')!.id);
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

describe('first-word filter', () => {
  const opens = (text: string, name: string) => {
    const doc = placesOf(text);
    const at = text.indexOf(name);
    const t0 = doc.tokens.findIndex((t) => t.start === at);
    const t1 = doc.tokens.findIndex((t) => t.end === at + name.length) + 1;
    return opensPlaceName(doc, t0, t1);
  };

  it('lets through every name the gazetteer may know, however it opens', () => {
    expect(opens("Envoys from the People's Republic of China arrived.", "People's Republic of China")).toBe(true);
    expect(opens('Barges left St. Louis at dawn.', 'St. Louis')).toBe(true);
    expect(opens('Storms hit the Gulf of Mexico.', 'the Gulf of Mexico')).toBe(true);
    expect(opens('Rain fell on Northern Kenya.', 'Northern Kenya')).toBe(true);
    expect(opens("Kenya's farmers sold maize.", "Kenya's")).toBe(true);
  });

  it('stops a name whose first word opens no place name', () => {
    expect(opens('The Xqzzyv Trading Board met.', 'Xqzzyv Trading Board')).toBe(false);
  });
});
