import { describe, expect, it } from 'vitest';
import { composePipeline } from '../../pipeline.js';
import { tokensStage } from './index.js';

const run = (text: string) => composePipeline([tokensStage]).run({ text });

describe('tokens stage', () => {
  it('keeps exact offsets for every token', () => {
    const text = 'Ms. Ortega said “we won’t sign” on Friday.\n\nThe ministry in Quito didn\'t reply.';
    const doc = run(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain('Quito');
  });

  it('never lets a sentence cross a paragraph break', () => {
    const doc = run('A headline without a full stop\nThe next line is a sentence. And another one.');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences).toHaveLength(3);
    expect(doc.sentences[0]!.para).toBe(0);
    expect(doc.sentences[1]!.para).toBe(1);
    expect(doc.text.slice(doc.sentences[2]!.start, doc.sentences[2]!.end)).toBe('And another one.');
  });

  it('tags parts of speech and word shapes', () => {
    const doc = run('Officials in Lagos met NATO envoys.');
    const lagos = doc.tokens.find((t) => t.text === 'Lagos')!;
    expect(lagos.pos).toBe('PROPN');
    expect(lagos.shape).toBe('Xx');
    expect(doc.tokens.find((t) => t.text === 'NATO')!.shape).toBe('X');
    expect(doc.tokens[0]!.first).toBe(true);
  });
});

describe('paragraphs', () => {
  it('joins hard-wrapped wire lines and splits on headings, indents and blank lines', () => {
    const text = [
      'Ceasefire holds',
      'Officials in the capital said the truce, agreed late on',
      'Friday, was holding across the region.',
      '    A second paragraph starts with an indent and runs',
      'on to a second line.',
      '',
      'A third after a blank line.',
    ].join('\n');
    const doc = run(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end).split('\n')[0])).toEqual([
      'Ceasefire holds',
      'Officials in the capital said the truce, agreed late on',
      'A second paragraph starts with an indent and runs',
      'A third after a blank line.',
    ]);
    const second = doc.sentences.filter((s) => s.para === 1);
    expect(second).toHaveLength(1);
    expect(doc.text.slice(second[0]!.start, second[0]!.end)).toMatch(/^Officials.*region\.$/s);
  });
});

describe('paragraphs: short wrapped lines', () => {
  it('runs a short line on when it ends in a possessive, comma or function word', () => {
    const text = "Ports stayed open with help from the People's\nRepublic of China, the agency said. Envoys of the\nLao People's Democratic Republic agreed,\nofficials added.\nStorm warning\nHeavy rain fell.";
    const doc = run(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end).split('\n')[0])).toEqual([
      "Ports stayed open with help from the People's",
      'Storm warning',
      'Heavy rain fell.',
    ]);
  });
});

describe('sentences around quotes', () => {
  it('keeps a quote and its trailing attribution in one sentence', () => {
    const doc = run('“We will not sign this,” the envoy said. “Why should we?” she asked reporters.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      '“We will not sign this,” the envoy said.',
      '“Why should we?” she asked reporters.',
    ]);
  });
});

describe('tokenizer and POS', () => {
  it('splits clitics and hyphens, keeps abbreviations, acronyms and numbers whole', () => {
    const doc = run('Mr. Okafor’s U.N.-backed plan won’t cost $1,250.50 by mid-2026, the ex-minister said.');
    expect(doc.tokens.map((t) => t.text)).toEqual([
      'Mr.', 'Okafor', '’s', 'U.N.', '-', 'backed', 'plan', 'wo', 'n’t', 'cost', '$', '1,250.50', 'by', 'mid-2026', ',', 'the', 'ex', '-', 'minister', 'said', '.',
    ]);
    expect(doc.sentences).toHaveLength(1);
    expect(run('U.S. envoys met U.N. staff.').tokens.map((t) => t.text)).toEqual(['U.S.', 'envoys', 'met', 'U.N.', 'staff', '.']);
  });

  it('does not end a sentence after a title, but does after an acronym before a new sentence', () => {
    const doc = run('Talks with Gen. Mbeki ended in the U.S. The next round is in Lusaka.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Talks with Gen. Mbeki ended in the U.S.', 'The next round is in Lusaka.']);
  });

  it('tags verbs after sentence-initial country names', () => {
    const doc = run('Ghana swore to defend the accord. Senegal joined forces with Mali.');
    const pos = Object.fromEntries(doc.tokens.map((t) => [t.text, t.pos]));
    expect(pos).toMatchObject({ Ghana: 'PROPN', swore: 'VERB', Senegal: 'PROPN', joined: 'VERB', forces: 'NOUN', accord: 'NOUN', the: 'DET', with: 'ADP', to: 'PART' });
  });
});

describe('odd whitespace', () => {
  it('keeps sentence ranges aligned with tokens when the text has unusual spaces', () => {
    const text = '\u2028Officials\u2009met\u200b in\u3000Lima.\u00a0\n\ufeffThey  agreed\u2029 on\u202fFriday.';
    const doc = run(text);
    for (const s of doc.sentences) {
      expect(doc.tokens[s.t0]!.start).toBe(s.start);
      expect(doc.tokens[s.t1 - 1]!.end).toBe(s.end);
    }
    doc.tokens.forEach((t, i) => expect(t.i).toBe(i));
    expect(doc.tokens.map((t) => t.text)).toContain('Friday');
  });
});
