import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';
import type { Doc, Event } from '../../types.js';

// the whole pipeline: who did what to whom in sentence shapes where the nearest name is not the actor
const pipeline = createPipeline();
const run = (text: string) => pipeline.run({ text, published: '2024-05-06' });
const actor = (doc: Doc, id: string) => doc.actors.find((a) => a.id === id)!;
const countries = (doc: Doc, ids: string[]) => ids.map((id) => actor(doc, id).country).sort();
const names = (doc: Doc, ids: string[]) => ids.map((id) => actor(doc, id).name).sort();
const find = (doc: Doc, type: Event['type']) => doc.events.filter((e) => e.type === type);

describe('events: places and modifiers are not actors', () => {
  it('does not make the town where a meeting was held its participant', () => {
    const doc = run('The envoys briefed journalists after the meeting in Geneva.');
    expect(find(doc, 'CONSULT')).toEqual([]);
  });

  it('does not read a noun modifier ("a border deal") as a crowd located by the place', () => {
    const doc = run('Chad and Niger signed a border deal after talks in Bamako.');
    expect(find(doc, 'CONSULT').filter((e) => countries(doc, e.source).includes('MLI'))).toEqual([]);
  });

  it('still locates a crowd that is the subject of a protest', () => {
    const doc = run('Thousands of people protested in Lima on Sunday.');
    expect(countries(doc, find(doc, 'PROTEST')[0]!.source)).toEqual(['PER']);
  });

  it('reads "supply" inside a noun phrase as a noun, not an aid verb', () => {
    const doc = run('Vietnamese boats rammed a Malaysian supply ship near the reef.');
    expect(find(doc, 'AID')).toEqual([]);
    const verb = run('Norway supplies fuel to Moldova.');
    expect(countries(verb, find(verb, 'AID')[0]!.target)).toEqual(['MDA']);
  });
});

describe('events: pronouns and coordinated predicates', () => {
  it('does not resolve "it" to a plural group', () => {
    const doc = run('Turkey, which has soldiers in the area, said it backed the plan.');
    expect(countries(doc, find(doc, 'SUPPORT')[0]!.source)).toEqual(['TUR']);
  });

  it('gives a verb with an object after a reported passive to the reporter', () => {
    const doc = run("Niger's military government said soldiers had been sent to the region and vowed to hunt down the attackers.");
    const threat = find(doc, 'THREATEN')[0]!;
    expect(countries(doc, threat.source)).toEqual(['NER']);
    // the act vowed is the vower's
    expect(find(doc, 'COERCE')[0]!.source).toEqual(threat.source);
  });

  it('keeps a shared passive reading when no object follows', () => {
    const doc = run('Police in Oslo said two men had been arrested and charged with fraud.');
    expect(find(doc, 'COERCE').every((e) => !names(doc, e.source).includes('men'))).toBe(true);
  });

  it('gives the second predicate the appositive name of the reporter', () => {
    const doc = run('The interior minister, Amina Diallo, said 40 people had been detained and banned all rallies in the capital.');
    expect(names(doc, find(doc, 'COERCE').find((e) => e.rule.startsWith('coerce.ban'))!.source)).toEqual(['Amina Diallo']);
  });

  it('joins "X and his counterpart Y" into one compound subject', () => {
    const doc = run('Georgian Foreign Minister Levan Beridze and his Turkish counterpart Ahmet Kaya agreed to resume talks.');
    const e = find(doc, 'AGREE').find((x) => !x.rule.includes('+'))!;
    expect([...names(doc, e.source), ...names(doc, e.target)].sort()).toEqual(['Ahmet Kaya', 'Levan Beridze']);
  });
});

