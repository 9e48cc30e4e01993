import { describe, expect, it } from 'vitest';
import { composePipeline } from '../pipeline.js';
import { tokensStage } from '../stages/tokens/index.js';
import { countries, countryByIso3, lexMatches, organisations, roles, sectors, validateOntology } from './index.js';

describe('ontology files', () => {
  it('are all valid: fields, ISO3 codes, sectors, unique aliases, examples', () => {
    expect(validateOntology()).toEqual([]);
  });

  it('documents the required sectors', () => {
    for (const s of ['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'REB', 'INS', 'IGO', 'NGO', 'MED', 'BUS', 'CVL', 'REF']) {
      expect(sectors().has(s)).toBe(true);
    }
  });
});

describe('countries', () => {
  it('merges names, demonyms and capitals from the packages and the extras', () => {
    const kgz = countryByIso3('KGZ')!;
    expect(kgz.name).toBe('Kyrgyzstan');
    expect(kgz.demonyms).toContain('Kyrgyz');
    expect(kgz.capitals).toContain('Bishkek');
    expect(countryByIso3('USA')!.aliases).toEqual(expect.arrayContaining(['US', 'America', 'United States']));
    expect(countries().list.length).toBeGreaterThan(240);
  });

  it('drops ambiguous capitals', () => {
    expect(countryByIso3('MDV')!.capitals).not.toContain('Male');
  });
});

describe('organisations and roles', () => {
  it('knows the CSTO members and militant groups', () => {
    const csto = organisations().get('csto')!;
    expect(csto.members).toEqual(expect.arrayContaining(['RUS', 'TJK', 'KGZ']));
    expect(organisations().get('shabaab')!.country).toBe('SOM');
    expect(roles().byId.get('spokesperson')!.sector).toBe('GOV');
  });
});

describe('lexicon matching', () => {
  const run = (text: string) => {
    const doc = composePipeline([tokensStage]).run({ text });
    const found = lexMatches(doc).flat().map((m) => `${doc.tokens.slice(m.t0, m.t1).map((t) => t.text).join(' ')}=${m.hits.map((h) => `${h.kind}:${h.id}`).join('|')}`);
    return found;
  };

  it('matches acronyms case-sensitively and names only when capitalised', () => {
    const found = run('The US told us the WHO report was wrong, and who knows why turkey prices rose in Turkey.');
    expect(found).toContain('US=country:USA|demonym:USA');
    expect(found.some((f) => f.startsWith('us='))).toBe(false);
    expect(found.some((f) => f.startsWith('WHO='))).toBe(true);
    expect(found.some((f) => f.startsWith('who='))).toBe(false);
    expect(found.some((f) => f.startsWith('turkey='))).toBe(false);
    expect(found.some((f) => f.startsWith('Turkey=country:TUR'))).toBe(true);
  });

  it('finds multi-token names with hyphens and full stops, longest first', () => {
    const found = run('Leaders of the Shanghai Cooperation Organisation and al-Shabaab met in the U.K. and Kyrgyz officials.');
    expect(found).toContain('Shanghai Cooperation Organisation=org:sco');
    expect(found).toContain('al - Shabaab=org:shabaab');
    expect(found.some((f) => f.startsWith('U.K.=country:GBR'))).toBe(true);
    expect(found).toContain('Kyrgyz=demonym:KGZ');
  });
});
