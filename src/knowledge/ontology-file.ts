import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configError } from '../errors.js';

let root: string | null = null;

/** The repository's ontology/ folder, found by walking up from this module (works from src/ and dist/src/). */
export function ontologyDir(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'ontology');
    if (existsSync(join(candidate, 'plover.json'))) return (root = candidate);
    dir = dirname(dir);
  }
  throw configError('cannot find the ontology/ folder (plover.json) above ' + fileURLToPath(import.meta.url));
}

/** Reads and parses one ontology JSON file; a broken file is a configuration error naming the file. */
export function readOntologyJson(name: string): unknown {
  const file = join(ontologyDir(), name);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw configError(`ontology/${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
