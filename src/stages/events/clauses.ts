/**
 * Splits one sentence into clauses, locally and in one pass: hard punctuation, relative and
 * subordinate clauses (", which …", "because …", "that …"), appositives (", the secretary of …,"),
 * and trailing attributions (", officials said"). Tokens of a relative clause or appositive get
 * their own clause id, so an argument search that stays in the trigger's clause skips them.
 */
import type { Sentence, Token } from '../../types.js';
import { BARE_SUBORDINATOR, HARD_BREAK, QUOTE, RELATIVE, REPORTING, SUBORDINATOR, isVerbish } from './words.js';

export type ClauseKind = 'main' | 'relative' | 'subordinate' | 'complement' | 'attribution' | 'appositive';

export interface Clause {
  id: number;
  kind: ClauseKind;
  /** first and last+1 token (document indices) of the tokens carrying this id; tokens of nested clauses may lie inside */
  t0: number;
  t1: number;
}

export interface ClauseMap {
  sentence: Sentence;
  /** clause id of each token of the sentence, indexed by token.i - sentence.t0; -1 on boundary punctuation */
  of: number[];
  clauses: Clause[];
}

const OBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

const verbGroupAt = (toks: Token[], i: number, end: number) => {
  for (let k = i; k < end && k < i + 3; k++) {
    const t = toks[k]!;
    if (isVerbish(t.pos)) return true;
    // ", urged/ADJ both sides": a past form the tagger read as an adjective, with an object after it
    if (t.pos === 'ADJ' && t.shape === 'x' && t.lower.endsWith('ed') && OBJECT_START.has(toks[k + 1]?.pos ?? '')) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
};

const CLAUSE_JOINER = new Set(['and', 'yet']); // ", but" and ", while" already open subordinate clauses

/**
 * ", and Damascus condemned the attack": a coordinator after a clause that has its verb, followed
 * by a new subject (a short phrase, not a verb) and that subject's verb before the next comma,
 * starts a new main clause; a list of names ("X, Y, and Z agreed") has no verb before the comma.
 */
function newSubjectClauseAt(toks: Token[], i: number, end: number): boolean {
  if (!CLAUSE_JOINER.has(toks[i]?.lower ?? '') || i + 1 >= end || isVerbish(toks[i + 1]!.pos) || toks[i + 1]!.pos === 'ADV') return false;
  return subjectThenVerb(toks, i + 1, end);
}

/** From token i: a short subject phrase (no verb, no preposition but "of") and then its finite verb before any comma. */
function subjectThenVerb(toks: Token[], i: number, end: number): boolean {
  if (i >= end || isVerbish(toks[i]!.pos)) return false;
  for (let k = i; k < end && k < i + 8; k++) {
    const t = toks[k]!;
    if (t.text === ',' || HARD_BREAK.has(t.text) || QUOTE.has(t.text)) return false;
    if (isVerbish(t.pos)) return k > i && t.shape !== 'p';
    if (t.pos === 'ADP' && t.lower !== 'of') return false;
  }
  return false;
}

/** A trailing attribution after index i: an optional short noun phrase then a reporting verb. */
function attributionAt(toks: Token[], i: number, end: number): boolean {
  for (let k = i; k < end && k < i + 10; k++) {
    const t = toks[k]!;
    if (REPORTING.has(t.lower)) {
      // trailing only: after the verb at most a short time or place phrase, no verb, no "that"
      // (up to the next comma: "…,” he said, adding that…" is still a trailing attribution)
      for (let j = k + 1; j < end && toks[j]!.text !== ','; j++) if (isVerbish(toks[j]!.pos) || toks[j]!.lower === 'that') return false;
      return true;
    }
    if (isVerbish(t.pos) || t.text === ',' || HARD_BREAK.has(t.text)) return false;
  }
  return false;
}

export function segmentSentence(tokens: Token[], s: Sentence): ClauseMap {
  const n = s.t1 - s.t0;
  const of: number[] = new Array<number>(n).fill(-1); // a typed array costs a runtime call per sentence
  const clauses: Clause[] = [];
  const open = (kind: ClauseKind, at: number) => {
    clauses.push({ id: clauses.length, kind, t0: at, t1: at });
    return clauses.length - 1;
  };
  let cur = open('main', s.t0);
  const stack: number[] = [];
  let lastComma = -1;
  let verbSinceComma = false;
  for (let i = s.t0; i < s.t1; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const inSentence = i + 1 < s.t1;
    if (t.text === '(' || t.text === '[') {
      stack.push(cur);
      cur = open('appositive', i + 1);
      continue;
    }
    if ((t.text === ')' || t.text === ']') && stack.length) {
      cur = stack.pop()!;
      continue;
    }
    if (HARD_BREAK.has(t.text)) {
      stack.length = 0;
      cur = open('main', i + 1);
      lastComma = -1;
      continue;
    }
    if (t.text === ',') of[i - s.t0] = cur; // a comma belongs to the clause it closes or continues
    if ((t.text === ',' || QUOTE.has(t.text)) && inSentence) {
      const nl = next!.lower;
      if (t.text === ',' && verbSinceComma && !stack.length && newSubjectClauseAt(tokens, i + 1, s.t1)) {
        cur = open('main', i + 1);
      } else if (t.text === ',' && RELATIVE.has(nl)) {
        stack.push(cur);
        cur = open('relative', i + 1);
      } else if (t.text === ',' && (nl === 'saying' || nl === 'adding' || nl === 'according')) {
        cur = open('attribution', i + 1);
      } else if (t.text === ',' && SUBORDINATOR.has(nl)) {
        stack.push(cur);
        cur = open('subordinate', i + 1);
      } else if (attributionAt(tokens, i + 1, s.t1)) {
        stack.length = 0;
        cur = open('attribution', i + 1);
      } else if (t.text === ',' && verbGroupAt(tokens, i + 1, s.t1)) {
        if (stack.length && clauses[cur]!.kind !== 'main') {
          cur = stack.pop()!; // ", who was elected in May, attacked" → back to the main clause
        } else if (lastComma >= 0 && (!verbSinceComma || participleAt(tokens, lastComma + 1))) {
          // (also a participle phrase: "Kenya, backed by the United States, sent troops")
          const app = open('appositive', lastComma + 1); // ", the secretary of X," → appositive
          for (let k = lastComma + 1; k < i; k++) if (of[k - s.t0] === cur && tokens[k]!.text !== ',') of[k - s.t0] = app;
          clauses[app]!.t1 = i;
        }
      }
      if (t.text === ',') {
        lastComma = i;
        verbSinceComma = false;
        continue;
      }
    } else if (t.lower === 'as' && i > s.t0 && !/^(such|well|same|so)$/.test(tokens[i - 1]!.lower) && next && next.pos !== 'ADV' && tokens[i + 2]?.lower !== 'as' && tokens[i + 3]?.lower !== 'as' && subjectThenVerb(tokens, i + 1, s.t1)) {
      // "seize heroin as Afghan refugees flee north": "as" + subject + verb opens a clause
      stack.push(cur);
      cur = open('subordinate', i);
    } else if (BARE_SUBORDINATOR.has(t.lower) || (t.lower === 'according' && next?.lower === 'to')) {
      stack.push(cur);
      cur = open(t.lower === 'according' ? 'attribution' : 'subordinate', i);
    } else if ((t.lower === 'who' || t.lower === 'which') && i > s.t0 && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN') && next && isVerbish(next.pos)) {
      // "lawmakers who criticise Beijing": a restrictive relative clause
      stack.push(cur);
      cur = open('relative', i);
    } else if (t.lower === 'that' && i > s.t0) {
      const prev = tokens[i - 1]!;
      stack.push(cur);
      cur = open(prev.pos === 'NOUN' ? 'relative' : 'complement', i);
    }
    if (isVerbish(t.pos)) verbSinceComma = true;
    of[i - s.t0] = cur;
    const c = clauses[cur]!;
    if (c.t1 <= c.t0 || i < c.t0) c.t0 = Math.min(c.t0, i);
    c.t1 = Math.max(c.t1, i + 1);
  }
  return { sentence: s, of, clauses };
}

export const clauseOf = (m: ClauseMap, tokenIndex: number) => m.of[tokenIndex - m.sentence.t0] ?? -1;

/** A past participle opening a set-off phrase: "backed by X", "angered by the vote". */
function participleAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.pos === 'VERB' && /(ed|en|wn)$/.test(t.lower) && /^(by|in|with|over|after)$/.test(tokens[k + 1]?.lower ?? '');
}
