import type { FrameContext } from './frame.js';
import { headSector } from './actor-index.js';
import { groupForward, type Group, type Scope } from './noun-phrase.js';
import { isVerbish } from './words.js';

/** Sentences back in which "<head> of A, B and C" may name the parties of a later "the <head>". */
const REACH = 5;

/** The plural head noun of the subject of sentence tokens [s0, end) ("The foreign ministers"), or null. */
function subjectHead(fc: FrameContext, s0: number, end: number): string | null {
  let head: string | null = null;
  for (let k = s0; k < end; k++) {
    const t = fc.tokens[k]!;
    if (isVerbish(t.pos) || t.text === ',') break;
    if (fc.idx.at[k]! >= 0) return null; // the subject names an actor itself
    if (t.pos === 'NOUN' && t.lower.endsWith('s') && headSector(t.lower)) head = t.lower;
  }
  return head;
}

/**
 * "The foreign ministers of A, B and C met… The ministers condemned…": a subject that is only a
 * plural head noun stands for the parties listed after "<head> of" in one of the sentences
 * before (the same head word, followed by "of" and an actor list).
 */
export function collectiveAntecedent(fc: FrameContext, s0: number, end: number): Group | null {
  const head = subjectHead(fc, s0, end);
  if (!head) return null;
  const { tokens, idx } = fc;
  const sent = tokens[s0]!.sent;
  for (let k = s0 - 1; k >= 0 && tokens[k]!.sent >= sent - REACH; k--) {
    if (tokens[k]!.lower !== head || tokens[k + 1]?.lower !== 'of') continue;
    let j = k + 2;
    while (tokens[j]?.pos === 'DET') j++;
    const ui = idx.at[j] ?? -1;
    if (ui < 0) continue;
    const ps = tokens[k]!.sent;
    const sc: Scope = { tokens, idx, ok: (x) => tokens[x]?.sent === ps };
    return groupForward(sc, idx.units[ui]!);
  }
  return null;
}
