import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding package.json and models/), found from this module's place. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** Where the shipped NER weights live (STEPPE_NER_MODEL overrides). */
export function nerModelPath(): string {
  return process.env.STEPPE_NER_MODEL ?? join(packageRoot(), 'models', 'ner-perceptron.bin.gz');
}
