/**
 * The quotes stage: direct quotations, their cues and speakers.
 *
 * 1. marks.ts finds quoted spans (curly, straight and doubled-apostrophe marks; single quotes used
 *    as quotation marks; multi-paragraph quotes as one piece per paragraph).
 * 2. attribute.ts / after.ts look for the attribution next to each quote, in this order:
 *    after it ("“…,” he said", "“…,” said X"), before it ("X said: “…”", "X called it “…”",
 *    "according to X, “…”", "Clinton: “…”"), at the end of its sentence ("…, X said."); then a
 *    neighbour in the same sentence, the other pieces of a multi-paragraph quote, and last the
 *    subject of the sentence's clause. A quote that opens its sentence with none of these
 *    continues the speaker of the previous attribution in the same or previous paragraph.
 * 3. speaker.ts resolves the speaker phrase to an actor: the entity at its head, the actor holding
 *    a role noun, or for a pronoun the previous speaker or most recent person that agrees with it
 *    (recorded as a doc.mentions entry).
 *
 * Quote.rule reads "quotes.<marks>.<attribution rule>+<speaker rule>", for example
 * "quotes.double.after.speaker-cue+quotes.pronoun.previous-speaker". The cue lexicon is data:
 * ontology/quote-cues.json.
 */
import type { Stage } from '../../pipeline.js';
import type { Doc, Quote, Span } from '../../types.js';
import { attributeQuote, type Around } from './attribute.js';
import { headOf, type TokRange } from './np.js';
import { clauseSubject, subjectBefore } from './subject.js';
import { buildContext, cueAt, paraOf, type QuoteContext } from './context.js';
import { findQuoteMarks, type QuoteMarks } from './marks.js';
import { SpeakerResolver } from './speaker.js';

/** One attribution to resolve, in text order: a quote's own, or reported speech outside quotes. */
interface Item {
  at: number;
  speaker: TokRange | null;
  quote: number;
}

/** Reported speech outside quotes ("He noted that …"): earlier speakers for pronouns and continuations. */
function reportedSpeech(ctx: QuoteContext, used: Set<number>): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.quoteOf[i]! >= 0 || used.has(i)) continue;
    const cue = cueAt(ctx, i);
    if (!cue || cue.form.kind !== 'verb') continue;
    const speaker = subjectBefore(ctx, i, ctx.paraT0[paraOf(ctx, i)]!, true);
    if (speaker) out.push({ at: speaker.t0, speaker, quote: -1 });
  }
  return out;
}

/** The subject of the sentence right before a quote that opens its own, when it comes after the last speaker phrase. */
function nearerMention(ctx: QuoteContext, open: number, after: TokRange): TokRange | null {
  const k = open - 1;
  if (k <= after.t1 || ctx.quoteOf[k]! >= 0) return null;
  const subj = clauseSubject(ctx, k, ctx.paraT0[paraOf(ctx, k)]!);
  return subj && subj.t0 >= after.t1 && ctx.quoteOf[subj.t0]! < 0 ? subj : null;
}

/** A phrase that names the same speaker as the last one: the same actor, the same head word, or a personal pronoun. */
function sameSpeaker(ctx: QuoteContext, near: TokRange, actor: string | null, last: { span: TokRange; actor: string | null }): boolean {
  if (actor && actor === last.actor) return true;
  const head = ctx.tokens[headOf(near)]!.lower;
  if (head === ctx.tokens[headOf(last.span)]!.lower) return true;
  return !actor && near.t1 - near.t0 === 1 && (head === 'he' || head === 'she');
}

/** Quotes whose search ran into a neighbour in the same sentence share its attribution ("“a” and “b”, he said"). */
function shareWithNeighbours(arounds: Around[], marks: QuoteMarks[]): string[] {
  const rules = arounds.map((a) => a.found?.rule ?? 'none');
  for (let i = arounds.length - 1; i >= 0; i--) {
    const a = arounds[i]!;
    const next = a.nextQuote >= 0 ? arounds[a.nextQuote] : undefined;
    if (!a.found?.speaker && next?.found?.speaker) {
      a.found = next.found;
      rules[i] = 'shared.next-quote';
    }
  }
  for (let i = 0; i < arounds.length; i++) {
    const a = arounds[i]!;
    const prev = a.prevQuote >= 0 ? arounds[a.prevQuote] : undefined;
    if (!a.found?.speaker && prev?.found?.speaker) {
      a.found = prev.found;
      rules[i] = 'shared.previous-quote';
    }
  }
  // the pieces of a multi-paragraph quote share the attribution one of them has
  const byGroup = new Map<number, number[]>();
  marks.forEach((m, i) => byGroup.set(m.group, [...(byGroup.get(m.group) ?? []), i]));
  for (const pieces of byGroup.values()) {
    const from = pieces.find((i) => arounds[i]!.found?.speaker);
    if (from === undefined) continue;
    for (const i of pieces) {
      if (arounds[i]!.found?.speaker) continue;
      arounds[i]!.found = arounds[from]!.found;
      rules[i] = 'shared.multi-paragraph';
    }
  }
  arounds.forEach((a, i) => {
    if (!a.found?.speaker && a.weak) {
      a.found = a.weak;
      rules[i] = a.weak.rule;
    }
  });
  return rules;
}