describe('events: acts undergone, requested or declined', () => {
  it('makes the subject of "faced protests" the target, not the protester', () => {
    const doc = run('Serbian President Milan Jovic faced protests in Belgrade on Sunday.');
    const e = find(doc, 'PROTEST')[0]!;
    expect(names(doc, e.target)).toEqual(['Milan Jovic']);
    expect(e.source).toEqual([]);
    expect(find(doc, 'ACCUSE')).toEqual([]);
  });

  it('takes the doer of an act undergone from its from-phrase', () => {
    const doc = run('Uganda faced sharp criticism from Kenya over the arrests.');
    const e = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, e.source)).toEqual(['KEN']);
    expect(countries(doc, e.target)).toEqual(['UGA']);
  });

  it('makes the act in a demanded that-clause hypothetical', () => {
    const doc = run('Hanoi demanded that Beijing remove its oil rig from the area.');
    expect(find(doc, 'REQUEST')).toHaveLength(1);
    for (const e of doc.events.filter((x) => x.type !== 'REQUEST')) expect(e.hypothetical).toBe(true);
  });

  it('codes no rejection for declining to comment', () => {
    expect(run("The French president's office declined to comment on the report.").events).toEqual([]);
    expect(find(run('Austria declined to extradite the banker to Italy.'), 'REJECT')).toHaveLength(1);
  });
});

describe('events: neighbours and restatements', () => {
  it('does not give groups the country named only across a border', () => {
    const doc = run('Soldiers killed nine insurgents in a raid near the border with Liberia on Friday.');
    const e = find(doc, 'ASSAULT')[0]!;
    expect(countries(doc, e.source)).toEqual([null]);
    expect(countries(doc, e.target)).toEqual([null]);
  });

  it('codes an attack noun in the adjunct of a killing once', () => {
    const doc = run('Gunmen killed 14 farmers in an attack on a village in northern Benin.');
    expect(find(doc, 'ASSAULT')).toHaveLength(1);
    expect(names(doc, find(doc, 'ASSAULT')[0]!.source)).toEqual(['Gunmen']);
  });
});


describe('events: acts sought, promised and denied', () => {
  it('makes an act sought hypothetical, with no announced intent', () => {
    for (const text of ['Norway is seeking a ceasefire between Sudan and Chad.', 'Envoys met in Doha in an effort to secure a truce in Sudan.', 'Turkey and Qatar push for Sudan truce']) {
      const doc = run(text);
      for (const e of find(doc, 'RETREAT')) expect(e.hypothetical, text).toBe(true);
      expect(doc.events.filter((x) => x.rule.includes('+intent')), text).toEqual([]);
    }
    expect(find(run('Norway secured a ceasefire between Sudan and Chad.'), 'RETREAT')[0]!.hypothetical).toBe(false);
  });

  it('reads a conflict act agreed as a noun object as a threat, like the infinitive', () => {
    const doc = run('The African Union agrees new sanctions on Mali over the coup');
    expect(find(doc, 'AGREE')).toEqual([]);
    expect(countries(doc, find(doc, 'THREATEN')[0]!.target)).toEqual(['MLI']);
    expect(find(doc, 'SANCTION')[0]!.hypothetical).toBe(true);
  });

  it('takes no target from inside a denied gerund', () => {
    const doc = run('Minsk denied sending weapons to Serbia.');
    expect(find(doc, 'REJECT')[0]!.target).toEqual([]);
  });

  it('codes an expression of concern as a mild accusation', () => {
    const doc = run('Chile expressed concern over the detentions by Peru.');
    expect(countries(doc, find(doc, 'ACCUSE')[0]!.source)).toEqual(['CHL']);
  });

  it('does not take a name inside another noun\'s phrase as an event noun\'s subject', () => {
    const doc = run('Spain said its defence pact with Morocco covers attacks on fishing boats.');
    expect(find(doc, 'ASSAULT').filter((e) => countries(doc, e.source).includes('MAR'))).toEqual([]);
  });

  it('takes no target from a phrase inside the noun a protest is against', () => {
    const doc = run('Students in Yerevan rallied against the transfer of two villages to Azerbaijan.');
    expect(find(doc, 'PROTEST').flatMap((e) => countries(doc, e.target))).not.toContain('AZE');
  });
});

