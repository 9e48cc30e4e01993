import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';

const pipeline = createPipeline();
const actor = (text: string, name: string) => pipeline.run({ text, published: '2024-05-06' }).actors.find((a) => a.name === name);

describe('actors: countries from descriptions elsewhere in the article', () => {
  it('gives the one president without a country the country of "the Moldovan president"', () => {
    const text = 'Ukraine and Romania criticised President Ion Vatra over the vote. Later the Moldovan president said he would not resign.';
    const a = actor(text, 'Ion Vatra')!;
    expect(a.country).toBe('MDA');
    expect(a.rule).toContain('actors.role-description');
  });

  it('gives "her spokesman X" the country of the sentence subject who owns "her"', () => {
    const text = "Finland's Prime Minister Anna Koski phoned the leaders of Chile and Peru, her spokesman Mikael Ranta said.";
    const a = actor(text, 'Mikael Ranta')!;
    expect(a.country).toBe('FIN');
    expect(a.rule).toContain('actors.possessive-role');
  });

  it('leaves a role description alone when two people share the role', () => {
    const text = 'President Ana Sola met President Juan Ruiz in Geneva. The Bolivian president spoke first.';
    const doc = pipeline.run({ text, published: '2024-05-06' });
    expect(doc.actors.filter((a) => a.rule.includes('actors.role-description'))).toEqual([]);
  });

  it('makes no group actor of a group noun inside a name ("Sudanese Armed Forces")', () => {
    const doc = pipeline.run({ text: 'The Malian Armed Forces clashed with rebels near Gao.', published: '2024-05-06' });
    expect(doc.actors.filter((a) => a.name === 'Armed Forces')).toEqual([]);
  });
});

describe('actors: the police and opposition of the article\'s country', () => {
  it('places a bare "police" and "the opposition party" in the country the article is about', () => {
    const text = 'Kenya held elections on Tuesday. Kenyan officials in Nairobi counted the votes. The main opposition party rejected the count. Police arrested 12 monitors.';
    const doc = pipeline.run({ text, published: '2024-05-06' });
    expect(doc.actors.find((a) => a.name === 'opposition party')).toMatchObject({ country: 'KEN', sector: 'OPP' });
    expect(doc.actors.find((a) => a.name === 'Police')).toMatchObject({ country: 'KEN', sector: 'COP' });
  });
});

describe('actors: a chair takes the country and sector of the body before the title', () => {
  it('reads "Fed Chair X" as a US government official', () => {
    const doc = pipeline.run({ text: 'U.S. Federal Reserve officials met on Tuesday. Fed Chair Ana Mills said rates would hold.', published: '2024-05-06' });
    expect(doc.actors.find((a) => a.name === 'Ana Mills')).toMatchObject({ country: 'USA', sector: 'GOV' });
  });
});

describe('actors: a role of an organisation or country before the name', () => {
  it('reads "the envoy of the United Nations, NAME" and "the secretary of X\'s council, NAME"', () => {
    expect(actor('The envoy of the United Nations, Ines Halvorsen, visited Tripoli.', 'Ines Halvorsen')?.sector).toBe('IGO');
    expect(actor("The secretary of Peru's security council, Ana Roca, met the envoy.", 'Ana Roca')?.code).toBe('PERGOV');
  });
});

describe('actors: countries a sentence names only as a target or in a quotation', () => {
  it('does not give a legislator the country he calls for action against', () => {
    expect(actor('Senator Tom Ridley called for tougher action against Beijing. Oil talks with Iran stalled.', 'Tom Ridley')?.country ?? null).toBe(null);
    expect(actor('President Ana Roe said in Lima that talks would resume.', 'Ana Roe')?.country).toBe('PER');
  });

  it('does not read a country named inside a quotation as the speaker\'s', () => {
    expect(actor('"Chile is a bad neighbour," senator Luis Mora told reporters.', 'Luis Mora')?.country ?? null).toBe(null);
  });
});

describe('actors: a spokesman speaks for the body just named', () => {
  it('gives "spokesman X" the country of the ministry named before him', () => {
    expect(actor('Peru\'s foreign ministry rejected the report. "This is false," spokesman Luis Mora told a briefing.', 'Luis Mora')?.code).toBe('PERGOV');
  });

  it('gives none when a person is named in between', () => {
    expect(actor('Peru\'s foreign ministry met Ana Roca. Spokesman Luis Mora said talks went well.', 'Luis Mora')?.country ?? null).not.toBe('PER');
  });
});
