import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../index.js';
import type { Doc, Event } from '../../types.js';

// the whole pipeline: subjects, objects and clauses as they meet real entities and group nouns
const pipeline = createPipeline();
const run = (text: string) => pipeline.run({ text, published: '2024-05-06' });
const actor = (doc: Doc, id: string) => doc.actors.find((a) => a.id === id)!;
const countries = (doc: Doc, ids: string[]) => ids.map((id) => actor(doc, id).country).sort();
const find = (doc: Doc, type: Event['type']) => doc.events.filter((e) => e.type === type);

describe('events: subjects', () => {
  it('takes the person named in an appositive after the first noun phrase as the subject', () => {
    let doc = run('His lawyer, Maria Olsen, denied the charges.');
    expect(find(doc, 'REJECT').map((e) => actor(doc, e.source[0]!).name)).toEqual(['Maria Olsen']);
    doc = run("Ghana's foreign minister, Kofi Mensah, accused Togo of harbouring rebels.");
    const e = find(doc, 'ACCUSE')[0]!;
    expect(actor(doc, e.source[0]!).name).toBe('Kofi Mensah');
    expect(countries(doc, e.target)).toEqual(['TGO']);
  });

  it('keeps the subject before an appositive that names no person', () => {
    const doc = run('Kofi Mensah, the foreign minister of Ghana, accused Togo of harbouring rebels.');
    expect(actor(doc, find(doc, 'ACCUSE')[0]!.source[0]!).name).toBe('Kofi Mensah');
  });

  it('gives the second verb of a coordinated predicate the first one\'s subject', () => {
    const doc = run("Norway summoned Russia's ambassador and handed him a note of protest.");
    const notes = find(doc, 'ACCUSE').filter((e) => e.rule === 'accuse.note-of-protest');
    expect(notes).toHaveLength(1);
    expect(countries(doc, notes[0]!.source)).toEqual(['NOR']);
  });

  it('gives a restrictive relative clause its own head noun, not an earlier actor', () => {
    const doc = run('Norway accused Russian hackers of breaking into the computers of lawmakers who criticise Moscow.');
    expect(find(doc, 'ACCUSE').filter((e) => countries(doc, e.source).includes('RUS'))).toEqual([]);
  });

  it('reads "<noun> detained in X <verb>" as a passive: the noun is the target', () => {
    const doc = run('Four Canadians detained in Yemen flew home on Monday.');
    const e = find(doc, 'COERCE')[0]!;
    expect(e.source).toEqual([]);
    expect(countries(doc, e.target)).toEqual(['CAN']);
    // but not an active verb with its object after it
    const active = run('Yemeni police detained four Canadians on Monday.');
    expect(countries(active, find(active, 'COERCE')[0]!.target)).toEqual(['CAN']);
  });
});

describe('events: objects', () => {
  it('does not take a target from a second verb phrase after "and"', () => {
    const doc = run("Peru's embassy dismissed the claims as invented and said Lima opposed all such attacks.");
    const dismiss = find(doc, 'REJECT').find((e) => e.rule === 'reject.dismiss')!;
    expect(dismiss.target).toEqual([]);
  });

  it('keeps the object of a preposition left open before "and" ("ties with and an embassy in X")', () => {
    const doc = run('Nepal has established diplomatic ties with and opened an embassy in Tehran, officials said.');
    const e = find(doc, 'SUPPORT')[0]!;
    expect(countries(doc, e.target)).toEqual(['IRN']);
  });
});

