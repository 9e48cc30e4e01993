import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configError } from '../errors.js';

let dir: string | null = null;

/** The ontology/ folder of the checkout or installed package (walks up from this module). */
export function ontologyDir(): string {
  if (dir) return dir;
  let at = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    const candidate = join(at, 'ontology');
    if (existsSync(join(candidate, 'sectors.json'))) return (dir = candidate);
    at = dirname(at);
  }
  throw configError('cannot find the ontology/ folder next to the steppe package');
}

/** Reads and parses one ontology JSON file, with a one-line error naming the file on failure. */
export function readOntology<T>(file: string): T {
  const path = join(ontologyDir(), file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw configError(`ontology/${file}: ${(err as Error).message.split('\n')[0]}`);
  }
}
