/**
 * Places inside the name of a newspaper or broadcaster are no places the text speaks of:
 * "China Daily", "The Korea Herald", "Japan Times", "Times of India", "Voice of America".
 */
import type { Doc } from '../../types.js';
import type { Toponym } from './toponym.js';

/** Words naming a newspaper or broadcaster (not words companies use too: "Nippon Telegraph", "Standard Oil"). */
const PUBLICATION = new Set(['daily', 'herald', 'times', 'post', 'journal', 'tribune', 'gazette', 'chronicle', 'observer', 'inquirer', 'dispatch', 'voice', 'weekly']);
const MAX_AFTER = 3;

const upper = (s: string | undefined) => !!s && /^\p{Lu}/u.test(s);

/** The toponym opens a publication's name ("China Daily") or closes one after "of" ("Times of India"). */
export function inPublication(doc: Doc, t: Toponym): boolean {
  const tokens = doc.tokens;
  const sent = tokens[t.t0]!.sent;
  for (let k = t.t1; k < Math.min(t.t1 + MAX_AFTER, tokens.length); k++) {
    const w = tokens[k]!;
    if (w.sent !== sent || !upper(w.text)) break;
    if (PUBLICATION.has(w.lower)) return true;
  }
  const of = tokens[t.t0 - 1];
  const name = tokens[t.t0 - 2];
  return of?.lower === 'of' && !!name && upper(name.text) && PUBLICATION.has(name.lower);
}
