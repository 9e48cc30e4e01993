import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lookup key for a place name: lower case, no diacritics, curly quotes straightened, spaces collapsed. */
const PLAIN = /^[A-Za-z .,']*$/;
const LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** Lookup key for a place name: lower case, no diacritics, hyphens as spaces, "St." as "saint". */
export function placeKey(name: string): string {
  const plain = PLAIN.test(name);
  let key = plain
    ? name.toLowerCase()
    : name
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[ıłøđðßæœþ]/g, (c) => LETTERS[c] ?? c)
        .replace(/[’‘`]/g, "'")
        .replace(/[-‐‑–—]/g, ' ');
  if (key.startsWith('st')) key = key.replace(/^st\.?(?= \p{L}|$)/u, 'saint');
  // a plain name (no tab or line break) is already clean unless it has a space run or an edge space
  if (plain && key.length > 0 && key.charCodeAt(0) !== 32 && key.charCodeAt(key.length - 1) !== 32 && key.indexOf('  ') < 0) return key;
  return key.replace(/\s+/g, ' ').trim();
}

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

let root: string | null = null;

/** The package root (the folder holding steppe's package.json), from source or from dist. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj) && /"name":\s*"steppe"/.test(readFileSync(pj, 'utf8'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('steppe package root not found');
    dir = up;
  }
}

/** Reads a JSON file under the package root. */
export function readRootJson<T>(rel: string): T {
  return JSON.parse(readFileSync(join(packageRoot(), rel), 'utf8')) as T;
}
