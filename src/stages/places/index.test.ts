import { describe, expect, it } from 'vitest';
import { placesOf } from './testing.js';

const placeAt = (doc: ReturnType<typeof placesOf>, text: string, nth = 0) =>
  doc.places.filter((p) => p.text === text)[nth];

describe('places stage', () => {
  it('resolves a country name to the country, never to a town of that name', () => {
    const doc = placesOf('Talks between Jordan and Mexico resumed.', ['Jordan', 'Mexico']);
    expect(placeAt(doc, 'Jordan')).toMatchObject({ kind: 'country', country: 'JOR' });
    expect(placeAt(doc, 'Mexico')).toMatchObject({ kind: 'country', country: 'MEX', name: 'Mexico' });
  });

  it('reads a country\'s or city\'s traditional English name as that place, not a town abroad', () => {
    const doc = placesOf("Strikes shut most of Surinam's bauxite mines last year.");
    expect(placeAt(doc, 'Surinam')).toMatchObject({ kind: 'country', country: 'SUR' });
    const swiss = placesOf('Shares trade in Basle, Berne and Zurich.', ['Basle', 'Berne', 'Zurich']);
    expect(swiss.places.map((p) => p.country)).toEqual(['CHE', 'CHE', 'CHE']);
  });

  it('finds a division right after a nationality word, but no town there', () => {
    const doc = placesOf('The governor of the Sudanese Warab state said cattle died.');
    expect(placeAt(doc, 'Warab')).toMatchObject({ kind: 'admin', country: 'SSD' });
    expect(placesOf('Tourists at the Indian Springs resort said the water was warm.').places).toEqual([]);
  });

  it('reads a bare "Congo" as DR Congo unless the article\'s places lie in the Republic of the Congo', () => {
    const drc = placesOf('Rebels near Goma clashed with troops in Congo on Friday.', ['Goma', 'Congo']);
    expect(placeAt(drc, 'Congo')).toMatchObject({ kind: 'country', country: 'COD' });
    expect(placeAt(placesOf('Measles spread in Congo this spring.', ['Congo']), 'Congo')!.country).toBe('COD');
    const rep = placesOf('Officials in Brazzaville said the vaccine reached Congo last week.', ['Brazzaville', 'Congo']);
    expect(placeAt(rep, 'Congo')).toMatchObject({ kind: 'country', country: 'COG' });
    const named = placesOf('Aid reached the Congo Republic and the Democratic Republic of the Congo.', ['Congo Republic', 'Democratic Republic of the Congo']);
    expect(named.places.map((p) => p.country)).toEqual(['COG', 'COD']);
  });

  it('gives a shared country name the sense the article last named in full before it', () => {
    const doc = placesOf('Cholera hit the Republic of Congo near the Gabon border. Congo asked for help. Zaire/Congo saw cases fall.', [
      'Republic of Congo', 'Gabon', 'Congo', 'Zaire',
    ]);
    expect(doc.places.filter((p) => p.text === 'Congo').map((p) => p.country)).toEqual(['COG', 'COD']);
    // in the sentence naming one sense the shared name is another item of the list
    const list = placesOf('Grain went to Zambia, Zaire, Uganda and Congo.', ['Zambia', 'Zaire', 'Uganda', 'Congo']);
    expect(placeAt(list, 'Congo')!.country).toBe('COG');
  });

  it('reads Georgia as the US state among American places and as the country near Russia', () => {
    const us = placesOf('Storms hit Georgia and Alabama, officials in the United States said.', ['Georgia', 'Alabama', 'United States']);
    expect(placeAt(us, 'Georgia')).toMatchObject({ kind: 'admin', country: 'USA' });
    const caucasus = placesOf('Russia moved troops toward Georgia and Armenia.', ['Russia', 'Georgia', 'Armenia']);
    expect(placeAt(caucasus, 'Georgia')).toMatchObject({ kind: 'country', country: 'GEO' });
  });

  it('does not let a name inside an organisation vouch for its own sense, nor a bare "U.S." make Georgia a state', () => {
    const org = placesOf('A team at the University of Georgia studied floods in Alabama and Tennessee.', [
      { text: 'University of Georgia', type: 'ORG', info: { country: 'GEO' } },
      { text: 'Georgia', nth: 0 }, 'Alabama', 'Tennessee',
    ]);
    expect(org.places.find((p) => p.text === 'Georgia')).toMatchObject({ kind: 'admin', country: 'USA' });
    const envoy = placesOf('U.S. envoys asked Russia to leave Georgia. The U.S. and the U.S. allies agreed.', ['U.S.', 'Russia', 'Georgia']);
    expect(placeAt(envoy, 'Georgia')).toMatchObject({ kind: 'country', country: 'GEO' });
  });

  it('counts a place read as an organisation once, by its place, not by the country given the organisation', () => {
    const doc = placesOf('Hail hit Warwick overnight, and New South Wales farmers near Tamworth lost crops in Australia.', [
      'Warwick', 'Tamworth', 'Australia',
      { text: 'New South Wales', type: 'ORG', rule: 'model.perceptron', info: { country: 'GBR' } },
    ]);
    expect(placeAt(doc, 'New South Wales')).toMatchObject({ kind: 'admin', country: 'AUS' });
    expect(placeAt(doc, 'Warwick')!.country).toBe('AUS');
  });

  it('leaves unplaced a small town abroad that nothing points to in an article about other countries', () => {
    const uk = placesOf('Marchers filled Piccadilly on Saturday as rallies spread across Britain and Ireland.', ['Piccadilly', 'Britain', 'Ireland']);
    expect(placeAt(uk, 'Piccadilly')).toBeUndefined();
    expect(placeAt(uk, 'Britain')!.country).toBe('GBR');
    const au = placesOf('Marchers filled Piccadilly on Saturday as rallies spread across Australia.', ['Piccadilly', 'Australia']);
    expect(placeAt(au, 'Piccadilly')!.country).toBe('AUS');
    expect(placeAt(placesOf('Marchers filled Piccadilly on Saturday.', ['Piccadilly']), 'Piccadilly')!.country).toBe('AUS');
  });

  it('leaves unplaced a town abroad opening a council\'s name when the article is about another country', () => {
    const council = { text: 'Westminster City Council', type: 'ORG' as const, rule: 'model.perceptron', info: { sector: 'GOV' } };
    const uk = placesOf('A Westminster City Council officer inspected a cafe in London. Health officials in Britain backed him.', [council, 'London', 'Britain']);
    expect(placeAt(uk, 'Westminster')).toBeUndefined();
    const us = placesOf('A Westminster City Council officer inspected a cafe near Denver, Colorado.', [council, 'Denver', 'Colorado']);
    expect(placeAt(us, 'Westminster')).toMatchObject({ country: 'USA' });
  });

  it('places the town heading a longer place name only where the article points to its country', () => {
    const nz = placesOf('Kayakers crossed Islington Bay on Sunday, officials in New Zealand said.', [{ text: 'Islington Bay' }, 'New Zealand']);
    expect(nz.places.map((p) => p.text)).toEqual(['New Zealand']);
    const uk = placesOf('Buses crawled along Islington Road on Sunday, officials in England said.', [{ text: 'Islington Road' }, 'England']);
    expect(placeAt(uk, 'Islington')).toMatchObject({ country: 'GBR', kind: 'city' });
  });

  it('prefers a city in a country the article mentions, else the larger city', () => {
    const us = placesOf('Floods closed roads near Birmingham, the governor of Alabama said.', ['Birmingham', 'Alabama']);
    expect(placeAt(us, 'Birmingham')!.country).toBe('USA');
    const uk = placesOf('Floods closed roads near Birmingham on Tuesday.', ['Birmingham']);
    expect(placeAt(uk, 'Birmingham')!.country).toBe('GBR');
  });

  it('uses a comma qualifier and keeps one sense per name', () => {
    const doc = placesOf('A storm hit Paris, Texas, overnight. Paris schools stayed shut.', ['Paris', 'Texas']);
    expect(placeAt(doc, 'Paris', 0)).toMatchObject({ country: 'USA', rule: 'place.city.qualifier' });
    expect(placeAt(doc, 'Paris', 1)!.country).toBe('USA');
    expect(placesOf('Ministers met in Paris.', ['Paris']).places[0]!.country).toBe('FRA');
  });

  it('places regions and features we define', () => {
    const doc = placesOf('Drought spread across the Sahel while ships waited in the Red Sea.', ['Sahel', 'Red Sea']);
    expect(placeAt(doc, 'Sahel')).toMatchObject({ kind: 'region', name: 'Sahel' });
    expect(placeAt(doc, 'Red Sea')!.kind).toBe('feature');
  });

  it('finds toponyms the entity stages missed and adds them as LOCATION entities', () => {
    const doc = placesOf('Aid reached families in Kabul, and convoys left from Mazar-i-Sharif for Uzbekistan.');
    const kabul = placeAt(doc, 'Kabul')!;
    expect(kabul).toMatchObject({ country: 'AFG', kind: 'city' });
    expect(Math.abs(kabul.lat - 34.5)).toBeLessThan(0.2);
    const entity = doc.entities.find((e) => e.id === kabul.entity)!;
    expect(entity).toMatchObject({ type: 'LOCATION', text: 'Kabul', rule: 'gazetteer.city' });
    expect(placeAt(doc, 'Uzbekistan')!.kind).toBe('country');
    expect(placeAt(doc, 'Mazar-i-Sharif')!.country).toBe('AFG');
  });

  it('reads a city opening a paragraph before a comma or dash as a dateline', () => {
    const doc = placesOf('GENEVA, 4 March 2024 - The agency appealed for funds.\nLyon (AFP) - Rain fell.');
    expect(doc.places.map((p) => [p.text, p.country])).toEqual([['GENEVA', 'CHE'], ['Lyon', 'FRA']]);
  });

  it('does not take person names, months or common words for towns', () => {
    const doc = placesOf('Reading the report in March, Senator Lincoln praised Jackson for the plan.', [{ text: 'Jackson', type: 'PERSON' }]);
    expect(doc.places).toEqual([]);
    expect(doc.entities.map((e) => e.text)).toEqual(['Jackson']);
  });

  it('reads a word opening a quoted sentence as sentence-initial, not as a town', () => {
    const doc = placesOf('The nurse spoke. "Most of the wards were full," she said. (Most patients left.)');
    expect(doc.places).toEqual([]);
  });

  it('keeps a capital standing for its government as a place', () => {
    const doc = placesOf('Washington warned Tehran on Friday.', [
      { text: 'Washington', type: 'ORG', info: { metonym: true, country: 'USA' } },
      { text: 'Tehran', type: 'ORG', info: { metonym: true, country: 'IRN' } },
    ]);
    expect(placeAt(doc, 'Washington')).toMatchObject({ kind: 'city', country: 'USA' });
    expect(placeAt(doc, 'Tehran')!.country).toBe('IRN');
  });

  it('does not geocode buildings that stand for a government, and reads a model ORG that is a city as a place', () => {
    const doc = placesOf('The White House said talks in Geneva went well, the Acme Group said.', [
      { text: 'White House', type: 'LOCATION' },
      { text: 'Geneva', type: 'ORG', rule: 'model.perceptron' },
      { text: 'Acme Group', type: 'ORG', rule: 'model.perceptron' },
    ]);
    expect(doc.places.map((p) => [p.text, p.country])).toEqual([['Geneva', 'CHE']]);
  });

  it('follows the country an earlier stage gave a name', () => {
    const doc = placesOf('Officials met in Valencia on Monday.', [{ text: 'Valencia', info: { country: 'ESP' } }]);
    expect(placeAt(doc, 'Valencia')).toMatchObject({ country: 'ESP', rule: 'place.city.entity' });
    // without it, the larger Valencia (Venezuela)
    expect(placesOf('Officials met in Valencia on Monday.', ['Valencia']).places[0]!.country).toBe('VEN');
  });

  it('keeps exact offsets and numbered ids', () => {
    const text = 'Officials from Kenya flew to Nairobi and then to the Horn of Africa.';
    const doc = placesOf(text, ['Kenya']);
    for (const p of doc.places) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(doc.places.map((p) => p.id)).toEqual(doc.places.map((_, i) => `p${i + 1}`));
    expect(doc.places.map((p) => p.text)).toEqual(['Kenya', 'Nairobi', 'Horn of Africa']);
  });
});
