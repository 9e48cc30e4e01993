import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configError } from '../errors.js';

/** Reads and parses ontology/NAME from the checkout (src/ or dist/src/ both work). */
export function readOntologyFile(name: string): unknown {
  for (const rel of ['../../ontology/', '../../../ontology/']) {
    const path = fileURLToPath(new URL(rel + name, import.meta.url));
    if (!existsSync(path)) continue;
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw configError(`ontology/${name} is not valid JSON: ${(err as Error).message}`);
    }
  }
  throw configError(`ontology/${name} is missing`);
}
