import { describe, expect, it } from 'vitest';
import { composePipeline } from '../../pipeline.js';
import { tokensStage } from '../tokens/index.js';
import { parseChrono, type RawDate } from './chrono.js';
import { clustersOf } from './clusters.js';
import { fastParse } from './fast.js';
import { rejectReason } from './filters.js';
import { datedWindows } from './trigger.js';

/** Sentences we wrote, covering the shapes fast.ts reads and some it must leave to chrono. */
const SENTENCES = [
  'The minister resigned on Monday, officials said.',
  'Talks resumed last Friday and again on Tuesday and Wednesday.',
  'Output fell in March, and exports rose in April 1998.',
  'The accord was signed on March 31, 1999, in the capital.',
  'The bond matures Jan 15 and pays twice a year.',
  'Prices were flat today, after falling yesterday and last night.',
  'Sales rose 4.5 pct last month and 3.1 pct last year, the agency said.',
  'Growth is expected to slow this year and pick up next year.',
  'The envoy left two weeks ago and returns in three days.',
  'Exports hit 155,221 tonnes a year ago and 120,000 a few months ago.',
  'The plant closed for the year in the week to March 2.',
  'They may meet in May, or maybe in June.',
  'The company said on Monday it would pay 5-1/2 dlrs a share on April 1.',
  'Trading was thin over the weekend, and the Sunday Times said nothing.',
  'Shares rose 12.6 pct in the 1986/87 season from 5 March.',
  'The vote took place three days before the election, on Thursday, March 5.',
];

const PUBLISHED = '2021-08-18';
const ref = new Date(2021, 7, 18, 12);
const project = (r: RawDate) => [r.start, r.end, r.text, r.y, r.m, r.d, r.certain, r.relative];

describe('dates fast path: the same results as chrono-node', () => {
  for (const sentence of SENTENCES) {
    it(sentence, () => {
      const doc = composePipeline([tokensStage]).run({ text: sentence, published: PUBLISHED });
      for (const s of doc.sentences) {
        for (const [t0, t1] of datedWindows(doc.tokens, s)) {
          for (const c of clustersOf(doc.tokens, t0, t1, doc.text)) {
            const base = c.start - c.pad;
            const fast = fastParse(doc.tokens, c.a, c.b, c.text, base, ref);
            if (!fast) continue;
            const keep = (l: RawDate[]) => l.filter((r) => rejectReason(r, doc.text, false) === null).map(project);
            expect(keep(fast)).toEqual(keep(parseChrono(c.text, base, ref)));
          }
        }
      }
    });
  }

  it('reads the common shapes itself (with the comma chrono takes after a weekday)', () => {
    const doc = composePipeline([tokensStage]).run({ text: SENTENCES[0]!, published: PUBLISHED });
    const [t0, t1] = datedWindows(doc.tokens, doc.sentences[0]!)[0]!;
    const c = clustersOf(doc.tokens, t0, t1, doc.text)[0]!;
    const fast = fastParse(doc.tokens, c.a, c.b, c.text, c.start - c.pad, ref);
    expect(fast?.map((r) => [r.text, r.y, r.m, r.d])).toEqual([['on Monday,', 2021, 8, 16]]);
  });

  it('leaves a little-endian date to chrono', () => {
    const doc = composePipeline([tokensStage]).run({ text: 'The deadline is 5 March.', published: PUBLISHED });
    const [t0, t1] = datedWindows(doc.tokens, doc.sentences[0]!)[0]!;
    const c = clustersOf(doc.tokens, t0, t1, doc.text)[0]!;
    expect(fastParse(doc.tokens, c.a, c.b, c.text, c.start - c.pad, ref)).toBeNull();
  });
});
