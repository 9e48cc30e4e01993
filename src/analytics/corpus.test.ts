import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureDb, fixtureStories } from '../../test/corpus-fixture.js';
import { openReader, type CorpusReader } from '../store/reader.js';
import { CorpusAnalytics, type EventSource } from './corpus.js';
import { matches } from './filter.js';
import { eventsOf } from './synthetic.js';

/** The same stories in memory, to check the store path against. */
function memorySource(): EventSource {
  const events = eventsOf(fixtureStories());
  const days = events.map((e) => e.date!).sort();
  return {
    events: (f) => events.filter((e) => matches(e, f)),
    copies: () => [],
    range: () => ({ first: days[0]!, last: days[days.length - 1]! }),
    version: () => 1,
  };
}

let fx: ReturnType<typeof buildFixtureDb>;
let reader: CorpusReader;
beforeAll(() => { fx = buildFixtureDb(); reader = openReader(fx.path); });
afterAll(() => { reader.close(); fx.cleanup(); });

describe('analytics over the store', () => {
  it('gives the same series as the same stories in memory (copies counted once)', () => {
    const store = new CorpusAnalytics(reader.source);
    const memory = new CorpusAnalytics(memorySource());
    for (const by of ['country', 'type', 'dyad', 'context'] as const) {
      expect(store.trend({ by }).points).toEqual(memory.trend({ by }).points);
    }
    expect(store.trend({ country: 'AFG', context: 'terrorism' }).points).toEqual(memory.trend({ country: 'AFG', context: 'terrorism' }).points);
    expect(store.alerts().spikes.map((s) => [s.dimension, s.key, s.day, s.count])).toEqual(
      memory.alerts().spikes.map((s) => [s.dimension, s.key, s.day, s.count]),
    );
  });
  it('caches answers until the data version changes', () => {
    let version = 1;
    let loads = 0;
    const src = memorySource();
    const a = new CorpusAnalytics({ ...src, events: (f) => { loads++; return src.events(f); }, version: () => version });
    a.trend({ country: 'AFG' });
    a.trend({ country: 'AFG' });
    expect(loads).toBe(1);
    version = 2;
    a.trend({ country: 'AFG' });
    expect(loads).toBe(2);
  });
});
