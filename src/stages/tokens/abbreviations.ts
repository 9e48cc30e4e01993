/** Words that keep a following period as part of the token (lower-cased, without the period). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'cmdr',
  'rev', 'jr', 'sr', 'st', 'mt', 'ft', 'pres', 'amb', 'atty', 'supt', 'insp', 'hon', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'ltd', 'corp', 'co', 'cos', 'bros', 'plc', 'llc', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'vs', 'etc', 'approx', 'est', 'fig', 'vol', 'pp', 'ca', 'cf', 'al',
]);

/** Abbreviations that never end a sentence: titles stand before a name. */
export const TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'sen.', 'rep.', 'gov.', 'lt.', 'col.', 'sgt.', 'capt.', 'maj.', 'adm.', 'rev.', 'st.', 'mt.', 'ft.', 'pres.', 'amb.', 'hon.', 'no.', 'vs.', 'messrs.']);
