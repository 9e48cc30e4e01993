import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The research data folder beside the checkout (../shared), or STEPPE_SHARED; works from eval/ and dist/eval/. */
function findShared(): string {
  if (process.env.STEPPE_SHARED) return resolve(process.env.STEPPE_SHARED);
  const here = dirname(fileURLToPath(import.meta.url));
  const up = here.includes(`${join('dist', 'eval')}`) ? join(here, '..', '..', '..') : join(here, '..', '..');
  return join(up, 'shared');
}

export const SHARED = findShared();
