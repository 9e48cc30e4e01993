import { seededRandom } from '../src/util/random.js';
/** Invented articles for ingest tests: random sentences over a small made-up vocabulary. */
const SUBJECTS = ['The council', 'Port workers', 'The ministry', 'Farmers', 'The mayor of Velsa', 'Envoys from Ostland', 'Police in Kessel', 'The union'];
const VERBS = ['said', 'announced', 'denied', 'welcomed', 'criticised', 'proposed', 'rejected', 'discussed'];
const OBJECTS = ['a new budget', 'the grain quota', 'the ferry schedule', 'a border agreement', 'higher port fees', 'the water plan', 'a pay offer', 'the tram extension'];
const TAILS = ['on Monday', 'late on Friday', 'after a long meeting', 'in a statement', 'to reporters', 'despite protests', 'for the third time', 'without comment'];

export const rng = seededRandom;

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)]!;

export function sentence(r: () => number, i: number): string {
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}, item ${i}.`;
}

/** n articles; every tenth is a wire copy of an earlier one at another URL. */
export function syntheticArticles(n: number, seed = 1): Array<{ id: string; text: string; url: string; published: string }> {
  const r = rng(seed);
  const out: Array<{ id: string; text: string; url: string; published: string }> = [];
  for (let i = 0; i < n; i++) {
    const day = `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    if (i % 10 === 9 && out.length) {
      const src = out[Math.floor(r() * out.length)]!;
      out.push({ ...src, id: `s${i}`, url: `http://copy.test/${i}` });
      continue;
    }
    const sents = Array.from({ length: 6 + Math.floor(r() * 6) }, (_, k) => sentence(r, i * 100 + k));
    out.push({ id: `s${i}`, text: sents.join(' '), url: `http://wire.test/${i}`, published: day });
  }
  return out;
}
