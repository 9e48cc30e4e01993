import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { toDay } from './dates.js';
import { feedItems } from './feed.js';
import { expandGlob, globToRegExp } from './glob.js';
import { htmlToArticle } from './html.js';
import { jsonlItems } from './jsonl.js';
import { reutersItems } from './reuters.js';
import { expandInputs, readInputs, sniff, totalBytes } from './sources.js';
import type { SourceItem } from './types.js';

const FIX = join(process.cwd(), 'test/fixtures/ingest');
const read = (name: string) => readFileSync(join(FIX, name), 'utf8');
const collect = async (it: AsyncIterable<SourceItem>) => {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('html adapter', () => {
  const a = htmlToArticle(read('page.html'), 'http://example.test/harbour')!;
  it('finds title, byline, date and url', () => {
    expect(a.title).toMatch(/Harbour talks resume/);
    expect(a.byline).toBe('Mira Castellano');
    expect(a.published).toBe('2024-03-14');
    expect(a.url).toBe('http://example.test/harbour');
  });
  it('splits the body on block elements into blank-line separated paragraphs, without chrome', () => {
    const paras = a.text.split('\n\n');
    expect(paras.some((p) => p.startsWith('Negotiators from Norland'))).toBe(true);
    expect(paras).toContain('Fishing quotas remain the main dispute.');
    expect(paras.every((p) => !p.includes('\n'))).toBe(true);
    expect(a.text).not.toMatch(/tracking|Home World|All rights reserved|By Mira/);
  });
  it('returns null for a page with no text', () => {
    expect(htmlToArticle('<html><body><script>x()</script></body></html>')).toBeNull();
  });
});

describe('feed adapter', () => {
  it('reads RSS items: content over description, HTML to text, link and pubDate', () => {
    const items = feedItems(read('feed.rss'), 'feed.rss');
    expect(items).toHaveLength(3);
    const [grain, protest, empty] = items;
    expect(grain!.article).toMatchObject({ title: 'Ministers agree on grain corridor', url: 'http://example.test/grain-corridor', published: '2024-04-02' });
    expect(grain!.article!.text).toBe('Trade ministers from Ostland and Pellaria agreed on Tuesday to reopen a grain corridor across the Tarn river.\n\nThe deal covers three border crossings and runs until the end of the year.');
    expect(protest!.article!.text).toMatch(/^Dock workers marched/);
    expect(empty).toMatchObject({ where: 'feed.rss#item3', error: 'item has no text' });
  });
  it('reads Atom entries: alternate link, published date, html content or summary', () => {
    const items = feedItems(read('feed.atom'), 'feed.atom');
    expect(items.map((i) => i.article?.url)).toEqual(['http://example.test/envoys', 'http://example.test/rail']);
    expect(items[0]!.article).toMatchObject({ published: '2024-05-05', title: 'Envoys meet at the border post' });
    expect(items[0]!.article!.text.split('\n\n')).toHaveLength(2);
    expect(items[1]!.article!.text).toMatch(/^The rail link/);
  });
  it('reports garbage as one bad item', () => {
    const items = feedItems('<html>not a feed</html>', 'x.xml');
    expect(items).toHaveLength(1);
    expect(items[0]!.error).toMatch(/not a readable feed/);
  });
});

describe('jsonl adapter', () => {
  it('yields good lines and reports bad ones with their line numbers', async () => {
    const items = await collect(jsonlItems(Readable.from([read('batch.jsonl')]), 'batch.jsonl'));
    const good = items.filter((i) => i.article);
    expect(good.map((i) => i.article!.id)).toEqual(['b1', 'b2', 'b6']);
    expect(good[0]!.article).toMatchObject({ title: 'Water budget', published: '2024-02-09', url: 'http://example.test/b1' });
    const bad = items.filter((i) => i.error).map((i) => `${i.where} ${i.error}`);
    expect(bad).toEqual([
      expect.stringMatching(/^batch\.jsonl:3 invalid JSON/),
      'batch.jsonl:4 missing or empty "text"',
      'batch.jsonl:5 "published" is not a date: "last tuesday"',
    ]);
  });
  it('handles lines split across chunks and a last line without newline', async () => {
    const chunks = ['{"text":"one', ' two"}\n{"te', 'xt":"three"}'];
    const items = await collect(jsonlItems(chunks, 's'));
    expect(items.map((i) => i.article?.text)).toEqual(['one two', 'three']);
  });
});

describe('reuters adapter', () => {
  it('reads documents with date, title and decoded body; bodiless ones are reported', () => {
    const items = [...reutersItems(read('wire.sgm'), 'wire.sgm')];
    expect(items).toHaveLength(3);
    expect(items[0]!.article).toMatchObject({ id: 'reuters-901', title: 'OSTLAND RAISES GRAIN EXPORT QUOTA', published: '1987-03-03' });
    expect(items[0]!.article!.text).toMatch(/200,000 tonnes <after> a strong harvest/);
    expect(items[0]!.article!.text).not.toMatch(/Reuter|\u0003/);
    expect(items[1]).toMatchObject({ where: 'wire.sgm:13', error: 'document has no <BODY>' });
    expect(items[2]!.article!.published).toBe('1987-03-04');
  });
});

describe('inputs: files, folders, globs, stdin, missing', () => {
  it('walks folders recursively by extension and reports empty files', async () => {
    const inputs = expandInputs([join(FIX, 'folder')]);
    expect(inputs.map((i) => (i.type === 'file' ? i.path.slice(FIX.length + 1) : i.type))).toEqual([
      'folder/bridge.txt', 'folder/sub/empty.txt', 'folder/sub/tram.txt',
    ]);
    expect(totalBytes(inputs)).toBeGreaterThan(50);
    const items = await collect(readInputs(inputs));
    expect(items.filter((i) => i.article).map((i) => i.article!.text.slice(0, 10))).toEqual(['The mayor ', 'Kessel cit']);
    expect(items.find((i) => i.error)?.error).toBe('empty text');
  });
  it('expands globs, including ** and braces', () => {
    expect(globToRegExp('**/*.{txt,md}').test('a/b/c.md')).toBe(true);
    expect(globToRegExp('*.txt').test('a/b.txt')).toBe(false);
    const files = expandGlob(`${FIX}/**/*.txt`).map((f) => f.slice(FIX.length + 1));
    expect(files).toEqual(['folder/bridge.txt', 'folder/sub/empty.txt', 'folder/sub/tram.txt']);
  });
  it('reads every kind by extension in one run and reports missing paths and unmatched globs', async () => {
    const inputs = expandInputs([
      join(FIX, 'page.html'), join(FIX, 'feed.rss'), join(FIX, 'feed.atom'), join(FIX, 'batch.jsonl'), join(FIX, 'wire.sgm'),
      join(FIX, 'nope.txt'), join(FIX, '*.nothing'),
    ]);
    expect(totalBytes(inputs)).not.toBeNull();
    const items = await collect(readInputs(inputs));
    expect(items.filter((i) => i.article)).toHaveLength(1 + 2 + 2 + 3 + 2);
    const errors = items.filter((i) => i.error).map((i) => i.error);
    expect(errors).toContain('no such file or folder');
    expect(errors).toContain('no file matches this pattern');
  });
  it('sniffs standard input', async () => {
    const items = await collect(readInputs(expandInputs(['-']), { stdin: Readable.from([read('feed.atom')]) }));
    expect(items.filter((i) => i.article)).toHaveLength(2);
    const text = await collect(readInputs(expandInputs(['-']), { stdin: Readable.from(['Plain words from a pipe.']) }));
    expect(text[0]!.article!.text).toBe('Plain words from a pipe.');
    expect(sniff('{"text":"x"}')).toBe('jsonl');
    expect(sniff('<!DOCTYPE html><p>x</p>')).toBe('html');
  });
});

describe('toDay', () => {
  it('normalises ISO, RFC 822 and rejects nonsense', () => {
    expect(toDay('2024-02-30')).toBeUndefined();
    expect(toDay('2024-02-09T23:00:00+05:00')).toBe('2024-02-09');
    expect(toDay('Tue, 02 Apr 2024 09:15:00 GMT')).toBe('2024-04-02');
    expect(toDay('soon')).toBeUndefined();
  });
});
