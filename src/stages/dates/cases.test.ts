import { describe, expect, it } from 'vitest';
import { composePipeline } from '../../pipeline.js';
import { tokensStage } from '../tokens/index.js';
import { datesStage } from './index.js';

/**
 * A table of sentences we wrote, each with the dates it must yield ([text, value]) when the
 * article was published on Wednesday 2023-03-15.
 */
const PUBLISHED = '2023-03-15';
const CASES: Array<[string, Array<[string, string]>]> = [
  ['The minister resigned on Wednesday.', [['on Wednesday', '2023-03-15']]],
  ['The minister resigned on Tuesday evening.', [['on Tuesday', '2023-03-14']]],
  ['Shelling resumed on Thursday, the army said.', [['on Thursday', '2023-03-09']]],
  ['Shelling resumed Saturday and Sunday.', [['Saturday', '2023-03-11'], ['Sunday', '2023-03-12']]],
  ["Monday's vote was annulled.", [['Monday', '2023-03-13']]],
  ['The talks will continue next Monday.', [['next Monday', '2023-03-20']]],
  ['He arrived last Friday.', [['last Friday', '2023-03-10']]],
  ['The deal was struck in March.', [['in March', '2023-03']]],
  ['The deal was struck in April.', [['in April', '2022-04']]],
  ['Protests have continued since November.', [['since November', '2022-11']]],
  ['Inflation peaked in early October.', [['October', '2022-10']]],
  ['Exports rose between January and February.', [['January', '2023-01'], ['February', '2023-02']]],
  ['The dam burst on March 2.', [['on March 2', '2023-03-02']]],
  ['The court sits again on 3 April.', [['on 3 April', '2023-04-03']]],
  ['The election is set for Oct. 29, 2023.', [['Oct. 29, 2023', '2023-10-29']]],
  ['The accord was signed on 12 June 1999.', [['on 12 June 1999', '1999-06-12']]],
  ['The archive dates the letter 1998-11-04.', [['1998-11-04', '1998-11-04']]],
  ['Fighting broke out in May 2021.', [['in May 2021', '2021-05']]],
  ['The border closed yesterday.', [['yesterday', '2023-03-14']]],
  ['Results are expected tomorrow.', [['tomorrow', '2023-03-16']]],
  ['Ministers met earlier this month.', [['this month', '2023-03']]],
  ['Prices jumped last month.', [['last month', '2023-02']]],
  ['Output fell last year.', [['last year', '2022']]],
  ['Growth is forecast to slow this year.', [['this year', '2023']]],
  ['Talks resume next month.', [['next month', '2023-04']]],
  ['The ceasefire collapsed two days ago.', [['two days ago', '2023-03-13']]],
  ['The ceasefire collapsed a year ago.', [['a year ago', '2022']]],
  ['The party was founded in 1994.', [['in 1994', '1994']]],
  ['Sanctions have applied since 2014.', [['since 2014', '2014']]],
  ['The pipeline should open by mid-2025.', [['by mid-2025', '2025']]],
  ['Turnout fell in the 2019 election.', [['2019', '2019']]],
  ['The summit runs from June 6 to June 8.', [['June 6 to June 8', '2023-06-06']]],
  ['They may come back, officials said.', []],
  ['Police broke up a march by students.', []],
  ['The Sunday Telegraph first reported the plan.', []],
  ['Some 2,000 troops and 1500 police were deployed.', []],
  ['The stock closed 1-1/4 higher at 31-3/8.', []],
  ['It was the lowest level in five years.', []],
  ['The mission lasted for three months.', []],
  ['A day after the attack, troops withdrew.', []],
];

const run = (text: string) => composePipeline([tokensStage, datesStage]).run({ text, published: PUBLISHED }).dates;

describe('dates: table of our own sentences (published Wednesday 2023-03-15)', () => {
  for (const [sentence, expected] of CASES) {
    it(sentence, () => {
      expect(run(sentence).map((d) => [d.text, d.value])).toEqual(expected);
    });
  }
});
