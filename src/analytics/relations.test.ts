import { describe, expect, it } from 'vitest';
import { activeActors } from './actors.js';
import { addDays } from './days.js';
import { dyadTrends } from './dyads.js';
import { network } from './network.js';
import { eventsOf, pick, seeded, type StorySpec } from './synthetic.js';

describe('dyad trends', () => {
  const rnd = seeded(11);
  const stories: StorySpec[] = [];
  for (let d = 0; d < 112; d++) {
    const day = addDays('2021-05-01', d);
    const coop = d < 56;
    stories.push({ day, type: pick(rnd, coop ? ['AGREE', 'AID', 'CONSULT', 'COOPERATE'] as const : ['ASSAULT', 'THREATEN', 'COERCE', 'ACCUSE'] as const), source: rnd() < 0.5 ? 'USA' : 'AFG', target: 'X' });
    stories.push({ day, type: pick(rnd, ['CONSULT', 'AGREE'] as const), source: 'KAZ', target: 'UZB' });
  }
  for (const s of stories) if (s.target === 'X') s.target = s.source === 'USA' ? 'AFG' : 'USA';
  const trends = dyadTrends(eventsOf(stories), { windowDays: 14 });

  it('shows a pair moving from cooperation to conflict', () => {
    const t = trends.find((x) => x.dyad === 'AFG-USA')!;
    expect(t.windows).toHaveLength(8);
    expect(t.windows[0]!.intensity).toBeGreaterThan(2);
    expect(t.windows[7]!.intensity).toBeLessThan(-3);
    expect(t.slope).toBeLessThan(0);
    expect(t.trend).toBe('toward-conflict');
  });
  it('keeps a steady pair stable, and orders pairs when asked', () => {
    expect(trends.find((x) => x.dyad === 'KAZ-UZB')!.trend).toBe('stable');
    const ordered = dyadTrends(eventsOf(stories), { ordered: true, windowDays: 14 }).map((x) => x.dyad).sort();
    expect(ordered).toEqual(['AFG>USA', 'KAZ>UZB', 'USA>AFG']);
  });
});

describe('actors and network', () => {
  const events = eventsOf([
    { day: '2021-08-20', type: 'ASSAULT', source: 'AFG', target: 'PAK', copies: 3 },
    { day: '2021-08-21', type: 'ASSAULT', source: 'AFG', target: 'PAK' },
    { day: '2021-08-22', type: 'AID', source: 'USA', target: 'AFG' },
  ]);
  it('ranks actors by stories', () => {
    const a = activeActors(events);
    expect(a.map((x) => [x.id, x.stories, x.asSource, x.asTarget])).toEqual([
      ['AFGGOV', 3, 2, 1], ['PAKGOV', 2, 0, 2], ['USAGOV', 1, 1, 0],
    ]);
  });
  it('builds directed edges with story counts and mean intensity', () => {
    const n = network(events, { by: 'country' });
    expect(n.edges.map((e) => `${e.source}>${e.target}:${e.count}`)).toEqual(['AFG>PAK:2', 'USA>AFG:1']);
    expect(n.edges[0]!.intensity).toBeLessThan(-5);
    expect(n.nodes.map((x) => x.id)).toEqual(['AFG', 'PAK', 'USA']);
    expect(network(events, { minCount: 2 }).edges).toHaveLength(1);
  });
});
