import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';
import type { Doc, Event } from '../../types.js';

// the whole pipeline: these rules meet real entities, group nouns and places
const pipeline = createPipeline();
const run = (text: string) => pipeline.run({ text, published: '2024-05-06' });
const countries = (doc: Doc, ids: string[]) => ids.map((id) => doc.actors.find((a) => a.id === id)!.country).sort();
const names = (doc: Doc, ids: string[]) => ids.map((id) => doc.actors.find((a) => a.id === id)!.name).sort();
const find = (doc: Doc, type: Event['type']) => doc.events.filter((e) => e.type === type);

describe('events: arguments stay inside their clause', () => {
  it('a new subject after ", and" starts a clause of its own', () => {
    let doc = run('Ghanaian troops shelled rebel camps in northern Togo, and Lome condemned the attack.');
    const accuse = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, accuse.source)).toEqual(['TGO']);
    doc = run('Chile and Bolivia urged restraint, and the African Union said it was watching closely.');
    const req = find(doc, 'REQUEST')[0]!;
    expect(countries(doc, req.source)).toEqual(['BOL', 'CHL']);
    expect(req.target).toEqual([]);
  });

  it('opens a clause at "as" + subject + verb, but not at "as well as"', () => {
    let doc = run('Greek coastguards seized a boat as Turkish fishermen fled the area.');
    let e = find(doc, 'COERCE')[0]!;
    expect(countries(doc, e.source)).toEqual(['GRC']);
    expect(countries(doc, e.target)).not.toContain('TUR');
    doc = run('Kenya condemned Somalia as well as Ethiopia on Friday.');
    e = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, e.target)).toEqual(['ETH', 'SOM']);
  });

  it('gives an event noun right after a subordinator no subject from before it', () => {
    const doc = run('Turkish jets hit Syria as ceasefire talks stall');
    expect(find(doc, 'CONSULT').filter((e) => countries(doc, e.source).includes('SYR'))).toEqual([]);
  });

  it('keeps a list of names with a final comma together', () => {
    const doc = run('Ghana, Togo, and Benin agreed to hold talks with Niger.');
    const e = doc.events.find((x) => x.target.length)!;
    expect(countries(doc, e.source)).toEqual(['BEN', 'GHA', 'TGO']);
  });

  it('does not take a place of the next clause as the target of an outward act', () => {
    const doc = run('Norway announced a new aid package for refugees, and Sweden said Stockholm would add more.');
    const aid = find(doc, 'AID').find((e) => countries(doc, e.source).includes('NOR'))!;
    expect(countries(doc, aid.target)).not.toContain('NOR');
    expect(countries(doc, aid.target)).not.toContain('SWE');
  });

  it('gives a participle clause ", killing …" the subject of the clause it hangs on', () => {
    const doc = run('Ethiopian jets bombed a market in Tigray, killing nine people.');
    for (const e of find(doc, 'ASSAULT')) expect(countries(doc, e.source)).toEqual(['ETH']);
  });

  it('joins "X and the Y" after "between" into source and target', () => {
    const doc = run('Fighting between the Malian Armed Forces and the Azawad Liberation Front spread.');
    const e = find(doc, 'ASSAULT')[0]!;
    expect(names(doc, e.source)).toEqual(['Malian Armed Forces']);
    expect(e.target.length).toBe(1);
  });

  it('leaves the source open when a clash is between parties that are not actors', () => {
    const doc = run('Mali closed two border crossings after clashes between loggers and hunters near the river.');
    expect(find(doc, 'ASSAULT').every((e) => !countries(doc, e.source).includes('MLI'))).toBe(true);
    expect(find(doc, 'COERCE').length).toBe(1);
  });

  it('reads "we" inside a quote as its speaker, never as an actor of the sentence before', () => {
    const doc = run('LIMA, May 3 - Heavy rains hit Peru.\n\n"We condemn the looting," police chief Jorge Salas said.');
    const e = find(doc, 'ACCUSE')[0]!;
    expect(names(doc, e.source)).toEqual(['Jorge Salas']);
  });

  it('reads a reduced relative ("settlers accused of …") as passive, not as an accusation by them', () => {
    const doc = run('Canada imposed sanctions on six Serbian officials accused of corruption.');
    expect(find(doc, 'ACCUSE').filter((e) => countries(doc, e.source).includes('SRB'))).toEqual([]);
    expect(countries(doc, find(doc, 'SANCTION')[0]!.source)).toEqual(['CAN']);
  });
});

