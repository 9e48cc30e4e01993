/**
 * "MOSCOW (Reuters) -": the agency credited in a dateline filed the story; it is no participant.
 * An actor named only inside a dateline's parentheses is dropped (its entities stay, without an
 * actor), and the remaining actors are renumbered so that ids stay a1…an.
 */
import type { Doc } from '../../types.js';
import { datelines } from '../../util/dateline.js';

export function dropCredits(doc: Doc): void {
  const ranges = datelines(doc);
  if (!ranges.length || !doc.actors.length) return;
  const inCredit = (t0: number) => ranges.some(([d0, d1]) => {
    if (t0 < d0 || t0 >= d1) return false;
    for (let k = t0 - 1; k >= d0; k--) if (doc.tokens[k]!.text === '(') return true;
    return false;
  });
  const named = new Map<string, boolean>();
  for (const e of doc.entities) if (e.actor) named.set(e.actor, (named.get(e.actor) ?? true) && inCredit(e.t0));
  const drop = new Set([...named].filter(([id, only]) => only && doc.actors.find((a) => a.id === id)?.kind === 'organization').map(([id]) => id));
  if (!drop.size) return;
  for (const e of doc.entities) if (e.actor && drop.has(e.actor)) delete e.actor;
  doc.actors = doc.actors.filter((a) => !drop.has(a.id));
  const renamed = new Map<string, string>();
  doc.actors.forEach((a, i) => { renamed.set(a.id, `a${i + 1}`); a.id = `a${i + 1}`; });
  for (const e of doc.entities) if (e.actor) e.actor = renamed.get(e.actor)!;
}
