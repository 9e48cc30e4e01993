/** Actor-bearing noun phrases around a token: heads, coordination ("X, Y and Z"), possessors. */
import type { Token } from '../../types.js';
import type { ActorIndex, Unit } from './actor-index.js';
import { POSSESSIVE } from './words.js';

export interface Group {
  units: Unit[];
  /** token range covered by the whole coordinated phrase */
  t0: number;
  t1: number;
}

const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** A token that can sit inside a noun phrase (punctuation never does, whatever its tag). */
export const inNP = (t: Token) => t.lower === "'s" || t.lower === '’s' || (NP_POS.has(t.pos) && (t.shape !== 'p' || t.text === '.'));

export interface Scope {
  tokens: Token[];
  idx: ActorIndex;
  /** true when token k may be used (same clause, same sentence) */
  ok: (k: number) => boolean;
}

/** From a unit found scanning forward, moves to the phrase's head: the last unit of the same noun phrase. */
export function headForward(sc: Scope, u: Unit): { head: Unit; end: number } {
  let head = u;
  let k = u.t1;
  while (k < sc.tokens.length && sc.ok(k) && inNP(sc.tokens[k]!)) {
    const ui = sc.idx.at[k]!;
    if (ui >= 0) {
      head = sc.idx.units[ui]!;
      k = head.t1;
    } else k++;
  }
  return { head, end: k };
}

const isDeterminer = (t: Token) => t.pos === 'DET' || POSSESSIVE.has(t.lower);

/** Start of the noun phrase ending with unit u (its modifiers: "Senior", "Russian president"). */
function npStart(sc: Scope, t0: number): number {
  let k = t0;
  // modifiers, including nationality units and determiners: "the", "Polish Agriculture Minister"
  // ("his Azerbaijani counterpart X": a possessive pronoun opens the phrase like a determiner)
  while (k - 1 >= 0 && sc.ok(k - 1) && (inNP(sc.tokens[k - 1]!) || isDeterminer(sc.tokens[k - 1]!)) && sc.tokens[k - 1]!.pos !== 'NUM') {
    k--;
    if (isDeterminer(sc.tokens[k]!)) break;
  }
  return k;
}

/** A finite verb at k, or right after the head noun the unit ends before ("Moscow vows", "Moscow's army fired"). */
function isVerbAt(sc: Scope, k: number): boolean {
  let j = k;
  while (j < sc.tokens.length && j < k + 3 && (sc.tokens[j]!.pos === 'NOUN' || sc.tokens[j]!.lower === "'s")) j++;
  const t = sc.tokens[j];
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing');
}

/** A common noun among tokens [a, b). */
function nounIn(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.pos === 'NOUN') return true;
  return false;
}

/** The coordinated group ending with unit u, collected leftwards ("Hungarian and Romanian officials"). */
export function groupBackward(sc: Scope, u: Unit): Group {
  const units = [u];
  let start = npStart(sc, u.t0);
  for (;;) {
    let k = start - 1;
    if (k < 0 || !sc.ok(k)) break;
    const w = sc.tokens[k]!.lower;
    if (w !== 'and' && w !== 'or' && w !== ',' && w !== '&') break;
    // "backing the M23, a charge Kigali denies": a phrase headed by a common noun after a comma is no list item
    if (w === ',' && nounIn(sc.tokens, start, units[0]!.t0)) break;
    if (w === 'and' && k - 1 >= 0 && sc.tokens[k - 1]!.text === ',') k--;
    // the conjunct: a unit ending right before, possibly followed by its head noun
    let j = k - 1;
    let steps = 0;
    while (j >= 0 && sc.ok(j) && sc.idx.at[j]! < 0 && inNP(sc.tokens[j]!) && steps < 2) { j--; steps++; }
    if (j < 0 || !sc.ok(j) || sc.idx.at[j]! < 0) break;
    const v = sc.idx.units[sc.idx.at[j]!]!;
    // "Lithuania expels Russian diplomats, Moscow vows…": a bare comma after another verb's object joins no list
    const before = sc.tokens[npStart(sc, v.t0) - 1];
    if (w === ',' && units.length === 1 && before && (before.pos === 'VERB' || before.pos === 'AUX') && u.t1 < sc.tokens.length && isVerbAt(sc, u.t1)) break;
    units.unshift(v);
    start = npStart(sc, v.t0);
  }
  return { units, t0: start, t1: u.t1 };
}

/** The coordinated group starting with unit u, collected rightwards; stops after the "and" conjunct. */
export function groupForward(sc: Scope, u: Unit): Group {
  const first = headForward(sc, u);
  const units = [first.head];
  let end = first.end;
  for (;;) {
    let k = end;
    if (k >= sc.tokens.length || !sc.ok(k)) break;
    const w = sc.tokens[k]!.lower;
    // "X as well as Y" joins like "and"
    const asWellAs = w === 'as' && sc.tokens[k + 1]?.lower === 'well' && sc.tokens[k + 2]?.lower === 'as' && sc.ok(k + 2);
    if (w !== 'and' && w !== 'or' && w !== ',' && w !== '&' && !asWellAs) break;
    const last = w !== ',';
    k += asWellAs ? 3 : 1;
    if (w === ',' && sc.tokens[k] && (sc.tokens[k]!.lower === 'and' || sc.tokens[k]!.lower === 'or')) k++;
    const finalConjunct = last || sc.tokens[k - 1]!.lower === 'and' || sc.tokens[k - 1]!.lower === 'or';
    let j = k;
    let steps = 0;
    // "X and the Y": an article may open the next conjunct (a common noun may not: "M23, a charge Kigali denies")
    while (j < sc.tokens.length && sc.ok(j) && sc.idx.at[j]! < 0 && ((inNP(sc.tokens[j]!) && !(w === ',' && sc.tokens[j]!.pos === 'NOUN')) || (j === k && sc.tokens[j]!.pos === 'DET')) && steps < 3) { j++; steps++; }
    if (j >= sc.tokens.length || !sc.ok(j) || sc.idx.at[j]! < 0) break;
    const next = headForward(sc, sc.idx.units[sc.idx.at[j]!]!);
    // "Lithuania expels Russian diplomats, Moscow vows response": a name followed by its own verb starts a clause
    const after = sc.tokens[next.end];
    if (w === ',' && !finalConjunct && after && (after.pos === 'VERB' || after.pos === 'AUX') && !after.lower.endsWith('ing')) break;
    units.push(next.head);
    end = next.end;
    if (finalConjunct) break;
  }
  return { units, t0: u.t0, t1: end };
}
