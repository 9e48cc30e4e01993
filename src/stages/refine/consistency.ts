import type { Doc } from '../../types.js';
import type { Option } from './merge.js';
import { nameCues } from '../../knowledge/index.js';

const weak = (o: Option) => o.sources.every((s) => s.startsWith('caps.'));

/**
 * Document-level consistency, linear in tokens:
 * - a weak single-word name (capitalisation only) that is the surname of a full person name
 *   in the document is a PERSON ("Putin" after "Vladimir Putin");
 * - a weak name takes the type the same text has where a stronger source named it;
 * - a weak name that is the start of a longer organisation name in the document is that
 *   organisation's short form, an ORG ("Kestrel Freight" after "Kestrel Freight Holdings");
 * - a capitalised word no candidate covers becomes a PERSON when it is such a surname
 *   (rule "refine.surname"), or an ORG when it starts such an organisation name
 *   (rule "refine.org-short-name").
 */
export function makeConsistent(doc: Doc, chosen: Option[]): Option[] {
  const toks = doc.tokens;
  const surnames = new Set<string>();
  const strongType = new Map<string, Option>();
  const orgStarts = new Set<string>();
  const cues = nameCues();
  for (const o of chosen) {
    if (o.type === 'ORG' && o.t1 - o.t0 >= 2 && !cues.orgPrefixes.has(toks[o.t0]!.text) && !cues.placePrefixes.has(toks[o.t0]!.text)) {
      let prefix = toks[o.t0]!.text;
      for (let k = o.t0 + 1; k < o.t1; k++) {
        if (prefix.length >= 3) orgStarts.add(prefix);
        prefix += (toks[k]!.start > toks[k - 1]!.end ? ' ' : '') + toks[k]!.text;
      }
    }
    const text = doc.text.slice(o.start, o.end);
    if (o.type === 'PERSON' && o.t1 - o.t0 >= 2) surnames.add(toks[o.t1 - 1]!.text);
    if (!weak(o)) {
      const prev = strongType.get(text);
      if (!prev || prev.score < o.score) strongType.set(text, o);
    }
  }
  const covered = new Uint8Array(toks.length);
  for (const o of chosen) {
    for (let k = o.t0; k < o.t1; k++) covered[k] = 1;
    const text = doc.text.slice(o.start, o.end);
    // the text with single spaces, as organisation prefixes are built (only when there are any)
    const spaced = orgStarts.size ? text.replace(/\s+/g, ' ') : '';
    if (o.type === 'PERSON' && !o.info && orgStarts.has(spaced) && !surnames.has(spaced)) {
      o.type = 'ORG'; // a model or rule "person" that is the start of an organisation named in the document
      o.sources.push('refine.org-short-name');
      continue;
    }
    if (!weak(o)) continue;
    const strong = strongType.get(text);
    if (strong && strong.type !== o.type) {
      o.type = strong.type;
      if (strong.info) o.info = strong.info; // infos are never changed once made: shared
      o.sources.push('refine.same-text');
    } else if (o.t1 - o.t0 === 1 && surnames.has(text) && o.type !== 'PERSON') {
      o.type = 'PERSON';
      o.sources.push('refine.surname');
    } else if (orgStarts.has(spaced) && o.type !== 'ORG' && !surnames.has(text)) {
      o.type = 'ORG';
      o.sources.push('refine.org-short-name');
    }
  }
  const added: Option[] = [];
  for (let k = surnames.size || orgStarts.size ? 0 : toks.length; k < toks.length; k++) {
    const t = toks[k]!;
    if (covered[k] || t.shape !== 'Xx' || (!surnames.has(t.text) && !orgStarts.has(t.text))) continue;
    if (toks[k + 1] && toks[k + 1]!.shape === 'Xx' && toks[k + 1]!.start - t.end <= 1) continue; // part of a longer name
    const person = surnames.has(t.text);
    const rule = person ? 'refine.surname' : 'refine.org-short-name';
    added.push({ t0: k, t1: k + 1, start: t.start, end: t.end, type: person ? 'PERSON' : 'ORG', rule, sources: [rule], score: 0.5, info: undefined });
  }
  return added.length ? [...chosen, ...added].sort((a, b) => a.t0 - b.t0) : chosen;
}