describe('events: diplomatic protests, charges, thanks and retaliation', () => {
  it('codes a diplomatic protest as ACCUSE, not a street protest', () => {
    const doc = run('Malaysia said it had lodged a diplomatic protest with Beijing.');
    expect(find(doc, 'PROTEST')).toEqual([]);
    expect(countries(doc, find(doc, 'ACCUSE')[0]!.target)).toEqual(['CHN']);
  });

  it('codes charges against, raised concerns and thanks', () => {
    let doc = run('Canada announced charges against three Iranian nationals.');
    expect(find(doc, 'ACCUSE')[0]!.mode).toBe('sue');
    doc = run('Ireland raised its concerns with British officials over the bill.');
    expect(countries(doc, find(doc, 'ACCUSE')[0]!.target)).toEqual(['GBR']);
    doc = run('Kenya thanked Norway for its help.');
    expect(countries(doc, find(doc, 'SUPPORT')[0]!.target)).toEqual(['NOR']);
  });

  it('codes a vow of retaliation as a threat, not a promise', () => {
    for (const text of ['Moscow vowed to retaliate against Vilnius.', 'Iran vowed a harsh response to Israel.']) {
      const doc = run(text);
      expect(find(doc, 'AGREE')).toEqual([]);
      expect(find(doc, 'THREATEN')).toHaveLength(1);
    }
  });
});

describe('events: controlled infinitives', () => {
  it('gives "urged X to <act>" the act with X as its subject', () => {
    const doc = run('Chile urged Peru to investigate the deaths.');
    const e = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, e.source)).toEqual(['PER']);
    expect(e.hypothetical).toBe(true);
  });

  it('derives no intent from an act another verb\'s object would do', () => {
    const doc = run('Critics said the deal would encourage Iran to seize more ships.');
    expect(find(doc, 'THREATEN')).toEqual([]);
    expect(find(doc, 'AGREE')).toEqual([]);
    // but a subject announcing its own act does express intent
    const own = run('Russia said it would send troops to Syria.');
    expect(own.events.filter((e) => e.rule.endsWith('+intent'))).toHaveLength(1);
  });
});

describe('events: pronouns, lists of predicates and official protests', () => {
  it('keeps a named subject before an appositive that names another person', () => {
    const doc = run('Ana Lind, the sister of President Erik Lind of Sweden, threatened on Sunday to sue Norway.');
    expect(actor(doc, find(doc, 'THREATEN')[0]!.source[0]!).name).toBe('Ana Lind');
  });

  it('fills the object slot with the antecedent of "them", not a later phrase', () => {
    const doc = run('Ghana ordered three Togolese diplomats to leave on Friday, accusing them of spying on bases near the border with Benin.');
    const e = find(doc, 'ACCUSE')[0]!;
    expect(countries(doc, e.target)).toEqual(['TGO']);
  });

  it('reads "and said it would" as the sentence subject speaking', () => {
    const doc = run('The Arab League gave Syrian officials a week to respond and said it would impose sanctions on Damascus.');
    const e = find(doc, 'SANCTION')[0]!;
    expect(actor(doc, e.source[0]!).code).toBe('ARL');
  });

  it('gives every predicate of a list the same subject', () => {
    const doc = run('Kenya closed its border with Somalia, suspended flights to Mogadishu and seized Somali ships.');
    for (const e of doc.events) expect(countries(doc, e.source)).toEqual(['KEN']);
    expect(doc.events.length).toBeGreaterThanOrEqual(2);
  });

  it('codes a protest by states as an official complaint and a crowd\'s as a demonstration', () => {
    let doc = run('Vietnam and the Philippines protested against China\'s new map.');
    expect(find(doc, 'PROTEST')).toEqual([]);
    const e = find(doc, 'ACCUSE')[0]!;
    expect(e.mode).toBe('disapprove');
    expect(countries(doc, e.target)).toEqual(['CHN']);
    doc = run('Thousands of students protested against the new tax in Nairobi.');
    expect(find(doc, 'PROTEST')).toHaveLength(1);
  });

  it('does not give leaders the nationality of the city they meet in', () => {
    const doc = run('Pacific island leaders opened a summit in Suva on Tuesday.');
    expect(doc.events.filter((e) => countries(doc, e.source).includes('FJI'))).toEqual([]);
  });
});