describe('events: who is not a party', () => {
  it('never takes a dateline place as an actor', () => {
    const doc = run('NAIROBI, May 3 (Wire) - Uganda accused Rwanda of arming rebels, the government said.');
    const e = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, e.source)).toEqual(['UGA']);
    expect(doc.events.flatMap((x) => countries(doc, [...x.source, ...x.target]))).not.toContain('KEN');
  });

  it('does not make whoever reacts to an act its agent', () => {
    const doc = run('Havana said it would respond to any new sanctions.');
    expect(find(doc, 'SANCTION').filter((e) => countries(doc, e.source).includes('CUB'))).toEqual([]);
  });

  it('stops a target search at a second verb phrase ("denied … and said X would …")', () => {
    const doc = run('Serbia denied the reports and said Kosovo would regret the decision.');
    const e = find(doc, 'REJECT')[0]!;
    expect(countries(doc, e.source)).toEqual(['SRB']);
    expect(e.target).toEqual([]);
  });

  it('gives an act named after a carrying-out verb the source of the intent verb ("agreed to widen sanctions")', () => {
    const doc = run('The European Union agreed to widen sanctions against Belarus.');
    const e = find(doc, 'SANCTION')[0]!;
    expect(names(doc, e.source)).toEqual(['European Union']);
    expect(e.hypothetical).toBe(true);
  });
});

describe('events: subjects across clauses and sentences', () => {
  it('does not take an object of the sentence before as the antecedent of "they"', () => {
    const doc = run('The envoys condemned the fighting between Chad and Niger. They welcomed the truce.');
    const e = find(doc, 'SUPPORT')[0];
    expect(e ? countries(doc, e.source) : []).toEqual([]);
  });

  it('gives a verb after ", and" the first clause\'s subject, not an agent inside it', () => {
    const doc = run('The envoys praised talks hosted by Ghana and Togo, and pledged to provide aid to Mali.');
    for (const e of find(doc, 'AID')) expect(countries(doc, e.source)).toEqual([]);
  });
});

describe('events: munitions and crowd-control triggers', () => {
  it('codes launched or fired munitions as an assault on the target after "at"', () => {
    let doc = run('Armenia launched a wave of drones at Azerbaijan on Sunday.');
    let e = find(doc, 'ASSAULT')[0]!;
    expect(countries(doc, e.source)).toEqual(['ARM']);
    expect(countries(doc, e.target)).toEqual(['AZE']);
    expect(e.mode).toBe('drone');
    doc = run('Militants in Lebanon fired rockets into Israel overnight.');
    e = find(doc, 'ASSAULT')[0]!;
    expect(countries(doc, e.target)).toEqual(['ISR']);
    expect(e.mode).toBe('heavy-weapons');
  });

  it('codes tear gas fired at a crowd as an assault by the police', () => {
    const doc = run('Kenyan police fired tear gas at students in Nairobi.');
    const e = find(doc, 'ASSAULT')[0]!;
    expect(countries(doc, e.source)).toEqual(['KEN']);
    expect(e.rule).toBe('assault.tear-gas');
  });

  it('reads "ceasefire talks" as negotiation, not as a ceasefire', () => {
    const doc = run('Turkish and Russian envoys held ceasefire talks in Ankara.');
    expect(find(doc, 'RETREAT')).toEqual([]);
    expect(find(doc, 'CONSULT')[0]!.mode).toBe('negotiate');
  });

  it('names student leaders as a protesting group, located by the place after them', () => {
    const doc = run('Student leaders in Dhaka demanded that the law be withdrawn.');
    const e = find(doc, 'REQUEST')[0]!;
    expect(names(doc, e.source)).toEqual(['Student leaders']);
    expect(countries(doc, e.source)).toEqual(['BGD']); // located by "in Dhaka"
  });
});

