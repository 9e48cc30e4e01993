/** Word lists the gazetteer scan consults (lower case). */

/** Prepositions after which a capitalised name is very likely a place. */
export const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'towards', 'toward', 'across', 'around', 'via', 'into', 'throughout', 'between']);

/** Titles before a name: what follows is a person ("Senator Lincoln", "St Louis" excepted by longer matches). */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'general', 'gen', 'sen', 'senator', 'judge', 'sir', 'lord', 'king', 'queen', 'prince', 'pope', 'secretary', 'governor', 'mayor']);

/** Direction words that may precede a place inside a longer name ("Central Luzon"). */
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new']);

/** Capitalised words that are far more often something else than a town of that name. */
export const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'god', 'police', 'university', 'union',
  'mobile', 'reading', 'nice', 'split', 'bath', 'surprise', 'independence', 'mission', 'temple', 'orange', 'deal', 'sale',
  'normal', 'paradise', 'enterprise', 'concord', 'federal', 'liberty', 'victory', 'progress', 'republic', 'national',
  'media', 'of', 'the', 'a', 'he', 'she', 'it', 'we', 'they', 'i', 'but', 'and', 'or', 'in', 'at', 'on', 'president', 'health',
]);

/** Lower-case particles inside place and person names ("Ceamurlia de Jos", "Abu Bakr al Baghdadi"). */
export const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y']);

/** Nouns after which "of X" names a place ("the town of Isiolo"). */
export const PLACE_NOUNS = new Set(['town', 'village', 'city', 'area', 'province', 'region', 'district', 'state', 'county', 'capital', 'island', 'port', 'suburb', 'municipality', 'outskirts', 'streets', 'centre', 'center', 'north', 'south', 'east', 'west', 'people', 'residents', 'governor', 'mayor']);

/** Words naming a kind of division after its name ("Dallas County", "Nyanza Province"). */
export const DIVISION_WORDS = new Set(['county', 'province', 'state', 'region', 'district', 'prefecture', 'governorate', 'oblast', 'parish', 'territory']);
