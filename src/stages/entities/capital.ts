import type { Doc } from '../../types.js';
import { metonyms } from '../../knowledge/index.js';

/**
 * Capital-as-actor rule (ontology/metonyms.json capitalRule): a capital city at tokens [t0, t1)
 * stands for its government when it is in an actor position: followed by a verb ("Moscow
 * wants", "Washington has long said"), a possessive, or "-led"/"-backed"; or after a word such
 * as "with"/"between"/"against"/"by" ("talks with Beijing"). After "in", "at", "from", ... it
 * is a place.
 */
export function capitalIsActor(doc: Doc, t0: number, t1: number): boolean {
  const rule = metonyms().capitalRule;
  const toks = doc.tokens;
  const sent = doc.sentences[toks[t0]!.sent]!;
  const prev = t0 > sent.t0 ? toks[t0 - 1] : undefined;
  if (prev && rule.locationPrepositions.includes(prev.lower)) return false;
  const next = t1 < sent.t1 ? toks[t1] : undefined;
  if (!next) return false;
  if (next.text === '-' && next.start === toks[t1 - 1]!.end) {
    const after = toks[t1 + 1];
    return !!after && rule.followers.includes(`-${after.lower}`);
  }
  if (next.lower === "'s" || next.lower === '’s') return true;
  if (prev && rule.actorPrepositions.includes(prev.lower)) return true;
  let k = t1;
  if (toks[k]?.pos === 'ADV' && k + 1 < sent.t1) k++;
  const verb = toks[k]!;
  return (verb.pos === 'VERB' || verb.pos === 'AUX') && verb.shape === 'x';
}
