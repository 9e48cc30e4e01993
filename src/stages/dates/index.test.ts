import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/shared.js';
import { composePipeline } from '../../pipeline.js';
import { tokensStage } from '../tokens/index.js';
import { datesStage } from './index.js';

/** 2021-08-23 is a Monday. */
const run = (text: string, published: string | null = '2021-08-23', now = new Date('2030-01-15T10:00:00Z')) =>
  composePipeline([tokensStage, datesStage], {}, { now: () => now }).run({ text, ...(published ? { published } : {}) }).dates;

const one = (text: string, published?: string | null) => {
  const dates = run(text, published);
  expect(dates).toHaveLength(1);
  return dates[0]!;
};

describe('dates stage: the backward refiner', () => {
  it('reads a weekday equal to the publication weekday as the publication day', () => {
    const d = one('The minister spoke to reporters on Monday.');
    expect(d).toMatchObject({ text: 'on Monday', value: '2021-08-23', precision: 'day', rule: 'dates.weekday.latest' });
  });

  it('moves every bare weekday to the latest one on or before publication', () => {
    expect(one('Rebels shelled the town on Sunday.').value).toBe('2021-08-22');
    expect(one('The convoy left on Friday.').value).toBe('2021-08-20');
    // chrono alone would say 2021-08-26, three days in the future
    expect(one('Talks collapsed on Thursday.').value).toBe('2021-08-19');
    expect(one('Voting ended on Tuesday.').value).toBe('2021-08-17');
  });

  it('moves a bare month to the latest one on or before publication', () => {
    const june = one('Leaders met at a summit in June, officials said.');
    expect(june).toMatchObject({ text: 'in June', value: '2021-06', precision: 'month' });
    expect(one('The ceasefire broke down in August.').value).toBe('2021-08');
    expect(one('The ceasefire broke down in September.').value).toBe('2020-09');
    expect(one('Parliament was dissolved in Jan and never met again.').value).toBe('2021-01');
  });

  it('keeps explicit dates as written, even in the future', () => {
    const d = one('The vote on December 5, 2021 will be watched closely.');
    expect(d).toMatchObject({ value: '2021-12-05', precision: 'day', rule: 'dates.explicit' });
    expect(d.text).toBe('on December 5, 2021');
    expect(one('Troops withdrew on 15 June 2019.').value).toBe('2019-06-15');
    expect(one('The deal was signed on 2020-11-03.').value).toBe('2020-11-03');
  });

  it('reads explicit day-month forms', () => {
    expect(one('Fighting resumed on 23 August near the border.').value).toBe('2021-08-23');
    expect(one('Fighting resumed Aug. 20 near the border.').value).toBe('2021-08-20');
    expect(one('Fighting resumed on August 21, according to monitors.').value).toBe('2021-08-21');
  });

  it('resolves relative expressions against publication', () => {
    const values = (t: string) => run(t).map((d) => [d.text, d.value, d.precision]);
    expect(values('Aid arrived yesterday.')).toEqual([['yesterday', '2021-08-22', 'day']]);
    expect(values('The border reopened today.')).toEqual([['today', '2021-08-23', 'day']]);
    expect(values('Prices rose last month.')).toEqual([['last month', '2021-07', 'month']]);
    expect(values('Exports fell last year.')).toEqual([['last year', '2020', 'year']]);
    expect(values('Exports grew this year.')).toEqual([['this year', '2021', 'year']]);
    expect(values('The envoy visited last week.')[0]![2]).toBe('day');
  });

  it('falls back to the injected clock without a publication date', () => {
    const dates = run('The port closed on Monday.', null, new Date('2024-03-14T08:00:00Z')); // a Thursday
    expect(dates[0]!.value).toBe('2024-03-11');
  });

  it('reads years with year precision, but not counts', () => {
    const d = one('The group was banned in 2019 after an attack.');
    expect(d).toMatchObject({ text: 'in 2019', value: '2019', precision: 'year' });
    expect(run('More than 2,500 troops and 1000 refugees crossed.')).toEqual([]);
    expect(run('Numbers rose from 2000 troops to 3000.')).toEqual([]);
    expect(one('Elections are due by mid-2022.').value).toBe('2022');
    expect(one('He lost the 2016 election narrowly.').value).toBe('2016');
  });

  it('takes the start of a range', () => {
    const d = one('The summit runs from Sept. 14 to Sept. 16, 2021.');
    expect(d.value).toBe('2021-09-14');
    expect(d.rule).toMatch(/range-start$/);
  });

  it('skips words that only look like dates', () => {
    expect(run('The rebels may come back, and they may not.')).toEqual([]);
    expect(run('Police broke up a protest march in the capital.')).toEqual([]);
    expect(run('A report in the Sunday Times was denied.')).toEqual([]);
    expect(run('She sat with the delegation.')).toEqual([]);
    expect(run('Former prime minister Theresa May said nothing.')).toEqual([]);
    expect(run('Prices rose now that the port is shut.')).toEqual([]);
    expect(run('The clashes began at 5 pm.')).toEqual([]);
  });

  it('keeps the modal and the month apart in one sentence', () => {
    const dates = run('Talks may resume in May, diplomats said.');
    expect(dates.map((d) => [d.text, d.value])).toEqual([['in May', '2021-05']]);
  });

  it('keeps offsets exact', () => {
    const text = 'On Saturday, “we left” — said Ana — and in March 2020 we came back.';
    for (const d of run(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(run(text).map((d) => d.value)).toEqual(['2021-08-21', '2020-03']);
  });
});

describe('dates stage: financial and wire copy', () => {
  it('does not read fractions or periods as dates', () => {
    expect(run('The bond traded at 100-1/4 and then 5/8 lower for the year.')).toEqual([]);
    expect(run('Profit in the year to March rose.')).toEqual([]);
  });

  it('follows next, last and this before a month name', () => {
    const v = (t: string) => run(t).map((d) => [d.value, d.rule]);
    expect(v('The tax is now due next January.')).toEqual([['2022-01', 'dates.month.next']]);
    expect(v('The tax was cut last August.')).toEqual([['2020-08', 'dates.month.last']]);
    expect(v('The tax will be cut this November.')).toEqual([['2021-11', 'dates.month.this']]);
  });

  it('falls back to the clock when the publication date is not a real day', () => {
    const dates = run('The port closed on Monday.', '2021-02-30', new Date('2024-03-14T08:00:00Z'));
    expect(dates[0]!.value).toBe('2024-03-11');
  });
});

describe('dates stage: points, not periods', () => {
  it('drops durations and periods but keeps points', () => {
    const texts = (t: string) => run(t).map((d) => d.text);
    expect(texts('It was the first bond issue in 21 years.')).toEqual([]);
    expect(texts('Output was the highest in five months.')).toEqual([]);
    expect(texts('Profit for nine months rose and was flat over the past two years.')).toEqual([]);
    expect(texts('Earnings should double over the next three years.')).toEqual([]);
    expect(texts('The envoy returns in two weeks.')).toEqual(['in two weeks']);
    expect(texts('The envoy left three days ago.')).toEqual(['three days ago']);
  });

  it('reads "January last year" as one month of the previous year', () => {
    const dates = run('Exports fell from January last year.');
    expect(dates.map((d) => [d.text, d.value, d.precision])).toEqual([['January last year', '2020-01', 'month']]);
  });
});

describe('dates stage: the seed article', () => {
  it.skipIf(!sharedPath('corpus/seed-article.txt'))('resolves its weekdays and its month against 2021-08-23', () => {
    const path = sharedPath('corpus/seed-article.txt')!;
    const dates = run(readFileSync(path, 'utf8'));
    const byText = new Map(dates.map((d) => [d.text, d.value]));
    expect(byText.get('on Monday')).toBe('2021-08-23');
    expect(byText.get('on Sunday')).toBe('2021-08-22');
    expect(byText.get('in June')).toBe('2021-06');
    for (const d of dates) expect(d.value <= '2021-08-23').toBe(true);
  });
});
