import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from './marks.js';
import { tokenised } from './test-doc.js';

const quotes = (text: string) => {
  const doc = tokenised(text);
  return findQuoteMarks(doc.text, doc.paragraphs).map((q) => doc.text.slice(q.start, q.end));
};

describe('quote marks', () => {
  it('pairs curly and straight double marks, keeping nested marks inside', () => {
    expect(quotes('She said “we will go” and he said "we will stay".')).toEqual(['we will go', 'we will stay']);
    expect(quotes('He read it out: "The sign said “closed” all week," he recalled.')).toEqual(['The sign said “closed” all week,']);
  });

  it('does not read apostrophes as quotation marks', () => {
    expect(quotes("The farmers’ union didn’t sign, and it's the ministers' fault.")).toEqual([]);
    expect(quotes("Rock ’n’ roll returned in the ’90s, said 'the old guard'.")).toEqual(['the old guard']);
  });

  it('reads single curly quotes used as quotation marks in headlines', () => {
    expect(quotes('Minister calls strike ‘a disgrace’ as talks fail')).toEqual(['a disgrace']);
  });

  it('continues a quote into the next paragraph that opens with a mark, one piece per paragraph', () => {
    const text = '“The first part goes on.\n“And the second part ends here,” she said.\nNo quote here.';
    expect(quotes(text)).toEqual(['The first part goes on.', 'And the second part ends here,']);
    const doc = tokenised(text);
    const marks = findQuoteMarks(doc.text, doc.paragraphs);
    expect(marks.map((m) => m.kind)).toEqual(['double-continued', 'double']);
    expect(marks[1]!.group).toBe(marks[0]!.group);
  });

  it('closes an unclosed quote at its paragraph end when the next paragraph does not continue it', () => {
    expect(quotes('He said “this never ends\nA new paragraph.')).toEqual(['this never ends']);
  });

  it('reads doubled apostrophes as double marks and mixed marks as a pair', () => {
    expect(quotes("''We have a plan,'' said the mayor.")).toEqual(['We have a plan,']);
    expect(quotes('"It will rain,” the forecaster said.')).toEqual(['It will rain,']);
  });

  it('skips attribute values inside markup tags', () => {
    expect(quotes('<tweet id="123" author="@x">Nothing quoted here</tweet>')).toEqual([]);
  });

  it('reads a closing mark typed at the start of a quote as its opening mark', () => {
    expect(quotes('Readers replied. ”The tide is high,” wrote one. “Done. ” He left.')).toEqual(['The tide is high,', 'Done. ']);
    expect(quotes('He wrote ” a note” there.')).toEqual([]);
  });
});
