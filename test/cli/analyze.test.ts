import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'steppe-cli-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const article = file('ok.txt', 'The foreign minister of Chile met officials in Lima on Tuesday.\nHe said the talks were useful.');

describe('steppe analyze', () => {
  it('prints the analysis JSON contract for a file', async () => {
    const r = await cli(['analyze', article, '--date', '2024-04-30', '--json', '--title', 'Talks']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe(1);
    expect(doc.published).toBe('2024-04-30');
    expect(doc.title).toBe('Talks');
    expect(doc.sentences.length).toBe(2);
    for (const key of ['entities', 'actors', 'quotes', 'dates', 'places', 'events', 'contexts']) expect(Array.isArray(doc[key])).toBe(true);
  });

  it('reads standard input with -', async () => {
    const r = await cli(['analyze', '-', '--json'], 'A short note from Nairobi.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sentences).toHaveLength(1);
  });

  it('prints a readable summary without --json', async () => {
    const r = await cli(['analyze', article]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Actors \(\d+\)/);
    expect(r.stdout).toMatch(/Events \(\d+\)/);
  });

  const bad: Array<[string, string[], RegExp, string?]> = [
    ['a missing file', [join(dir, 'missing.txt')], /missing\.txt: no such file/],
    ['a directory', [dir], /is a directory/],
    ['empty text', [file('empty.txt', '  \n ')], /empty text/],
    ['binary data', [file('bin.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]))], /binary data/],
    ['invalid UTF-8', [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]))], /not valid UTF-8/],
    ['a 50 MB file', [file('big.txt', Buffer.alloc(50 * 1024 * 1024, 'a'))], /too large \(50\.0 MB/],
    ['an unknown flag', [article, '--frobnicate'], /unknown option '--frobnicate'/],
    ['a bad date', [article, '--date', '23/08/2021'], /--date must be a calendar date/],
    ['no file at all', [], /needs a FILE/],
  ];
  for (const [what, args, message] of bad) {
    it(`refuses ${what} with one line and a non-zero exit`, async () => {
      const r = await cli(['analyze', ...args]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }

  it('analyses a JSONL batch, skipping bad lines by number and keeping ids', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Protesters gathered in Santiago.', published: '2024-04-02' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: '' }),
      JSON.stringify({ id: 'd', text: 'Officials in Dakar said nothing.', published: 'yesterday' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'e', text: 'The mayor of Porto resigned.' }),
    ].join('\n');
    const r = await cli(['analyze', '--jsonl'], input);
    expect(r.code).not.toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((d) => d.id)).toEqual(['a', 'e']);
    expect(out[0].published).toBe('2024-04-02');
    expect(r.stderr).toMatch(/^line 2: not valid JSON$/m);
    expect(r.stderr).toMatch(/^line 3: empty "text"$/m);
    expect(r.stderr).toMatch(/^line 4: "published" must be a date/m);
    expect(r.stderr).toMatch(/^line 5: expected a JSON object$/m);
  });

  it('reads a JSONL batch from a file and exits 0 when every line is good', async () => {
    const p = file('batch.jsonl', `${JSON.stringify({ id: 1, text: 'Rain fell on Oslo.' })}\n\n${JSON.stringify({ id: 2, text: 'Snow fell on Bergen.' })}\n`);
    const r = await cli(['analyze', '--jsonl', p]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['1', '2']);
  });
});
