import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { syntheticArticles } from '../synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'steppe-kill-'));
const N = 500;
const corpus = join(dir, 'corpus.jsonl');
writeFileSync(corpus, syntheticArticles(N, 11).map((a) => JSON.stringify(a)).join('\n') + '\n');
const args = (db: string) => ['--import', 'tsx', 'src/cli/main.ts', 'ingest', '--db', db, corpus, '--workers', '1', '--quiet'];

function count(db: string): number {
  try {
    const s = openStore(db, { readonly: true });
    try {
      return s.counts().articles ?? 0;
    } finally {
      s.close();
    }
  } catch {
    return 0; // not created yet, or its schema is not there yet
  }
}

function snapshot(path: string) {
  const s = openStore(path);
  try {
    return {
      integrity: s.integrity(),
      counts: s.counts(),
      articles: [...s.iterateArticles()].map((a) => `${a.extId} ${a.id} story=${a.storyId}`),
    };
  } finally {
    s.close();
  }
}

describe('an ingest killed with SIGKILL', () => {
  it('leaves a database that opens cleanly, and a re-run ends with exactly the rows of a clean run', async () => {
    const clean = join(dir, 'clean.db');
    const r = spawnSync(process.execPath, args(clean), { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);

    const killed = join(dir, 'killed.db');
    const child = spawn(process.execPath, args(killed), { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let atKill = 0;
    while (child.exitCode === null) {
      atKill = count(killed);
      if (atKill >= 60) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((res) => setTimeout(res, 20));
    }
    expect(await exited).toBe('SIGKILL');
    const partial = snapshot(killed);
    expect(partial.integrity).toBe('ok');
    expect(partial.counts.articles).toBeGreaterThanOrEqual(60);
    expect(partial.counts.articles).toBeLessThan(snapshot(clean).counts.articles);

    const resumed = spawnSync(process.execPath, args(killed), { encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toMatch(/already stored/);
    const a = snapshot(clean);
    const b = snapshot(killed);
    expect(b.integrity).toBe('ok');
    expect(b.counts).toEqual(a.counts);
    expect(b.articles).toEqual(a.articles);
  }, 600_000);
});
