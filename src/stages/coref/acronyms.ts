import type { Doc, Entity } from '../../types.js';
import { nameCues } from '../../knowledge/index.js';
import { startsUpper } from '../../knowledge/normalize.js';

/** Initials of the capitalised words of a name: "Collective Security Treaty Organisation" -> "CSTO". */
export function initials(doc: Doc, e: Entity): string {
  const cues = nameCues();
  let s = '';
  for (let k = e.t0; k < e.t1; k++) {
    const t = doc.tokens[k]!;
    if (startsUpper(t.text) && !cues.connectors.has(t.lower)) s += t.text[0];
  }
  return s;
}

const isAcronym = (e: Entity) => /^[\p{Lu}\d&-]{2,10}$/u.test(e.text);

/**
 * Acronym links: "Long Name (ACR)" defines ACR; otherwise an acronym whose letters are the
 * initials of an earlier organisation's name. Returns acronym entity id -> long-form entity.
 */
export function linkAcronyms(doc: Doc, orgs: Entity[]): Map<string, Entity> {
  const out = new Map<string, Entity>();
  const defined = new Map<string, Entity>();
  const byInitials = new Map<string, Entity>();
  const toks = doc.tokens;
  for (let k = 0; k < orgs.length; k++) {
    const e = orgs[k]!;
    if (isAcronym(e)) {
      const prev = orgs[k - 1];
      const inParens = toks[e.t0 - 1]?.text === '(' && toks[e.t1]?.text === ')' && prev && prev.t1 === e.t0 - 1;
      if (inParens && !isAcronym(prev)) {
        defined.set(e.text, prev);
        out.set(e.id, prev);
        continue;
      }
      const long = defined.get(e.text) ?? byInitials.get(e.text);
      if (long) out.set(e.id, long);
      continue;
    }
    if (e.t1 - e.t0 >= 2) byInitials.set(initials(doc, e), e);
  }
  return out;
}
