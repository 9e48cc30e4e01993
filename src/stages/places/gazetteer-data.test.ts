import { describe, expect, it } from 'vitest';
import { placesOf } from './testing.js';

const placeAt = (doc: ReturnType<typeof placesOf>, text: string) => doc.places.find((p) => p.text === text);

describe('place data: divisions, features and former names', () => {
  it('knows provinces, counties and governorates beyond the largest countries', () => {
    const phl = placesOf('Typhoon rains flooded rice fields in Pangasinan and Nueva Ecija on Monday.');
    expect(placeAt(phl, 'Pangasinan')).toMatchObject({ kind: 'admin', country: 'PHL' });
    expect(placeAt(phl, 'Nueva Ecija')).toMatchObject({ kind: 'admin', country: 'PHL' });
    const nor = placesOf('Snow closed roads in Telemark and Buskerud overnight.');
    expect(placeAt(nor, 'Telemark')).toMatchObject({ kind: 'admin', country: 'NOR' });
    const egy = placesOf('Two farmers from Menoufia fell ill, health officials said.');
    expect(placeAt(egy, 'Menoufia')).toMatchObject({ kind: 'admin', country: 'EGY' });
  });

  it('reads "Midlands" by the article: England by default, Zimbabwe among Zimbabwean provinces', () => {
    const gbr = placesOf('Factories across the Midlands cut shifts.');
    expect(placeAt(gbr, 'Midlands')).toMatchObject({ country: 'GBR' });
    const zwe = placesOf('Maize wilted in Manicaland and Midlands, Zimbabwe officials said.', ['Zimbabwe']);
    expect(placeAt(zwe, 'Midlands')).toMatchObject({ kind: 'admin', country: 'ZWE' });
  });

  it('finds lakes, deltas and sub-national regions as features or regions', () => {
    const doc = placesOf('Fishing boats left the Danube Delta while ferries crossed Lake Erie.');
    expect(placeAt(doc, 'Danube Delta')).toMatchObject({ kind: 'feature', country: 'ROU' });
    expect(placeAt(doc, 'Lake Erie')).toMatchObject({ kind: 'feature' });
    const pnw = placesOf('Orchards in the Pacific Northwest lost their crop.');
    expect(placeAt(pnw, 'Pacific Northwest')).toMatchObject({ kind: 'region', country: 'USA' });
  });

  it('places a city by its former name', () => {
    const doc = placesOf('The sample came from a patient in Léopoldville in 1959.');
    expect(placeAt(doc, 'Léopoldville')).toMatchObject({ kind: 'city', country: 'COD', name: 'Kinshasa' });
  });
});
