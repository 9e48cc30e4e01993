/** Small closed word lists the clause analysis uses (grammar, not domain knowledge). */
export const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const HARD_BREAK = set('; : – — ( ) [ ]');
export const SENTENCE_END = set('. ! ?');
export const QUOTE = set('" “ ” ‘ ’ « » \'');
export const RELATIVE = set('which who whom whose where');
export const SUBORDINATOR = set('because although though whereas while unless until if since after before as once following despite but whether');
/** subordinators that start a clause even without a comma before them */
export const BARE_SUBORDINATOR = set('because although though whereas unless until whether if');
export const REPORTING = set(
  'said says say saying told tells announced announces reported reports added adds stated states noted notes confirmed confirms ' +
    'declared declares insisted insists claimed claims explained explains wrote writes according quoted warned acknowledged',
);
export const BE = set("be is are was were been being am 's 're get got gets");
export const AUX_MODAL = set("will would could may might shall should must can 'll 'd wo ca cannot");
export const NEGATION = set("not n't never no none nobody neither nor cannot without");
export const NEGATING_VERB = set('refuse refused refuses refusing decline declined declines declining fail failed fails failing reject rejected rejects rejecting deny denied denies denying unable');
export const HYPOTHETICAL = set(
  "will would could may might shall should must 'll 'd wo if unless whether plan plans planned planning intend intends intended intention " +
    'aim aims aimed hope hopes hoped want wants wanted seek seeks sought threaten threatened threatens threatening pledge pledged pledges ' +
    'promise promised promises vow vowed vows swore sworn offer offered offers agree agreed agrees ready willing prepared likely expected ' +
    'possible potential proposed propose proposes proposal going decide decided decides',
);
export const SUBJECT_PRONOUN = set('he she it they we i you');
export const NO_ONE = set('nobody none');
export const COORD = set('and or , &');
/** nouns that sum up what the previous clause did ("– an approach that X called insulting") */
export const SUMMARY_NOUN = set('approach move decision step policy plan action measure measures proposal idea remarks statement comments behaviour behavior practice tactic');
export const LOCATIVE = set('in at near outside inside across into from on around throughout off within');
export const isVerbish = (pos: string) => pos === 'VERB' || pos === 'AUX';
export const isNominal = (pos: string) => pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'NUM';
/** Possessive pronouns: they open a noun phrase like a determiner and stand for an earlier actor. */
export const POSSESSIVE = set('its their his her our');
