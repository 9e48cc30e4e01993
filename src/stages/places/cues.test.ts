import { describe, expect, it } from 'vitest';
import { placesOf } from './testing.js';

const placed = (doc: ReturnType<typeof placesOf>) => doc.places.map((p) => [p.text, p.kind, p.name]);

describe('division cues', () => {
  it('reads "X state" and "the state of X" as the state, not the city', () => {
    const doc = placesOf('Apples from a Washington state orchard were recalled. Growers in the state of New York waited.', ['Washington', 'New York']);
    expect(placed(doc)).toEqual([['Washington', 'admin', 'Washington'], ['New York', 'admin', 'New York']]);
  });

  it('reads "X Gov." and "the X legislature" as the state even where the name is also a country', () => {
    const doc = placesOf('Georgia Gov. Ann Lee vetoed the bill. The Georgia legislature will vote again.', ['Georgia', { text: 'Ann Lee', type: 'PERSON', info: { country: 'GEO' } }]);
    expect(placed(doc)).toEqual([['Georgia', 'admin', 'Georgia'], ['Georgia', 'admin', 'Georgia']]);
  });

  it('reads a name after a city and a comma as the division holding it', () => {
    const doc = placesOf('A storm closed schools in Rochester, New York on Friday.', ['Rochester', 'New York']);
    expect(placed(doc)).toEqual([['Rochester', 'city', 'Rochester'], ['New York', 'admin', 'New York']]);
  });

  it('reads a name listed beside states as a state', () => {
    const doc = placesOf('Cases rose in Ohio, Washington and Texas last week.', ['Ohio', 'Washington', 'Texas']);
    expect(placed(doc).map((p) => p[1])).toEqual(['admin', 'admin', 'admin']);
  });

  it('keeps the city where nothing marks a division', () => {
    const doc = placesOf('The senator flew back to Washington on Monday.', ['Washington']);
    expect(placed(doc)).toEqual([['Washington', 'city', 'Washington, D.C.']]);
  });

  it('does not read a list of cities, or a division of another country, as a division', () => {
    const doc = placesOf('Flights leave Boston, Hartford, Norfolk and Portland daily. The plant in Essex, Ontario closed.', ['Boston', 'Hartford', 'Norfolk', 'Portland', 'Essex', 'Ontario']);
    const kinds = Object.fromEntries(doc.places.map((p) => [p.text, `${p.kind}:${p.country}`]));
    expect(kinds.Norfolk).toBe('city:USA');
    expect(kinds.Essex).toBe('city:CAN');
  });
});
