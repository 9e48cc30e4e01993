import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const bin = 'dist/src/cli/main.js';

describe.skipIf(!existsSync(bin))('the built steppe bin', () => {
  it('analyses standard input and exits 0', () => {
    const r = spawnSync(process.execPath, [bin, 'analyze', '-', '--json'], { input: 'Ministers met in Accra on Friday.', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe(1);
  });

  it('turns a bad path into one line on stderr and exit code 3', () => {
    const r = spawnSync(process.execPath, [bin, 'analyze', 'no/such/article.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr.trim()).toBe('steppe: no/such/article.txt: no such file');
  });
});
