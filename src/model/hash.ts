/** Hashing and seeded shuffling of the NER model (fnv1a and seededRandom live in src/util). */
export { fnv1a } from '../util/hash.js';
export { seededRandom } from '../util/random.js';

export const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a state over `text` (state not yet made unsigned): fnv1a(a + b) === fnvMore(fnvMore(FNV_OFFSET, a), b) >>> 0. */
export function fnvMore(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