describe('events: what is no event, and who claimed an attack', () => {
  it('codes no attack for floods, cyclones or landslides that kill', () => {
    for (const text of ['Floods, which killed more than 300 people, left thousands homeless.', 'A cyclone killed 40 people in Bangladesh on Sunday.', 'Twelve people were killed by a landslide in Nepal.']) {
      expect(find(run(text), 'ASSAULT'), text).toEqual([]);
    }
    expect(find(run('Gunmen killed 40 people in Burkina Faso on Sunday.'), 'ASSAULT')).toHaveLength(1);
  });

  it('codes a warning as a threat only when it is about the source\'s own act', () => {
    expect(find(run('Aid agencies warned that many families in Sudan were still living in tents.'), 'THREATEN')).toEqual([]);
    expect(find(run('The United Nations warned of famine in Sudan.'), 'THREATEN')).toEqual([]);
    expect(find(run('Russia warned that it would respond to any attack.'), 'THREATEN')).toHaveLength(1);
    expect(find(run('Russia warned Lithuania that it would respond.'), 'THREATEN')).toHaveLength(1);
  });

  it('gives an attack warned against neither a conventional target nor an intent', () => {
    const doc = run('Iran warned the United States against any attack.');
    expect(doc.events.filter((e) => e.rule.includes('+intent') || e.rule.includes('+domestic-target'))).toEqual([]);
  });

  it('takes no subject for a clash named as background ("after clashes")', () => {
    const doc = run('Police in Malawi said they had arrested 12 people after clashes in the city of Mzuzu.');
    expect(find(doc, 'ASSAULT')).toEqual([]);
  });

  it('stops an object at "and" + a new subject and verb', () => {
    const doc = run('Saudi Arabia pledged $1 billion and China offered $100 million.');
    for (const e of find(doc, 'AGREE')) expect(e.target).toEqual([]);
  });

  it('reads a quantity "of" phrase as part of the object ("tariffs on $3 billion of American goods")', () => {
    const doc = run('Ottawa said it would impose tariffs on $3 billion of American goods.');
    expect(countries(doc, find(doc, 'SANCTION')[0]!.target)).toEqual(['USA']);
  });

  it('codes condolences as support and fighting alongside as military cooperation', () => {
    let doc = run('Japan and Canada offered condolences to Turkey.');
    expect(find(doc, 'AGREE')).toEqual([]);
    expect(countries(doc, find(doc, 'SUPPORT')[0]!.target)).toEqual(['TUR']);
    doc = run('Troops from Chad fought alongside Malian forces.');
    expect(find(doc, 'ASSAULT')).toEqual([]);
    expect(countries(doc, find(doc, 'COOPERATE')[0]!.target)).toEqual(['MLI']);
  });

  it('gives an attack with no named perpetrator the group that claimed it', () => {
    const doc = run('A bomb exploded in a market in Mogadishu on Friday, killing nine people. The Shabaab militant group claimed responsibility for the attack.');
    const claimed = doc.events.filter((e) => e.rule.endsWith('+claimed'));
    expect(claimed.length).toBeGreaterThan(0);
    for (const e of claimed) expect(actor(doc, e.source[0]!).name).toMatch(/Shabaab/);
    const denied = run('A bomb exploded in a market in Mogadishu on Friday, killing nine people. The Shabaab militant group denied it had claimed responsibility.');
    expect(denied.events.filter((e) => e.rule.endsWith('+claimed'))).toEqual([]);
  });

  it('gives a suicide bombing its own mode, not "aerial" from the word bomber', () => {
    const doc = run('A suicide bomber killed 12 soldiers in Kabul on Monday.');
    expect(find(doc, 'ASSAULT')[0]!.mode).toBe('suicide-attack');
  });
});

