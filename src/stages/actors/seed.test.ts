import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/shared.js';
import { createPipeline } from '../../index.js';

const path = sharedPath('corpus/seed-article.txt');

describe.skipIf(!path)('seed article actors', () => {
  const doc = createPipeline().run({ text: path ? readFileSync(path, 'utf8') : '', published: '2021-08-23' });
  const person = (name: string) => doc.actors.find((a) => a.kind === 'person' && a.name === name);

  it('names five people in full with their government', () => {
    expect(person('Vladimir Putin')).toMatchObject({ country: 'RUS', sector: 'GOV', code: 'RUSGOV' });
    expect(person('Dmitry Peskov')).toMatchObject({ country: 'RUS', sector: 'GOV' });
    expect(person('Nikolai Patrushev')).toMatchObject({ country: 'RUS', sector: 'GOV' });
    expect(person('Jake Sullivan')).toMatchObject({ country: 'USA', sector: 'GOV' });
    expect(person('Joe Biden')).toMatchObject({ country: 'USA', sector: 'GOV' });
    expect(doc.actors.filter((a) => a.kind === 'person')).toHaveLength(5);
  });

  it('has exactly one actor for every mention of Putin', () => {
    const putin = person('Vladimir Putin')!;
    const mentions = doc.entities.filter((e) => /Putin/.test(e.text));
    expect(mentions.length).toBeGreaterThanOrEqual(4);
    for (const e of mentions) expect(e.actor).toBe(putin.id);
    expect(doc.actors.filter((a) => /Putin/.test(a.name))).toHaveLength(1);
  });

  it('knows the CSTO as one igo, the Kremlin as RUS/GOV and countries as country actors', () => {
    const csto = doc.actors.filter((a) => a.code === 'CSTO' && a.kind === 'igo');
    expect(csto).toHaveLength(1);
    const cstoTexts = csto[0]!.mentions.map((id) => doc.entities.find((e) => e.id === id)!.text);
    expect(cstoTexts).toEqual(expect.arrayContaining(['CSTO', 'Collective Security Treaty Organisation']));
    const kremlin = doc.actors.find((a) => a.name === 'Kremlin')!;
    expect(kremlin).toMatchObject({ country: 'RUS', sector: 'GOV', code: 'RUSGOV' });
    for (const [name, iso] of [['Tajikistan', 'TJK'], ['Kyrgyzstan', 'KGZ'], ['Russia', 'RUS'], ['Afghanistan', 'AFG']]) {
      expect(doc.actors.find((a) => a.name === name)).toMatchObject({ kind: 'country', country: iso });
    }
  });
});
