import { describe, expect, it } from 'vitest';
import { createProgress, type Counts } from './progress.js';

const counts = (added: number, bytes: number): Counts => ({ read: added, added, duplicates: 0, skipped: 1, failed: 0, bytes });

describe('progress', () => {
  it('writes plain periodic lines with rate and ETA when not on a terminal', () => {
    let out = '';
    let t = 0;
    const p = createProgress({ stream: { write: (s: string) => (out += s) }, tty: false, totalBytes: 1000, every: 5, now: () => t });
    t = 2000;
    p.update(counts(10, 100));
    expect(out).toBe('');
    t = 10_000;
    p.update(counts(50, 250));
    expect(out).toBe('ingest: 50 read, 50 new, 0 duplicate, 1 skipped, 0 failed, 5.0/s, 25% ETA 30s\n');
  });
  it('draws a bar with rate and ETA on a terminal', () => {
    let out = '';
    const stream = { write: (s: string) => (out += s), isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, on: () => stream, removeListener: () => stream };
    const p = createProgress({ stream, tty: true, totalBytes: 1000 });
    p.update(counts(20, 500));
    p.stop(counts(40, 1000));
    expect(out).toMatch(/ingest .*100% \| 40 new 0 dup 1 skipped 0 failed \| [\d.]+\/s \| ETA/);
  });
});