describe('events: ambiguous triggers need their object', () => {
  it('codes no attack for a heart attack or a fight against cutbacks', () => {
    expect(run('Zorinsky, who died of a heart attack last Friday, was 58.').events).toEqual([]);
    expect(find(run('The senator of Iowa had fought hard against cutbacks in farm benefits.'), 'ASSAULT')).toEqual([]);
  });

  it('codes a release only of people and provisions only of aid', () => {
    expect(find(run('Shell released preliminary earnings figures in February.'), 'RETREAT')).toEqual([]);
    expect(find(run('Somali pirates released 20 hostages on Sunday.'), 'RETREAT')).toHaveLength(1);
    expect(find(run('The strength of the Kenyan market provided the perfect opportunity.'), 'AID')).toEqual([]);
    expect(find(run('Germany provided tents and blankets to Turkey.'), 'AID')).toHaveLength(1);
  });

  it('codes defending only of someone, and no warning by those who ignore it', () => {
    expect(find(run("Kenya's finance minister, Ann Njoroge, defended the cuts on Wednesday."), 'SUPPORT')).toEqual([]);
    expect(find(run('Belarus defended Russia against the criticism.'), 'SUPPORT')).toHaveLength(1);
    expect(find(run('Critics accused the government of Ghana of ignoring warnings issued in July.'), 'THREATEN')).toEqual([]);
  });

  it('codes "beat" only with someone beaten', () => {
    expect(find(run('The Kenyan bank beat forecasts with a record profit.'), 'ASSAULT')).toEqual([]);
    expect(find(run('Police in Serbia beat migrants from Afghanistan.'), 'ASSAULT')).toHaveLength(1);
  });
});

describe('events: business words that look like conflict', () => {
  it('codes no attack for a deal struck, and a strike for pay as a labour protest', () => {
    expect(find(run('Under the agreement struck between Kenyan traders, the exchange will coordinate supervision.'), 'ASSAULT')).toEqual([]);
    const doc = run('The bank workers of Brazil are striking for a 100 pct pay rise.');
    expect(find(doc, 'ASSAULT')).toEqual([]);
    expect(find(doc, 'PROTEST')).toHaveLength(1);
    expect(find(run('Russian jets struck targets in Syria.'), 'ASSAULT')).toHaveLength(1);
  });

  it('codes no event for company names, tender offers, accounting charges and shareholder meetings', () => {
    for (const text of [
      'Shell Canada Ltd, 72 pct owned by Royal Dutch Shell, is at 40-1/2.',
      'Hutton of New York raised its 35 dlr per share offer for Purolator of Canada.',
      'Network Control of Canada will take a 250,000 dlr charge against earnings for the quarter.',
      'Sears of Chicago scheduled its annual meeting for May 14.',
      'Sears of Chicago said it could meet the needs of its customers in Canada.',
    ]) expect(run(text).events, text).toEqual([]);
  });

  it('reads a noun after a verb as its object ("settled charges with")', () => {
    expect(find(run('Boyd Jefferies settled charges with the U.S. Securities and Exchange Commission.'), 'COERCE')).toEqual([]);
  });

  it('codes reinforcement only of forces, and a resignation with no target', () => {
    expect(find(run('Digital Equipment of Canada said the products reinforce its manufacturing offerings.'), 'MOBILIZE')).toEqual([]);
    const doc = run('Kenya\'s finance minister Ann Njoroge resigned as president of the bank in favor of Tom Otieno.');
    for (const e of find(doc, 'RETREAT')) expect(e.target.map((id) => actor(doc, id).kind)).not.toContain('person');
  });
});

