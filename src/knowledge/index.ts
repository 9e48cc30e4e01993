/** Typed, lazily loaded, validated knowledge: countries, organisations, metonyms, roles, sectors. */
export { countries, countryByIso3, type Country, type Bloc } from './countries.js';
export { organisations, type Organisation } from './organisations.js';
export { metonyms, type Metonym, type CapitalRule } from './metonyms.js';
export { roles, type Role, type Honorific } from './roles.js';
export { sectors, actorCode, type Sector } from './sectors.js';
export { lexicon, lexMatches, matchWords, type LexHit, type LexKind, type LexMatch } from './lexicon.js';
export { nameCues, type NameCues, type OrgHead } from './cues.js';
export { anaphors, type Anaphors, type AnaphorHead } from './anaphors.js';
export { validateOntology } from './validate.js';
export { people, peopleOn, personKey, type Person, type PersonPost, type Post } from './people.js';
export { foldKey, rawKey } from './normalize.js';
