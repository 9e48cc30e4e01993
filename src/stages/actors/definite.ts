/**
 * Definite descriptions that refer back to a named actor: "the bloc" after "the Economic
 * Community of West African States", "the court" after "the International Criminal Court".
 * Each becomes a doc.mentions entry (rule "coref.definite") of the most recent earlier named
 * actor that fits the head (ontology/anaphors.json), within a few sentences.
 */
import { anaphors, type AnaphorHead } from '../../knowledge/anaphors.js';
import type { Actor, Doc } from '../../types.js';
import { firstTokenAtOrAfter } from '../../util/tokens.js';

function fits(a: Actor, head: AnaphorHead): boolean {
  if (a.kind === 'person' || a.kind === 'country' || a.sector === 'MED') return false;
  if (head.kinds.includes(a.kind) || (a.sector !== null && head.sectors.includes(a.sector))) return true;
  const last = a.name.slice(a.name.lastIndexOf(' ') + 1).toLowerCase();
  return last === head.id || (head.id.endsWith('isation') && last === head.id.replace('isation', 'ization'));
}

export function addDefiniteMentions(doc: Doc): void {
  const { byHead, window } = anaphors();
  const toks = doc.tokens;
  // candidates first: most articles have none, and then nothing else is computed
  const found: Array<{ i: number; h: number; head: AnaphorHead }> = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.lower !== 'the') continue;
    let h = i + 1;
    while (h < i + 3 && toks[h]?.pos === 'ADJ' && toks[h]!.shape === 'x') h++;
    const t = toks[h];
    const head = t && t.shape === 'x' && t.sent === toks[i]!.sent ? byHead.get(t.lower) : undefined;
    if (head) found.push({ i, h, head });
  }
  // antecedents: named entities, then also the definite mentions made so far ("the court's prosecutor" … "the court")
  if (!found.length) return;
  // pushed into a literal (Array.map's empty results have another elements kind)
  const named: Array<{ t0: number; actor: string }> = [];
  for (const e of doc.entities) if (e.actor) named.push({ t0: e.t0, actor: e.actor });
  if (!named.length) return;
  named.sort((a, b) => a.t0 - b.t0);
  const covered = new Uint8Array(toks.length);
  for (const e of doc.entities) for (let k = e.t0; k < e.t1; k++) covered[k] = 1;
  for (const m of doc.mentions) for (let k = firstTokenAtOrAfter(toks, m.start); k < toks.length && toks[k]!.end <= m.end; k++) covered[k] = 1;
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  for (const { i, h, head } of found) {
    const t = toks[h];
    if (covered[h]) continue;
    const next = toks[h + 1];
    // "the group of 20", "the court ruling", "the Party Congress": not the organisation itself
    if (next && next.sent === t!.sent && (next.lower === 'of' || next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
    let actor: Actor | undefined;
    for (let j = named.length - 1; j >= 0; j--) {
      const e = named[j]!;
      if (e.t0 >= i) continue;
      if (toks[e.t0]!.sent < t!.sent - window) break;
      const a = byId.get(e.actor);
      if (a && fits(a, head)) { actor = a; break; }
    }
    if (!actor) continue;
    const start = toks[i]!.start;
    const end = t!.end;
    doc.mentions.push({ id: `m${doc.mentions.length + 1}`, text: doc.text.slice(start, end), start, end, actor: actor.id, rule: 'coref.definite' });
    for (let k = i; k <= h; k++) covered[k] = 1;
    let at = named.length;
    while (at > 0 && named[at - 1]!.t0 > i) at--;
    named.splice(at, 0, { t0: i, actor: actor.id });
  }
}