describe('events: lists, crowds, plural pronouns and headline passives', () => {
  it('does not join a phrase headed by a common noun after a comma to a list', () => {
    const doc = run('Chad accuses Sudan of arming the rebels of the FACT, a charge Khartoum denies.');
    const e = find(doc, 'REJECT')[0]!;
    expect(countries(doc, e.source)).toEqual(['SDN']);
    expect(e.source).toHaveLength(1);
  });

  it('codes a located crowd as the country\'s people, not the capital\'s government', () => {
    const doc = run('Thousands of opposition supporters rallied in Lusaka on Sunday.');
    const e = find(doc, 'PROTEST')[0]!;
    expect(actor(doc, e.source[0]!).sector).toBe('CVL');
    expect(find(doc, 'ACCUSE')).toEqual([]);
  });

  it('prefers a plural antecedent for "they"', () => {
    const doc = run("Mali's military rulers expelled the former colonial power's envoy a month after they seized power.");
    const e = doc.events.find((x) => x.rule.startsWith('coerce.seize'))!;
    expect(actor(doc, e.source[0]!).sector).toBe('MIL');
  });

  it('reads "<noun> killed" closing a headline clause as a passive', () => {
    const doc = run('Shelling rocks border towns; three soldiers killed');
    const e = find(doc, 'ASSAULT').find((x) => x.rule.startsWith('assault.kill'))!;
    expect(e.source).toEqual([]);
    expect(names(doc, e.target)).toEqual(['soldiers']);
  });

  it('gives an accusation coordinated after a report to the reporter', () => {
    const doc = run("Ethiopia's army said Eritrean troops had shelled border villages and accused Asmara of seeking a war.");
    const e = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, e.source)).toEqual(['ETH']);
    expect(countries(doc, e.target)).toEqual(['ERI']);
  });

  it('codes a violated ceasefire agreement as an assault, and a lodged protest as an accusation by the summoner', () => {
    let doc = run('Sudan said rebel forces had violated the ceasefire agreement on Friday.');
    expect(find(doc, 'ASSAULT')).toHaveLength(1);
    doc = run("Egypt's foreign ministry summoned a Libyan diplomat to lodge a protest.");
    expect(find(doc, 'ACCUSE').every((e) => countries(doc, e.source).includes('EGY'))).toBe(true);
    expect(find(doc, 'PROTEST')).toEqual([]);
  });
});

describe('events: the sole country', () => {
  it('does not make the staff of international bodies nationals of the one country a story names', () => {
    const doc = run('UN envoy Ines Halvorsen visited Tripoli on Monday. Halvorsen urged Libya to hold elections.');
    const e = find(doc, 'REQUEST')[0]!;
    expect(actor(doc, e.source[0]!).country ?? null).toBe(null);
  });
});

describe('events: participle clauses after a quotation', () => {
  it('gives ", accusing…" the speaker after the quote, not a country named inside it', () => {
    const doc = run('"Norway is the real aggressor," Russian foreign ministry spokesman Ivan Petrov told a briefing, accusing Oslo of provocations.');
    const e = find(doc, 'ACCUSE')[0]!;
    expect(names(doc, e.source)).toEqual(['Ivan Petrov']);
  });
});

describe('events: cities that modify event nouns, blocs and headlines', () => {
  it('does not make the city of an attack its perpetrator', () => {
    const doc = run('Kenya bombs militant camps in Somalia after Nairobi attack');
    expect(find(doc, 'ASSAULT').filter((e) => e.rule.startsWith('assault.attack')).every((e) => e.source.length === 0)).toBe(true);
  });

  it('gives a bloc no country from the one country a story names', () => {
    const doc = run('Western embassies urged the authorities in Harare to release the monitors.');
    expect(actor(doc, find(doc, 'REQUEST')[0]!.source[0]!).country ?? null).toBe(null);
  });

  it('gives a headline verb after a comma the subject of the first verb', () => {
    const doc = run('Malawi expels Zambian envoy, vows tougher border checks');
    expect(doc.events.filter((e) => countries(doc, e.source).includes('ZMB'))).toEqual([]);
  });
});

describe('events: agents, retorts and acts restated in the object', () => {
  it('keeps an of-phrase inside the by-agent of an event noun', () => {
    const doc = run('Chad said its troops repelled an attack by two battalions of Sudanese militiamen near Adre.');
    expect(countries(doc, find(doc, 'ASSAULT')[0]!.source)).toEqual(['SDN']);
  });

  it('codes no assault for a retort or a long shot', () => {
    expect(find(run('"That is nonsense," the Senator from Ohio shot back.'), 'ASSAULT')).toEqual([]);
    expect(find(run('Chile is not out of the race by a long shot, Peru said.'), 'ASSAULT')).toEqual([]);
  });

  it('codes aid named again in the verb\'s own object once', () => {
    const doc = run('Cuba and its allies have provided the Venezuelan government fuel and economic aid.');
    expect(find(doc, 'AID')).toHaveLength(1);
    expect(countries(doc, find(doc, 'AID')[0]!.source)).toEqual(['CUB']);
  });

  it('reads "Central American" as a region, not the United States', () => {
    const doc = run('Spain pledged aid to four Central American democracies.');
    expect(doc.events.flatMap((e) => countries(doc, e.target))).not.toContain('USA');
  });
});

