import type { Candidate, Doc, EntityInfo } from '../../types.js';
import { lexMatches, matchWords, nameCues, roles, type LexMatch } from '../../knowledge/index.js';
import { lexMatchStarts } from '../../knowledge/lexicon.js';
import { candidate, isCapitalised } from './candidate.js';
import { nameRunFrom } from './names.js';

const NAME_KINDS = new Set(['country', 'demonym', 'capital', 'org', 'metonym', 'bloc', 'blocAdj', 'honorific']);

/** True when a knowledge phrase (country, organisation, ...) starts at token i: then no person name starts there. */
function knowledgeAt(doc: Doc, i: number): boolean {
  return lexMatches(doc)[i]!.some((m) => m.hits.some((h) => NAME_KINDS.has(h.kind) && h.kind !== 'honorific'));
}

/** Info a role or honorific phrase gives the name after it: role, sector, gender. */
function titleInfo(doc: Doc, m: LexMatch): { info: EntityInfo; honorific: boolean } | null {
  const rd = roles();
  const hon = m.hits.find((h) => h.kind === 'honorific');
  const role = m.hits.find((h) => h.kind === 'role' && rd.byId.get(h.id)!.kind === 'person');
  if (!hon && !role) return null;
  const info: EntityInfo = {};
  if (role) {
    const r = rd.byId.get(role.id)!;
    info.role = matchWords(doc, m);
    info.sector = r.sector;
  } else if (hon) {
    const h = rd.honorifics.get(hon.id)!;
    if (h.role) { info.role = h.role; info.sector = h.sector ?? null; }
  }
  const g = hon ? rd.honorifics.get(hon.id)!.gender : rd.genders.get(doc.tokens[m.t1 - 1]!.lower);
  if (g) info.gender = g;
  return { info, honorific: !!hon && !role };
}

/** The title and every word of the name after it are in capitals (shape "X"), three words or more. */
function shouted(doc: Doc, t0: number, end: number): boolean {
  let words = 0;
  for (let k = t0; k < end; k++) {
    const t = doc.tokens[k]!;
    if (t.shape === 'p') continue;
    if (t.shape !== 'X' || t.text.length < 2) return false;
    words++;
  }
  return words >= 3;
}

/** A person name ends before "of [the] COUNTRY|ORG" ("Prime Minister Ana Lima of Chile" is Ana Lima). */
function personEnd(doc: Doc, i: number, end: number): number {
  for (let k = i + 1; k < end - 1; k++) {
    if (doc.tokens[k]!.lower !== 'of') continue;
    const n = doc.tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    if (n < end && knowledgeAt(doc, n)) return k;
  }
  return end;
}

/**
 * Title proposer: a person name right after a role or honorific ("Russian president Vladimir
 * Putin", "Kremlin spokesman Dmitry Peskov", "Mr Putin", "Gen. Amir Khan"), and a name with an
 * appositive role after it ("Ana Lima, the foreign minister of ...").
 */
export function proposeTitles(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const cues = nameCues();
  let lastEnd = -1;
  const lex = lexMatches(doc);
  for (const at of lexMatchStarts(doc)) {
    const matches = lex[at]!;
    for (let j = 0; j < matches.length; j++) {
      const m = matches[j]!;
      if (m.t1 <= lastEnd) break; // a shorter tail of a title already used ("security adviser")
      let i = m.t1;
      if (toks[i]?.text === '.' && toks[i]!.start === toks[i - 1]!.end) i++; // "Mr ." split by the tokenizer
      const tok = toks[i];
      if (!tok || tok.sent !== toks[m.t0]!.sent || !isCapitalised(tok) || cues.nonNames.has(tok.text)) continue;
      if (cues.orgHeads.has(tok.text) || cues.locationHeads.has(tok.text) || knowledgeAt(doc, i)) continue;
      const t = titleInfo(doc, m);
      if (!t) continue;
      const end = personEnd(doc, i, nameRunFrom(doc, i, 5));
      // "PRESIDENT ACCUSES OPPOSITION…": in a shouted headline, capitals after a title mark no name
      if (shouted(doc, m.t0, end)) continue;
      const last = toks[end - 1]!;
      if (cues.orgHeads.has(last.text) || cues.locationHeads.has(last.text)) continue;
      out.push(candidate(doc, i, end, 'PERSON', t.honorific ? 'title.honorific' : 'title.role', 0.85, t.info));
      lastEnd = m.t1;
      break; // longest title phrase only
    }
  }
  out.push(...proposeAppositives(doc));
  return out;
}

/** "Name, the secretary of ...", "Name, Russia's foreign minister, ...": the name is a person. */
function proposeAppositives(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const matches = lexMatches(doc);
  const rd = roles();
  for (let c = 1; c < toks.length - 1; c++) {
    if (toks[c]!.text !== ',') continue;
    // the role must come within four tokens after the comma
    let roleAt: LexMatch | null = null;
    for (let k = c + 1; k < Math.min(c + 5, toks.length) && toks[k]!.sent === toks[c]!.sent; k++) {
      roleAt = matches[k]!.find((m) => m.hits.some((h) => h.kind === 'role' && rd.byId.get(h.id)!.kind === 'person')) ?? null;
      if (roleAt) break;
      if (toks[k]!.text === ',' || toks[k]!.pos === 'VERB') break;
    }
    if (!roleAt) continue;
    if (isCapitalised(toks[roleAt.t1]) && toks[roleAt.t1]!.sent === toks[c]!.sent) continue; // "X, Foreign Secretary Y": a list
    // the name ends right before the comma: walk back over capitalised tokens and connectors
    let s = c - 1;
    if (!isCapitalised(toks[s]) || toks[s]!.sent !== toks[c]!.sent) continue;
    while (s - 1 >= doc.sentences[toks[c]!.sent]!.t0 && (isCapitalised(toks[s - 1]) || toks[s - 1]!.text === '-')) s--;
    while (s < c && (!isCapitalised(toks[s]) || nameCues().nonNames.has(toks[s]!.text) || knowledgeAt(doc, s))) s++;
    if (s >= c) continue;
    const end = nameRunFrom(doc, s, 6);
    if (end !== c) continue;
    const r = rd.byId.get(roleAt.hits.find((h) => h.kind === 'role')!.id)!;
    const role = matchWords(doc, roleAt);
    out.push(candidate(doc, s, end, 'PERSON', 'title.appositive', 0.8, { role, sector: r.sector }));
  }
  return out;
}