describe('events: match reports', () => {
  it('codes no violence from a football report, but keeps a riot in one', () => {
    let doc = run('Chile beat Peru 2-1 in a World Cup qualifier on Tuesday. The striker attacked from the first minute and the goalkeeper saved a penalty kick in stoppage time.');
    expect(doc.contexts).toContain('sports');
    expect(doc.events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
    doc = run('Chile beat Peru 2-1 in a World Cup qualifier. After the match, Peruvian police fired tear gas at rioting fans and arrested 40 people.');
    expect(doc.events.some((e) => e.type === 'ASSAULT' || e.type === 'COERCE')).toBe(true);
  });
});

describe('events: labour strikes and self-targets', () => {
  it('reads a targetless strike by a union leader as a labour strike, not an assault', () => {
    const doc = run('Union chief Ana Ruiz warned: "If they cut pay, we will strike."');
    expect(find(doc, 'ASSAULT')).toEqual([]);
    expect(find(doc, 'PROTEST')[0]!.mode).toBe('strike');
  });

  it('never makes a person their own target', () => {
    const doc = run('"I reject that," Ms Ruiz replied.');
    for (const e of doc.events) for (const id of e.target) expect(e.source).not.toContain(id);
  });
});

describe('events: questions, requests and obstruction', () => {
  it('keeps an act asked about hypothetical and derives no intent from it', () => {
    const doc = run('Will Ghana withdraw its troops from Mali?');
    expect(doc.events.every((e) => e.hypothetical)).toBe(true);
    expect(find(doc, 'AGREE')).toEqual([]);
  });

  it('marks the act a request asks for hypothetical, without intent of its own', () => {
    const doc = run('Kenya called on the United Nations Security Council to impose an arms embargo on Sudan.');
    const e = find(doc, 'SANCTION')[0]!;
    expect(e.hypothetical).toBe(true);
    expect(find(doc, 'THREATEN')).toEqual([]);
  });

  it('does not make whoever blocks aid its giver', () => {
    const doc = run('Kenya accused Sudanese militias of blocking aid convoys in Darfur.');
    expect(find(doc, 'AID').filter((e) => e.source.length)).toEqual([]);
  });
});

describe('events: collective subjects and controlled infinitives', () => {
  it('reads "The ministers" as the parties listed after "the foreign ministers of" before', () => {
    const doc = run('The foreign ministers of Ghana, Togo and Benin met in Accra on Monday. The ministers condemned the attack on Niger.');
    const e = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, e.source)).toEqual(['BEN', 'GHA', 'TGO']);
    // the evidence stays in the sentence of the trigger
    const s = doc.sentences[e.sentence]!;
    expect(e.evidence.start).toBeGreaterThanOrEqual(doc.tokens[s.t0]!.start);
  });

  it('finds the elided subject of "… and killed" past a reporting verb', () => {
    const doc = run('Witnesses said gunmen stormed the market in Gao and killed nine civilians.');
    const e = find(doc, 'ASSAULT').find((x) => x.rule.startsWith('assault.kill'))!;
    expect(names(doc, e.source)).toEqual(['gunmen']);
  });

  it('gives an infinitive after "called on X to" no subject but X', () => {
    const doc = run('Ghana called on both parties to withdraw their troops.');
    expect(find(doc, 'RETREAT').filter((e) => countries(doc, e.source).includes('GHA'))).toEqual([]);
  });
});

describe('events: purpose infinitives', () => {
  it('codes no SUPPORT for "to support lending" after an economic act', () => {
    const doc = run("Japan's central bank cut its key rate to support lending.");
    expect(find(doc, 'SUPPORT')).toEqual([]);
  });
});

describe('events: diplomatic protest and threatened acts', () => {
  it('codes summoning an envoy as disapproval of the envoy\'s country', () => {
    const doc = run("Lithuania summoned Belarus's ambassador over the border incident.");
    const e = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, e.source)).toEqual(['LTU']);
    expect(countries(doc, e.target)).toEqual(['BLR']);
  });

  it('keeps "any attack" warned against hypothetical', () => {
    const doc = run('Egypt warned Ethiopia against any attack on its dams.');
    for (const e of find(doc, 'ASSAULT')) expect(e.hypothetical).toBe(true);
  });
});

describe('events: promises, tariffs and a source named as a place', () => {
  it('gives an act named in a pledge\'s object the pledger as source, hypothetical', () => {
    const doc = run('Norway pledged $2 billion in aid to Moldova.');
    const e = find(doc, 'AID')[0]!;
    expect(countries(doc, e.source)).toEqual(['NOR']);
    expect(e.hypothetical).toBe(true);
  });

  it('codes imposed tariffs as a sanction on the country named after "on"', () => {
    const doc = run('Canada imposed new tariffs on Mexican steel.');
    const e = find(doc, 'SANCTION')[0]!;
    expect(countries(doc, e.target)).toEqual(['MEX']);
  });

  it('does not aim a truce at a side only because it is also a place name', () => {
    const doc = run('Armenia and Azerbaijan agreed to a two-day truce.');
    for (const e of find(doc, 'RETREAT')) expect(e.rule).not.toContain('domestic-target');
  });
});

describe('events: reciprocal clashes and water cannon', () => {
  it('splits a compound subject of "clashed" into source and target', () => {
    const doc = run('Armenian and Azerbaijani troops clashed along the border.');
    const e = find(doc, 'ASSAULT')[0]!;
    expect(countries(doc, e.source)).toEqual(['ARM']);
    expect(countries(doc, e.target)).toEqual(['AZE']);
  });

  it('codes water cannon fired at a boat as an assault', () => {
    const doc = run('Chinese coast guard ships fired water cannon at a Vietnamese fishing boat.');
    const e = find(doc, 'ASSAULT')[0]!;
    expect(countries(doc, e.source)).toEqual(['CHN']);
    expect(countries(doc, e.target)).toEqual(['VNM']);
  });
});
