import { describe, expect, it } from 'vitest';
import { CorpusAnalytics, type EventSource } from './corpus.js';
import { matches } from './filter.js';
import { filterKey, LoadCache } from './load-cache.js';
import { eventsOf, type StorySpec } from './synthetic.js';

const stories: StorySpec[] = [];
for (let d = 1; d <= 20; d++) {
  const day = `2026-03-${String(d).padStart(2, '0')}`;
  stories.push({ day, type: 'ASSAULT', source: 'MLI', target: 'BFA', copies: 1 + (d % 3) });
  stories.push({ day, type: 'CONSULT', source: 'NER', target: 'MLI', copies: 1 });
}

/** An in-memory source that counts its reads and whose data version a test can bump. */
function countingSource() {
  const events = eventsOf(stories);
  const state = { reads: 0, version: 1 };
  const source: EventSource = {
    events: (f) => { state.reads++; return events.filter((e) => matches(e, f)); },
    copies: () => [],
    range: () => ({ first: '2026-03-01', last: '2026-03-20' }),
    version: () => state.version,
  };
  return { source, state };
}

describe('events read once per filter and data version', () => {
  it('keys filters regardless of property order and undefined values', () => {
    expect(filterKey({ country: 'MLI', from: '2026-03-01' })).toBe(filterKey({ from: '2026-03-01', to: undefined, country: 'MLI' }));
    expect(filterKey({ country: 'MLI' })).not.toBe(filterKey({ country: 'BFA' }));
  });

  it('shares one read between series, network and actors over the same filter, with the same answers', () => {
    const { source, state } = countingSource();
    const cached = new CorpusAnalytics(source);
    const byType = cached.trend({ by: 'type' });
    const byCountry = cached.trend({ by: 'country' });
    const net = cached.network({ by: 'country' });
    const actors = cached.actors({});
    expect(state.reads).toBe(1);
    const fresh = (): CorpusAnalytics => new CorpusAnalytics(countingSource().source, 256, 0);
    expect(byType).toEqual(fresh().trend({ by: 'type' }));
    expect(byCountry).toEqual(fresh().trend({ by: 'country' }));
    expect(net).toEqual(fresh().network({ by: 'country' }));
    expect(actors).toEqual(fresh().actors({}));
    cached.trend({ by: 'type', country: 'NER' });
    expect(state.reads).toBe(2);
    expect(cached.trend({ by: 'type', country: 'NER' }).points.every((p) => p.key === 'CONSULT')).toBe(true);
  });

  it('reads again when the data version changes', () => {
    const { source, state } = countingSource();
    const a = new CorpusAnalytics(source);
    a.trend({ by: 'type' });
    state.version = 2;
    a.trend({ by: 'country' });
    expect(state.reads).toBe(2);
  });

  it('drops the least recently used filter past its bound', () => {
    const cache = new LoadCache(2);
    let reads = 0;
    const read = () => { reads++; return []; };
    cache.get({ country: 'MLI' }, 1, read);
    cache.get({ country: 'BFA' }, 1, read);
    cache.get({ country: 'MLI' }, 1, read);
    cache.get({ country: 'NER' }, 1, read); // evicts BFA
    cache.get({ country: 'MLI' }, 1, read);
    expect(reads).toBe(3);
    cache.get({ country: 'BFA' }, 1, read);
    expect(reads).toBe(4);
    expect(cache.hits).toBe(2);
  });

  it('holds no more events than its row budget', () => {
    const cache = new LoadCache(8, 5);
    let reads = 0;
    const rows = (n: number) => () => { reads++; return eventsOf(stories).slice(0, n); };
    cache.get({ country: 'MLI' }, 1, rows(3));
    cache.get({ country: 'BFA' }, 1, rows(3)); // 6 > 5: MLI dropped
    cache.get({ country: 'BFA' }, 1, rows(3));
    cache.get({ country: 'MLI' }, 1, rows(3));
    expect(reads).toBe(3);
    cache.get({ country: 'NER' }, 1, rows(9)); // larger than the budget: answered, not kept
    cache.get({ country: 'NER' }, 1, rows(9));
    expect(reads).toBe(5);
  });
});
