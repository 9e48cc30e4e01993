/**
 * Synthetic analysed articles for the store, from story specs (src/analytics/synthetic.ts):
 * each copy of a story is one article with the same text (so it clusters into the story) and
 * its own URL. No pipeline runs: the analysis is built directly, so 100,000 articles take seconds.
 */
import type { StorySpec } from '../src/analytics/synthetic.js';
import { seeded } from '../src/analytics/synthetic.js';
import { articleKey, signature, type StoreInput } from '../src/store/index.js';
import type { Actor, Analysis, Article } from '../src/types.js';

const WORDS = ('officials said talks border forces region minister week capital report province security council ' +
  'meeting agreement people government statement district troops aid refugees attack supply prices election ' +
  'convoy mission envoy trade pipeline water drought summit delegation ceasefire court protest ministry').split(' ');

const actor = (id: string, country: string): Actor => ({
  id, name: `${country} government`, kind: 'country', country, sector: 'GOV', roles: [], code: `${country}GOV`,
  mentions: [`e${id.slice(1)}`], rule: 'synthetic',
});

/** The text of a story: a lead sentence naming both sides, then seeded filler words. */
export function storyText(s: StorySpec, storyId: number): string {
  const rnd = seeded(storyId * 7919 + 17);
  const lead = `${s.source} government ${s.type.toLowerCase()} ${s.target ? `${s.target} government` : 'them'} on ${s.day}.`;
  const words = Array.from({ length: 40 }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
  return `${lead} Story ${storyId}: ${words.join(' ')}.`;
}

/** One StoreInput per copy of each story (story numbers count up from `firstStory`). */
export function* storeInputs(stories: Iterable<StorySpec>, firstStory = 1): IterableIterator<StoreInput> {
  let storyId = firstStory;
  for (const s of stories) {
    const text = storyText(s, storyId);
    const sig = signature(text);
    const lead = text.indexOf('.') + 1;
    const actors = [actor('a1', s.source), ...(s.target ? [actor('a2', s.target)] : [])];
    for (let c = 0; c < (s.copies ?? 1); c++) {
      const article: Article = { text, title: `Story ${storyId}: ${s.source} ${s.type}`, published: s.day, url: `https://news.example/s${storyId}/c${c}` };
      const key = articleKey(article);
      const analysis: Analysis = {
        schema: 1, id: key, title: article.title, url: article.url, published: s.day, language: 'en',
        sentences: [{ start: 0, end: lead }],
        entities: actors.map((a, i) => ({ id: `e${i + 1}`, type: 'LOCATION' as const, text: a.country!, start: i === 0 ? 0 : text.indexOf(a.country!, 4), end: (i === 0 ? 0 : text.indexOf(a.country!, 4)) + 3, actor: a.id, rule: 'synthetic', sources: ['synthetic'] })),
        actors, mentions: [], quotes: [], dates: [],
        places: s.place ? [{ id: 'p1', text: s.place, start: 0, end: 3, name: s.place, country: s.place, lat: 0, lon: 0, kind: 'country', rule: 'synthetic' }] : [],
        events: [{
          id: 'v1', type: s.type, mode: s.mode ?? null, contexts: s.contexts ?? [], source: ['a1'], target: s.target ? ['a2'] : [],
          date: s.day, place: s.place ? 'p1' : null, negated: s.negated ?? false, hypothetical: s.hypothetical ?? false,
          sentence: 0, trigger: { start: 15, end: 15 + s.type.length }, evidence: { start: 0, end: lead }, rule: 'synthetic', confidence: 1,
        }],
        contexts: s.contexts ?? [],
      };
      yield { key, article, analysis, signature: sig, origin: `synthetic:${storyId}:${c}` };
    }
    storyId++;
  }
}
