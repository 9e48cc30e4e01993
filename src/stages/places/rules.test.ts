import { describe, expect, it } from 'vitest';
import { placesOf } from './testing.js';

const placeAt = (doc: ReturnType<typeof placesOf>, text: string) => doc.places.find((p) => p.text === text);

describe('places: currencies, named divisions and qualifiers', () => {
  it('never reads a country code glued to a dollar sign as a place', () => {
    const doc = placesOf('Donors pledged US$40 million and NZ$3 million to Kenya.', ['US', 'NZ', 'Kenya']);
    expect(placeAt(doc, 'US')).toBeUndefined();
    expect(placeAt(doc, 'NZ')).toBeUndefined();
    expect(placeAt(doc, 'Kenya')).toMatchObject({ kind: 'country' });
    const after = placesOf('Aid worth $US2 million reached Haiti.', ['US', 'Haiti']);
    expect(placeAt(after, 'US')).toBeUndefined();
  });

  it('places a town in the division the article keeps naming', () => {
    const doc = placesOf('Indiana reported more cases. Clinics in Austin stayed open late, Indiana health staff said, and Indiana asked for help.', [
      'Indiana', 'Austin',
    ]);
    expect(placeAt(doc, 'Austin')).toMatchObject({ kind: 'city', country: 'USA', rule: 'place.city.state' });
    expect(placeAt(doc, 'Austin')!.lat).toBeGreaterThan(37);
    // a division's own name is no evidence for its towns: "Kansas" stays the state
    const ks = placesOf('Cases were found in Texas, Ohio and Kansas.', ['Texas', 'Ohio', 'Kansas']);
    expect(placeAt(ks, 'Kansas')).toMatchObject({ kind: 'admin' });
  });

  it('places a town its division rules out at that division', () => {
    const doc = placesOf('The lorry was stopped near Stroud, Ontario, on Tuesday.', ['Stroud', 'Ontario']);
    expect(placeAt(doc, 'Stroud')).toMatchObject({ kind: 'admin', country: 'CAN', rule: 'place.admin.container' });
    // a town then a country is as often a list of places: no container there
    const list = placesOf('Cases came from Bundibugyo, Ivory Coast and Sudan.', ['Bundibugyo', 'Ivory Coast', 'Sudan']);
    expect(placeAt(list, 'Bundibugyo')).toMatchObject({ kind: 'city', country: 'UGA' });
  });

  it('reads a direction word sharing its place with the next name ("Central and South America")', () => {
    const doc = placesOf('Frogs vanished from Central and South America.', ['Central', 'South America']);
    expect(placeAt(doc, 'Central')).toMatchObject({ kind: 'region', name: 'Central America' });
    const korea = placesOf('Envoys from North and South Korea met.', ['South Korea']);
    expect(placeAt(korea, 'North')).toMatchObject({ kind: 'country', country: 'PRK' });
  });

  it('does not read a longer name holding a bloc word as the bloc ("West Midlands")', () => {
    const doc = placesOf('Hospitals in the West Midlands were full.', [
      { text: 'West Midlands', info: { canonical: 'the West', ref: 'bloc:west' } },
    ]);
    expect(placeAt(doc, 'West Midlands')).toMatchObject({ kind: 'admin', country: 'GBR' });
  });

  it('reads "district, City" as the city, not the division of the same name ("Queens, New York")', () => {
    const doc = placesOf('Schools in Queens, New York closed early.', ['Queens', 'New York']);
    expect(placeAt(doc, 'New York')).toMatchObject({ kind: 'city', country: 'USA' });
    const town = placesOf('Snow buried Buffalo, New York overnight.', ['Buffalo', 'New York']);
    expect(placeAt(town, 'New York')).toMatchObject({ kind: 'admin', country: 'USA' });
  });

  it('places a county the gazetteer lacks at the division the text puts it in', () => {
    const doc = placesOf("Ducks were sampled in Birchwood County, Montana and in Lady Ann's Parish in Louisiana.", ['Montana', 'Louisiana']);
    expect(placeAt(doc, 'Birchwood County')).toMatchObject({ kind: 'admin', name: 'Montana', rule: 'place.admin.container' });
    expect(placeAt(doc, "Lady Ann's Parish")).toMatchObject({ kind: 'admin', name: 'Louisiana' });
    // no division after it: left unplaced
    expect(placeAt(placesOf('Voters in Birchwood County chose a sheriff.'), 'Birchwood County')).toBeUndefined();
    expect(placeAt(placesOf('The Birchwood County, Montana sheriff resigned.', ['Montana']), 'Birchwood County')).toMatchObject({ name: 'Montana' });
  });

  it('does not geocode a place inside a newspaper or broadcaster name', () => {
    const doc = placesOf('Kenya Daily reported the story, as did the Times of India, about floods in Kenya.');
    expect(doc.places.map((p) => p.start)).toEqual([doc.text.lastIndexOf('Kenya')]);
    expect(doc.places.some((p) => p.text === 'India')).toBe(false);
  });

  it('reads a guessed organisation that is wholly a place the article names as a further mention of it, never a guessed person', () => {
    const org = { text: 'Esperance', type: 'ORG' as const, rule: 'model.perceptron', nth: 1 };
    const doc = placesOf('Dead birds washed up in Esperance, Australia. Esperance residents asked for tests.', [org]);
    expect(doc.places.filter((p) => p.text === 'Esperance').map((p) => p.country)).toEqual(['AUS', 'AUS']);
    const person = placesOf('Dead birds washed up in Esperance, Australia. Esperance told reporters.', [{ ...org, type: 'PERSON' }]);
    expect(person.places.filter((p) => p.text === 'Esperance')).toHaveLength(1);
    const unknown = placesOf('Esperance residents asked for tests on Monday.', [{ ...org, nth: 0 }]);
    expect(unknown.places).toEqual([]);
  });

  it('places a small town its qualifier contains even in an article about other countries', () => {
    const doc = placesOf('Officials in Kenya and Uganda sent the samples to a laboratory near Tarporley, England.', ['Kenya', 'Uganda', 'Tarporley', 'England']);
    expect(placeAt(doc, 'Tarporley')).toMatchObject({ kind: 'city', country: 'GBR', rule: 'place.city.qualifier' });
    const bare = placesOf('Officials in Kenya and Uganda sent the samples to a laboratory near Tarporley.', ['Kenya', 'Uganda', 'Tarporley']);
    expect(placeAt(bare, 'Tarporley')).toBeUndefined();
  });

  it('leaves unplaced the largest of several small towns sharing a word-like name in an article about elsewhere', () => {
    const doc = placesOf('Said the head of Mission, aid reached camps across Chad and Sudan.', ['Mission', 'Chad', 'Sudan']);
    expect(placeAt(doc, 'Mission')).toBeUndefined();
    const us = placesOf('Storms hit Mission on Monday, officials in Texas said.', ['Mission', 'Texas']);
    expect(placeAt(us, 'Mission')).toMatchObject({ country: 'USA' });
  });

  it('reads a US state abbreviation with its full stop after a town and a comma, and places the town in that state', () => {
    const doc = placesOf('Plants in Jacksonville, Fla., and Salem, Ore., will close, and so will one in Dothan, Ala.', [
      { text: 'Ala', rule: 'model.perceptron' },
    ]);
    expect(doc.places.map((p) => [p.text, p.name])).toEqual([
      ['Jacksonville', 'Jacksonville'], ['Fla.', 'Florida'], ['Salem', 'Salem'], ['Ore.', 'Oregon'], ['Dothan', 'Dothan'], ['Ala.', 'Alabama'],
    ]);
    expect(doc.places.every((p) => p.country === 'USA')).toBe(true);
    expect(placeAt(doc, 'Jacksonville')!.lat).toBeLessThan(31);
    // elsewhere the abbreviation is a word: "Mass." after a preposition is the service, "Pa." a father
    expect(placesOf('After Mass. the priest left, and Pa. said hello.').places).toEqual([]);
    // a full name ending a sentence keeps its full stop out
    const full = placesOf('The plant is in Phoenix, Arizona.', [{ text: 'Arizona', rule: 'model.perceptron' }]);
    expect(full.places.map((p) => p.text)).toEqual(['Phoenix', 'Arizona']);
  });
});
