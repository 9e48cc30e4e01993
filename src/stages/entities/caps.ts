import type { Candidate, Doc, Sentence } from '../../types.js';
import { lexMatches, nameCues, type LexMatch } from '../../knowledge/index.js';
import { candidate, isCapitalised } from './candidate.js';
import { nameRunFrom } from './names.js';
import { classifyName } from './classify.js';

const OPENERS = new Set(['"', '“', '‘', "'", '—', '–', '-', ':']);
/** Knowledge phrases stripped from the left of a chain (titles, demonyms, countries, organisations). */
const LEFT_KINDS = new Set(['role', 'honorific', 'demonym', 'country', 'blocAdj', 'org', 'metonym', 'capital']);

/** A headline or title-case line: nearly every word capitalised, verbs too. Chains there mean nothing. */
function titleCase(doc: Doc, s: Sentence): boolean {
  const connectors = nameCues().connectors;
  let words = 0;
  let caps = 0;
  let lower = 0;
  let upper = 0;
  for (let k = s.t0; k < s.t1; k++) {
    const t = doc.tokens[k]!;
    if (t.shape === 'p' || t.shape === 'd') continue;
    words++;
    if (t.shape === 'X') upper++;
    if (isCapitalised(t)) caps++;
    else if (t.text.length > 3 && !connectors.has(t.lower) && ++lower > 1 && upper < words) return false; // neither test can pass now
  }
  if (words >= 2 && upper === words) return true; // an all-capitals line ("EASTERN DIVISION")
  return words >= 4 && lower <= 1 && caps / words > 0.75;
}

/**
 * A lone capitalised word opening a sentence is usually a common word ("Reports said",
 * "Troops fired"): dropped when it looks plural or is only a role word. Surnames come back
 * through refinement when the full name is in the document.
 */
function commonOpener(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (/[^s]s$/.test(t.text) && t.shape === 'Xx') return true;
  const m = lexMatches(doc)[i]!;
  return m.length > 0 && m.every((x) => x.hits.every((h) => h.kind === 'role'));
}

/** Tokens at the left of a chain that are not part of the name: function words, titles, demonyms. */
function stripLeft(doc: Doc, t0: number, t1: number): number {
  const toks = doc.tokens;
  const cues = nameCues();
  const lex = lexMatches(doc);
  let i = t0;
  while (i < t1) {
    const t = toks[i]!;
    const sentenceStart = t.first || OPENERS.has(toks[i - 1]?.text ?? '');
    if (cues.nonNames.has(t.text)) { i++; continue; }
    const m = lex[i]!.find((x) => x.t1 < t1 && x.hits.some((h) => LEFT_KINDS.has(h.kind)));
    if (m) { i = m.t1; continue; }
    if (sentenceStart && t.pos !== 'PROPN' && t.shape !== 'X' && !lex[i]!.length) { i++; continue; }
    break;
  }
  while (i < t1 && !isCapitalised(toks[i])) i++;
  return i;
}

/**
 * "Securities and Exchange Commission": two names joined by "and"/"&" when the second ends on
 * an organisation head, unless both halves look like whole names ("National Grid and National
 * Power": the second starts like a name of its own, or the first already ends on a head).
 */
function joinAnd(doc: Doc, start: number, end: number, sentEnd: number): number {
  const t = doc.tokens[end];
  if (!t || end + 1 >= sentEnd || (t.lower !== 'and' && t.text !== '&')) return end;
  const cues = nameCues();
  const next = doc.tokens[end + 1]!;
  if (!isCapitalised(next) || cues.orgPrefixes.has(next.text) || cues.placePrefixes.has(next.text)) return end;
  if (end - start >= 2 && cues.orgHeads.has(doc.tokens[end - 1]!.text)) return end;
  const end2 = nameRunFrom(doc, end + 1);
  return cues.orgHeads.has(doc.tokens[end2 - 1]!.text) ? end2 : end;
}

/**
 * "Bob Bannon of Security Pacific National Bank": a two- or three-word name, "of", then an
 * organisation (head word or knowledge): a person and an organisation, not one name.
 */
function personOfOrg(doc: Doc, start: number, end: number): { personEnd: number; orgStart: number } | null {
  const toks = doc.tokens;
  const cues = nameCues();
  let k = start;
  while (k < end && toks[k]!.lower !== 'of') k++;
  if (k >= end || k - start < 2 || k - start > 3) return null;
  for (let i = start; i < k; i++) {
    const t = toks[i]!;
    if (t.shape !== 'Xx' || cues.orgHeads.has(t.text) || cues.placePrefixes.has(t.text) || cues.orgPrefixes.has(t.text)) return null;
  }
  let orgStart = k + 1;
  if (toks[orgStart]?.lower === 'the') orgStart++;
  if (orgStart >= end) return null;
  const known = lexMatches(doc)[orgStart]!.some((m) => m.hits.some((h) => h.kind === 'org'));
  let head = false;
  for (let i = orgStart; i < end; i++) if (cues.orgHeads.has(toks[i]!.text)) head = true;
  return known || head ? { personEnd: k, orgStart } : null;
}

/** Some match of the list ends at token `end` (a loop: no closure per chain). */
function endsAt(list: readonly LexMatch[], end: number): boolean {
  for (let j = 0; j < list.length; j++) if (list[j]!.t1 === end) return true;
  return false;
}

/**
 * Capitalisation chains: runs of capitalised tokens joined by connectors ("Bank of England",
 * "Abu Bakr al-Baghdadi"), not only sentence-initial capitals, with titles, demonyms and
 * function words stripped from the left, classified PERSON/ORG/LOCATION by cues
 * (classify.ts). A chain that a gazetteer already names exactly is left to the gazetteer.
 */
export function proposeChains(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const lex = lexMatches(doc);
  for (const s of doc.sentences) {
    if (titleCase(doc, s)) continue;
    let i = s.t0;
    while (i < s.t1) {
      let end = nameRunFrom(doc, i);
      if (end === i) { i++; continue; }
      end = joinAnd(doc, i, end, s.t1);
      const start = stripLeft(doc, i, end);
      i = end;
      if (start >= end) continue;
      if (endsAt(lex[start]!, end)) continue;
      const split = personOfOrg(doc, start, end);
      if (split) {
        out.push(candidate(doc, start, split.personEnd, 'PERSON', 'caps.person-of-org', 0.55));
        const org = classifyName(doc, split.orgStart, end);
        if (org && !endsAt(lex[split.orgStart]!, end)) out.push(candidate(doc, split.orgStart, end, org.type, org.source, org.score, org.info));
        continue;
      }
      const c = classifyName(doc, start, end);
      const initial = doc.tokens[start]!.first || OPENERS.has(doc.tokens[start - 1]?.text ?? '');
      if (c && initial && end - start === 1 && (c.source === 'caps.single' || c.source === 'caps.acronym' || commonOpener(doc, start))) continue;
      if (c) out.push(candidate(doc, start, end, c.type, c.source, c.score, c.info));
    }
  }
  return out;
}
