import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { input } from '../../test/store-fixtures.js';
import { openStore } from './index.js';
import { bandKeys, MAX_CANDIDATES, shingles, signature, similarity } from './minhash.js';

const FLOOD = `Heavy rain flooded the lower districts of Velsa overnight, forcing the evacuation of about
four hundred families from homes along the river, the city's emergency office said on Tuesday. Water
levels rose by almost two metres after three days of storms, and the main bridge to the eastern
suburbs was closed to traffic. Volunteers set up shelters in two schools and a sports hall, and the
regional government promised emergency funds for repairs once the water recedes. Forecasters expect
more rain later in the week.`;

const STRIKE = `Dock workers at the port of Kessel began a forty-eight hour strike on Monday over pay and
shift schedules, halting the loading of grain ships bound for the south. The union said talks with the
port authority had broken down after the management refused to discuss overtime rates. Several vessels
waited at anchor outside the harbour, and traders warned that delays could push up freight costs if
the dispute continues beyond the weekend.`;

// another story on the same subject as FLOOD, written independently
const FLOOD_OTHER = `Rescue teams in Velsa used boats to reach residents trapped by floodwater on Wednesday
as the river peaked. The mayor asked people in low-lying streets to stay with relatives, and engineers
inspected the closed bridge for damage. Officials gave no figure for the cost of the flooding.`;

/** A light edit: a changed word or two, a trimmed sentence, an added credit line. */
function edit(text: string): string {
  return text
    .replace('about\nfour hundred', 'nearly 400')
    .replace('on Tuesday', 'late on Tuesday')
    .replace(' Forecasters expect\nmore rain later in the week.', '')
    .concat('\n(Reporting by a staff correspondent; editing by the desk)');
}

describe('MinHash', () => {
  it('estimates Jaccard similarity: high for edits, low for different stories', () => {
    expect(similarity(signature(FLOOD), signature(FLOOD))).toBe(1);
    expect(similarity(signature(FLOOD), signature(edit(FLOOD)))).toBeGreaterThan(0.6);
    expect(similarity(signature(FLOOD), signature(STRIKE))).toBeLessThan(0.1);
    expect(similarity(signature(FLOOD), signature(FLOOD_OTHER))).toBeLessThan(0.2);
  });
  it('ignores case and punctuation in shingles', () => {
    expect([...shingles('The Port, closed!')]).toEqual([...shingles('the port closed')]);
  });
  it('hashes ASCII and non-ASCII text like the Unicode word regex does', () => {
    // the reference: words by /[\p{L}\p{N}]+/u on the lower-cased text, FNV-1a, then 3-word shingles
    const fnv = (w: string) => [...w].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 0x01000193), 0x811c9dc5) >>> 0;
    const fmix = (h: number) => {
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return (h ^ (h >>> 16)) >>> 0;
    };
    const reference = (t: string) => {
      const hs = (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv);
      const out = new Set<number>();
      for (let i = 0; i + 3 <= hs.length; i++) out.add(fmix((Math.imul(fmix((Math.imul(hs[i]!, 31) + hs[i + 1]!) >>> 0), 31) + hs[i + 2]!) >>> 0));
      return Int32Array.from(out);
    };
    for (const t of [STRIKE, 'Prices rose 2.5% to 1,200 dlrs -- a 10-YEAR high!', 'Straße: Ärzte in Zürich streikten, 40 Ärzte.', 'ΟΔΟΣ ΣΤΟ ΚΕΝΤΡΟ ΤΗΣ ΠΟΛΗΣ']) {
      expect([...shingles(t)]).toEqual([...reference(t)]);
    }
  });
  it('gives identical texts identical band keys', () => {
    expect(bandKeys(signature(STRIKE))).toEqual(bandKeys(signature(`${STRIKE}`)));
  });
});

describe('story clustering in the store', () => {
  it('keeps joining copies once a story has more copies than are compared (MAX_CANDIDATES)', () => {
    const s = openStore(join(mkdtempSync(join(tmpdir(), 'steppe-cluster-')), 'many.db'));
    const copies = Array.from({ length: MAX_CANDIDATES + 6 }, (_, i) => input({ text: i % 2 ? STRIKE : edit(FLOOD), url: `http://copy.test/${i}` }));
    s.write(copies);
    s.write([input({ text: `${STRIKE}\n(Updated)`, url: 'http://late.test/strike' })]);
    expect(s.stats()).toMatchObject({ articles: MAX_CANDIDATES + 7, stories: 2 });
  });
  it('joins wire copies and lightly edited versions into one story, keeps distinct stories apart', () => {
    const s = openStore(join(mkdtempSync(join(tmpdir(), 'steppe-cluster-')), 'c.db'));
    s.write([
      input({ text: FLOOD, url: 'http://wire.test/flood', published: '2024-06-04' }, [{ type: 'AID', source: ['Velsa government', 'NOR', 'GOV'] }]),
      input({ text: STRIKE, url: 'http://wire.test/strike' }),
      input({ text: FLOOD, url: 'http://paper-a.test/flood' }, [{ type: 'AID', source: ['Velsa government', 'NOR', 'GOV'] }]),
      input({ text: edit(FLOOD), url: 'http://paper-b.test/flood' }, [{ type: 'AID', source: ['Velsa government', 'NOR', 'GOV'] }]),
      input({ text: FLOOD_OTHER, url: 'http://paper-c.test/rescue' }, [{ type: 'AID', source: ['Velsa government', 'NOR', 'GOV'] }]),
    ]);
    const stats = s.stats();
    expect(stats.articles).toBe(5);
    expect(stats.stories).toBe(3);
    const flood = s.search('evacuation');
    expect(flood).toHaveLength(3);
    expect(new Set(flood.map((h) => h.storyId)).size).toBe(1);
    const other = s.search('boats');
    expect(other[0]!.storyId).not.toBe(flood[0]!.storyId);
    // four AID events in four articles, but only two stories report them
    expect(s.events({ type: 'AID', copies: true })).toHaveLength(4);
    expect(s.events({ type: 'AID' })).toHaveLength(2);
    expect(stats.byType).toEqual([{ type: 'AID', events: 4, stories: 2 }]);
  });
});
