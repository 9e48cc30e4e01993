import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';
import type { Doc } from '../../types.js';

const pipeline = createPipeline();
const run = (text: string) => pipeline.run({ text, published: '2024-05-06' });
const definite = (doc: Doc) => doc.mentions.filter((m) => m.rule === 'coref.definite').map((m) => [m.text, doc.actors.find((a) => a.id === m.actor)!.name]);

describe('actors: definite descriptions refer back to a named actor', () => {
  it('links "the bloc", "the court" and "the commission" to the organisation named before', () => {
    let doc = run('The Southern African Development Community met in Gaborone on Friday. The bloc later closed its borders with Lesotho.');
    expect(definite(doc)).toEqual([['The bloc', 'Southern African Development Community']]);
    doc = run("The International Criminal Court issued a warrant. The court's registrar said the hearing would open in May.");
    expect(definite(doc)).toEqual([['The court', 'International Criminal Court']]);
    doc = run('The Electoral Commission of Ghana published the results. The commission said turnout was low.');
    expect(definite(doc)[0]).toEqual(['The commission', 'Electoral Commission']);
  });

  it('chains through an earlier definite mention', () => {
    const doc = run('The International Criminal Court opened a case. The court said it had evidence. Two days later lawyers met. Witnesses were heard. The families waited outside. Rights groups urged the court to act.');
    expect(definite(doc).map((x) => x[1])).toEqual(['International Criminal Court', 'International Criminal Court']);
  });

  it('links nothing without a fitting named actor nearby, nor in "the group of" or "the court ruling"', () => {
    expect(definite(run('A group of farmers blocked the road. The group said it would stay.'))).toEqual([]);
    expect(definite(run('The African Union met on Monday. The group of experts left.'))).toEqual([]);
    expect(definite(run('The Supreme Court of Kenya sat on Monday. The court ruling was delayed.'))).toEqual([]);
  });

  it('makes the described organisation the actor of an event', () => {
    const doc = run('The Economic Community of West African States met in Abuja. The bloc suspended flights to Niger.');
    const e = doc.events.find((x) => x.type === 'SANCTION')!;
    expect(doc.actors.find((a) => a.id === e.source[0])!.code).toBe('ECOWAS');
  });
});

describe('actors: "the government" of an article', () => {
  it('belongs to the country the article is about when its sentence names no other', () => {
    const doc = run('Ghana raised fuel taxes on Monday. Ghana owes $30 billion. The finance ministry said the levy would be reviewed.');
    const gov = doc.actors.find((a) => a.rule === 'actors.group-noun' && a.sector === 'GOV')!;
    expect(gov.country).toBe('GHA');
    expect(gov.name).toBe('finance ministry');
  });

  it('names no actor when the article has no clear country', () => {
    const doc = run('Ghana and Togo raised fuel taxes. The government said the levy would be reviewed.');
    expect(doc.actors.some((a) => a.rule === 'actors.group-noun' && a.sector === 'GOV')).toBe(false);
  });
});
