import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../test/synthetic.js';
import { openStore } from '../store/index.js';
import { AnalyzePool } from './pool.js';
import { commitSize, ingest } from './run.js';
import { expandInputs, readInputs } from './sources.js';
import { ok, type SourceItem } from './types.js';

const FIX = join(process.cwd(), 'test/fixtures/ingest');
const dir = mkdtempSync(join(tmpdir(), 'steppe-ingest-'));

async function* items(list: SourceItem[]) {
  yield* list;
}

describe('ingest', () => {
  it('analyses every input kind on worker threads, stores them, and reports bad items without stopping', async () => {
    const store = openStore(join(dir, 'kinds.db'));
    const inputs = expandInputs([FIX, join(FIX, 'missing.html')]);
    const s = await ingest(store, readInputs(inputs), { workers: 2 });
    // page 1, rss 2 (+1 empty), atom 2, jsonl 3 (+3 bad), sgm 2 (+1 bodiless), folder 2 (+1 empty), missing 1
    expect(s.added).toBe(12);
    expect(s.skipped).toBe(7);
    expect(s.failed).toBe(0);
    expect(s.problems.map((p) => p.where)).toEqual(expect.arrayContaining([
      join(FIX, 'batch.jsonl:3'), join(FIX, 'feed.rss#item3'), join(FIX, 'missing.html'), join(FIX, 'folder/sub/empty.txt'),
    ]));
    expect(store.stats().articles).toBe(12);
    const page = store.search('fishing quotas')[0]!;
    expect(page.published).toBe('2024-03-14');
    expect(store.article(page.articleId)!.analysis.sentences.length).toBeGreaterThan(3);
    expect(store.article('b1')!.title).toBe('Water budget');

    const again = await ingest(store, readInputs(expandInputs([FIX])), { workers: 1 });
    expect(again.added).toBe(0);
    expect(again.duplicates).toBe(12);
    expect(store.stats().articles).toBe(12);
    store.close();
  }, 300_000);

  it('writes in input order whatever the worker timing, and dedupes within one run', async () => {
    const arts = syntheticArticles(60, 7);
    // a copy read while its original is in flight, and one read after the original was committed
    const list = [...arts.slice(0, 5), arts[3]!, ...arts.slice(5), arts[3]!].map((a, i) => ok(a, `mem:${i + 1}`));
    const one = openStore(join(dir, 'w1.db'));
    const two = openStore(join(dir, 'w2.db'));
    const r1 = await ingest(one, items(list), { workers: 1, batchSize: 3, writeEvery: 7 });
    const r2 = await ingest(two, items(list), { workers: 2, batchSize: 5, writeEvery: 50 });
    expect(r1.added).toBe(60);
    expect(r1.duplicates).toBe(2);
    expect(r2).toMatchObject({ added: r1.added, duplicates: r1.duplicates });
    const order = (s: typeof one) => [...s.iterateArticles()].map((a) => `${a.extId}:${a.storyId}`);
    expect(order(two)).toEqual(order(one));
    expect(one.stats().stories).toBeLessThan(60);
  }, 300_000);

  it('commits a young run in small transactions and a long one in larger ones, up to 1000 articles', () => {
    expect(commitSize(200, 0)).toBe(200);
    expect(commitSize(200, 1999)).toBe(200);
    expect(commitSize(200, 5000)).toBe(500);
    expect(commitSize(7, 30)).toBe(7);
    expect(commitSize(200, 1_000_000)).toBe(1000);
  });

  it('runs on a pool the caller started and awaited, and leaves it open', async () => {
    const pool = new AnalyzePool(2);
    await pool.ready();
    const store = openStore(join(dir, 'pool.db'));
    const list = syntheticArticles(6, 5).map((a, i) => ok(a, `mem:${i + 1}`));
    const r = await ingest(store, items(list), { pool });
    expect(r.added).toBe(6);
    const [again] = await pool.run([{ seq: 0, key: 'k', article: list[0]!.article!, origin: 'mem:1' }]);
    expect(again!.rows?.key).toBe('k');
    await pool.close();
    await pool.ready(); // a closed pool has nothing to wait for
    store.close();
  }, 300_000);
});