describe('events: proposals, mutual acts and drills', () => {
  it('marks an act proposed ("a proposal for a truce") as hypothetical, with no conventional target', () => {
    const doc = run('Israel rejected a proposal from Egypt for a three-day truce.');
    const truce = find(doc, 'RETREAT')[0]!;
    expect(truce.hypothetical).toBe(true);
    expect(truce.rule).not.toContain('+domestic-target');
  });

  it('makes a compound subject both sides of a mutual act', () => {
    const doc = run('Kenya and Ethiopia signed a security pact on Friday.');
    const e = find(doc, 'SUPPORT')[0]!;
    expect([...countries(doc, e.source), ...countries(doc, e.target)].sort()).toEqual(['ETH', 'KEN']);
    expect(e.target).toHaveLength(1);
  });

  it('codes drills as mobilisation, and joint drills as military cooperation', () => {
    let doc = run('Chinese warships conducted drills near Taiwan.');
    const e = find(doc, 'MOBILIZE')[0]!;
    expect(countries(doc, e.source)).toEqual(['CHN']);
    expect(countries(doc, e.target)).toEqual(['TWN']);
    doc = run('India and Japan conducted joint naval drills off Chennai.');
    expect(find(doc, 'MOBILIZE')).toEqual([]);
    expect(find(doc, 'COOPERATE')).toHaveLength(1);
  });
});

describe('events: headlines and months', () => {
  it('keeps two clauses of a headline apart at a bare comma', () => {
    const doc = run('Lithuania expels Russian diplomats, Moscow vows response');
    const expel = find(doc, 'SANCTION')[0]!;
    expect(expel.target.map((id) => actor(doc, id).name)).toEqual(['Russian diplomats']);
    const vow = find(doc, 'THREATEN')[0]!;
    expect(vow.source.map((id) => actor(doc, id).name)).toEqual(['Moscow']);
  });

  it('reads a set-off participle after a name as a passive about that name', () => {
    const doc = run('Kenya, backed by the United States, sent troops to Haiti.');
    const back = find(doc, 'SUPPORT')[0]!;
    expect(countries(doc, back.source)).toEqual(['USA']);
    expect(countries(doc, back.target)).toEqual(['KEN']);
    expect(countries(doc, find(doc, 'MOBILIZE')[0]!.source)).toEqual(['KEN']);
    const asked = run('Ghana\'s finance minister Ama Owusu, asked whether she would resign, laughed.');
    expect(find(asked, 'REQUEST').filter((e) => actor(asked, e.source[0]!).name.includes('Owusu'))).toEqual([]);
  });

  it('reads "May 28" as a date, not a modal', () => {
    const doc = run("LILONGWE, May 28 - Malawi's main opposition party rejected the result on Tuesday.");
    expect(find(doc, 'REJECT')[0]!.hypothetical).toBe(false);
  });
});

describe('events: "they" after a coordinated subject', () => {
  it('stands for the whole coordinated subject of the sentence before', () => {
    const doc = run('Russia and China signed a trade pact on Monday. They also agreed to hold talks with India.');
    const e = find(doc, 'AGREE')[0]!;
    expect(countries(doc, e.source)).toEqual(['CHN', 'RUS']);
    expect(countries(doc, e.target)).toEqual(['IND']);
  });
});

describe('events: possessive subjects and calls after clashes', () => {
  it('gives "its jets struck" the actor "its" stands for', () => {
    const doc = run("Israel's military said its jets struck Hezbollah targets in southern Lebanon.");
    expect(countries(doc, find(doc, 'ASSAULT')[0]!.source)).toEqual(['ISR']);
  });

  it('does not make clashes hypothetical because someone "called for calm" after them', () => {
    const doc = run("Somalia's president called for calm after clashes between Somali troops and Ethiopian forces.");
    expect(find(doc, 'ASSAULT')[0]!.hypothetical).toBe(false);
  });
});

describe('events: currency interventions and threatened acts', () => {
  it('codes no coercion for a central bank intervening in the currency market', () => {
    expect(run('The Bank of Japan intervened in the currency market to buy dollars.').events).toEqual([]);
  });

  it('makes the act a threat names hypothetical, with the threatener as its source', () => {
    const doc = run('France threatened military intervention in Niger.');
    const e = find(doc, 'COERCE')[0]!;
    expect(e.hypothetical).toBe(true);
    expect(countries(doc, e.source)).toEqual(['FRA']);
  });
});