describe('events: figures of speech and money', () => {
  it('codes no assault for fighting for a non-military aim, but does for fighting to overthrow', () => {
    expect(find(run('The president, fighting to regain public trust, visited Lima.'), 'ASSAULT')).toEqual([]);
    expect(find(run('The rebels are fighting to overthrow the government of Chad.'), 'ASSAULT')).toHaveLength(1);
  });

  it('codes no request for asking questions, and no release for freeing money', () => {
    expect(find(run('Ghana said it asked many questions about Togo.'), 'REQUEST')).toEqual([]);
    expect(find(run('The bill would free the remaining aid for Honduras.'), 'RETREAT')).toEqual([]);
    expect(find(run('Syria freed two Lebanese hostages.'), 'RETREAT')).toHaveLength(1);
  });
});

describe('events: grants, admissions and inability', () => {
  it('codes no aid for granting immunity, but does for granting asylum or a loan', () => {
    expect(find(run('The committee could grant immunity to the Peruvian colonel.'), 'AID')).toEqual([]);
    expect(find(run('Peru granted a loan to Bolivia.'), 'AID')).toHaveLength(1);
  });

  it('codes no concession for conceding that something is so', () => {
    expect(find(run('The Chilean senator conceded that the vote was lost.'), 'CONCEDE')).toEqual([]);
  });

  it('negates an act the subject is unable to do', () => {
    const doc = run('Kenya said it was unable to deport the Somali refugees.');
    expect(find(doc, 'COERCE').every((e) => e.negated)).toBe(true);
  });
});

describe('events: coordinated infinitives', () => {
  it('gives a bare verb after "and" the subject of the infinitive it continues', () => {
    const doc = run('Prosecutors accuse Nduru of ordering fighters to burn homes and shoot civilians.');
    const e = doc.events.find((x) => x.rule.startsWith('assault.shoot'))!;
    expect(names(doc, e.source)).toEqual(['fighters']);
  });
});

describe('events: objects with their own agents, and acts said to be possible', () => {
  it('aims a ban at the agent of its object, not at a destination', () => {
    const doc = run('Canada banned flights by Russian airlines to Cuba.');
    const e = find(doc, 'COERCE')[0]!;
    expect(countries(doc, e.target)).not.toContain('CUB');
  });

  it('makes an agreement said to be possible hypothetical', () => {
    const doc = run('"We believe an agreement with Chile is still achievable," Peru\'s foreign minister said.');
    for (const e of find(doc, 'AGREE')) expect(e.hypothetical).toBe(true);
  });
});

describe('events: a country name used as a modifier', () => {
  it('gives "a U.S. judge" the sector of its head noun', () => {
    const doc = run('A U.S. judge dismissed the lawsuit by Iran.');
    expect(actor(doc, find(doc, 'REJECT')[0]!.source[0]!).sector).toBe('JUD');
    const plain = run('Iran attacked the tanker.');
    expect(actor(plain, find(plain, 'ASSAULT')[0]!.source[0]!).kind).toBe('country');
  });
});

describe('events: compound modifiers and tagger slips', () => {
  it('takes no side from a hyphenated modifier ("EU-brokered talks")', () => {
    const doc = run('Armenia and Azerbaijan fail to agree at EU-brokered talks');
    expect(find(doc, 'AGREE').every((e) => !names(doc, e.target).includes('European Union'))).toBe(true);
  });

  it('closes a relative clause before a past verb the tagger read as an adjective', () => {
    const doc = run('NATO, which has about 4,500 peacekeepers in Kosovo, urged both sides to avoid any escalation.');
    expect(names(doc, find(doc, 'REQUEST')[0]!.source)).toEqual(['NATO']);
  });
});
