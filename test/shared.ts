import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The research data folder beside the checkout (../shared), or STEPPE_SHARED. */
export const SHARED = resolve(process.env.STEPPE_SHARED ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared'));

/** Absolute path of a file under ../shared, or null when the data is absent (tests then skip). */
export function sharedPath(rel: string): string | null {
  const p = join(SHARED, rel);
  if (existsSync(p)) return p;
  console.warn(`skipping: ${p} is absent (set STEPPE_SHARED to the shared data folder)`);
  return null;
}
