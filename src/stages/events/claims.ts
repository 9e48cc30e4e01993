/**
 * "A commander of the Pakistani Taliban claimed responsibility for the attack": the claimant is
 * the perpetrator of the article's attacks that name none (no source, or only the place's country
 * by the `+located-source` convention). Such events take the claimant, marked `+claimed`.
 */
import type { Doc } from '../../types.js';
import type { ActorIndex } from './actor-index.js';
import { formsOfClass } from './lexicon.js';
import { NEGATING_VERB, NEGATION } from './words.js';


/** The actor that claims an attack in the document, if exactly one does. */
function claimant(doc: Doc, idx: ActorIndex): string | null {
  const toks = doc.tokens;
  const found = new Set<string>();
  const claim = formsOfClass('claimVerbs');
  const objects = formsOfClass('claimObjects');
  for (let k = 1; k < toks.length; k++) {
    if (!claim.has(toks[k]!.lower) || !objects.has(toks[k + 1]?.lower ?? '')) continue;
    const sent = toks[k]!.sent;
    let denied = false;
    // "did not claim", "denied it had claimed": a negation word or a negating verb just before
    for (let j = k - 1; j >= k - 3 && j >= 0 && toks[j]!.sent === sent; j--) if (NEGATION.has(toks[j]!.lower) || NEGATING_VERB.has(toks[j]!.lower)) denied = true;
    if (denied) continue;
    // the nearest actor before the verb in its sentence (its subject or the group a spokesman speaks for)
    for (let j = k - 1; j >= 0 && toks[j]!.sent === sent; j--) {
      const ui = idx.at[j]!;
      if (ui < 0) continue;
      const u = idx.units[ui]!;
      const id = idx.resolve(u);
      if (id && u.kind !== 'country') found.add(id);
      break;
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

export function applyClaims(doc: Doc, idx: ActorIndex): void {
  if (!doc.events.some((e) => e.type === 'ASSAULT')) return;
  const who = claimant(doc, idx);
  if (!who) return;
  for (const e of doc.events) {
    if (e.type !== 'ASSAULT' || e.negated || e.hypothetical) continue;
    if (e.source.length && !e.rule.includes('+located-source')) continue;
    if (e.target.includes(who)) continue;
    e.source = [who];
    e.rule = e.rule.replace('+located-source', '') + '+claimed';
  }
}