const spanOf = (ctx: QuoteContext, r: TokRange): Span => ({ start: ctx.tokens[r.t0]!.start, end: ctx.tokens[r.t1 - 1]!.end });

function trimmed(text: string, q: QuoteMarks): Span {
  let { start, end } = q;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Finds direct quotes, their cues and speakers; resolves pronoun speakers into doc.mentions. */
export function findQuotes(doc: Doc): void {
  const marks = findQuoteMarks(doc.text, doc.paragraphs);
  if (marks.length === 0) return;
  const ctx = buildContext(doc, marks);
  const arounds = marks.map((_, qi) => attributeQuote(ctx, qi));
  const rules = shareWithNeighbours(arounds, marks);
  const used = new Set<number>();
  for (const a of arounds) if (a.found?.cue) used.add(a.found.cue.t0);
  const items: Item[] = arounds.map((a, qi) => ({ at: a.found?.speaker?.t0 ?? ctx.qt0[qi]!, speaker: a.found?.speaker ?? null, quote: qi }));
  items.push(...reportedSpeech(ctx, used));
  items.sort((a, b) => a.at - b.at || b.quote - a.quote);

  const resolver = new SpeakerResolver(ctx);
  const resolved = new Map<string, { actor: string | null; rule: string }>();
  const speakers: Array<{ actor: string | null; span: TokRange | null; rule: string }> = marks.map(() => ({ actor: null, span: null, rule: '' }));
  let last: { span: TokRange; actor: string | null; para: number } | null = null;
  for (const item of items) {
    const para = paraOf(ctx, item.at);
    if (item.speaker) {
      const key = `${item.speaker.t0}:${item.speaker.t1}`;
      let r = resolved.get(key);
      if (!r) resolved.set(key, (r = resolver.resolve(item.speaker, para, doc)));
      last = { span: item.speaker, actor: r.actor, para };
      if (item.quote >= 0) speakers[item.quote] = { actor: r.actor, span: item.speaker, rule: r.rule };
      continue;
    }
    // a quote that opens its sentence with no attribution continues the previous speaker
    const a = arounds[item.quote]!;
    if (a.opensSentence && !a.found && last && last.para >= para - 1) {
      // "He then turned to the crowd. “…”": the nearer mention of the same speaker carries the quote
      const near = nearerMention(ctx, item.at, last.span);
      const r = near ? (resolved.get(`${near.t0}:${near.t1}`) ?? resolver.resolve(near, para, doc)) : null;
      if (near && r) resolved.set(`${near.t0}:${near.t1}`, r);
      if (near && r && sameSpeaker(ctx, near, r.actor, last)) last = { span: near, actor: last.actor ?? r.actor, para };
      speakers[item.quote] = { actor: last.actor, span: last.span, rule: 'speaker.continued' };
      rules[item.quote] = 'continuation';
      resolver.repeat({ speaker: last.span, para, actor: last.actor }, para);
      last = { span: last.span, actor: last.actor, para };
    }
  }

  marks.forEach((q, qi) => {
    const span = trimmed(doc.text, q);
    const cue = arounds[qi]!.found?.cue;
    const sp = speakers[qi]!;
    const t0 = Math.min(ctx.qt0[qi]! + 1, doc.tokens.length - 1);
    const quote: Quote = {
      id: `q${doc.quotes.length + 1}`,
      text: doc.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      cue: cue ? doc.text.slice(ctx.tokens[cue.t0]!.start, ctx.tokens[cue.t1 - 1]!.end) : null,
      speaker: sp.actor,
      speakerSpan: sp.span ? spanOf(ctx, sp.span) : null,
      sentence: doc.tokens[t0]?.sent ?? 0,
      rule: `quotes.${q.kind}.${rules[qi]}${sp.rule ? '+' + sp.rule : ''}`,
    };
    doc.quotes.push(quote);
  });
}

export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['sentences', 'tokens', 'entities', 'actors'],
  provides: ['quotes', 'mentions'],
  run(doc) {
    findQuotes(doc);
  },
};
