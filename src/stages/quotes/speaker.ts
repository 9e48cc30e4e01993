import type { Actor, Doc, Entity, Mention } from '../../types.js';
import type { QuoteContext } from './context.js';
import { headOf, type TokRange } from './np.js';
import { HONORIFICS, POSSESSIVES, SPEAKER_PRONOUNS } from './words.js';

/** One attribution in text order (of a quote or of reported speech), to be resolved to an actor. */
export interface Said {
  speaker: TokRange;
  /** paragraph index */
  para: number;
  actor: string | null;
}

type Gender = 'm' | 'f';
const FEMALE_HON = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady']);
const MALE_HON = new Set(['mr', 'mr.', 'sir', 'lord']);

/**
 * Resolves speaker phrases to actors in text order: a named entity at the head of the phrase,
 * a role noun to the actor holding that role, a pronoun to the previous speaker or the most
 * recent person that agrees with it. Resolved pronouns become doc.mentions.
 */
export class SpeakerResolver {
  private readonly entityAt: Int32Array;
  private readonly actors = new Map<string, Actor>();
  private readonly gender = new Map<string, Gender>();
  private readonly history: Said[] = [];
  /** entities outside quotes in text order, and how far we have read them */
  private readonly seen: Entity[];
  private cursor = 0;
  private readonly recent: string[] = [];

  constructor(private readonly ctx: QuoteContext) {
    const doc = ctx.doc;
    this.entityAt = new Int32Array(doc.tokens.length).fill(-1);
    doc.entities.forEach((e, i) => {
      for (let t = e.t0; t < e.t1 && t < this.entityAt.length; t++) this.entityAt[t] = i;
    });
    for (const a of doc.actors) this.actors.set(a.id, a);
    for (const e of doc.entities) {
      if (!e.actor) continue;
      const first = doc.tokens[e.t0]?.lower ?? '';
      const prev = doc.tokens[e.t0 - 1]?.lower ?? '';
      const hon = HONORIFICS.has(first) ? first : prev;
      if (MALE_HON.has(hon)) this.gender.set(e.actor, 'm');
      if (FEMALE_HON.has(hon)) this.gender.set(e.actor, 'f');
    }
    this.seen = doc.entities.filter((e) => e.actor && ctx.quoteOf[e.t0]! < 0).sort((a, b) => a.start - b.start);
  }

  /** Resolves one speaker phrase; call in text order. */
  resolve(speaker: TokRange, para: number, doc: Doc): { actor: string | null; rule: string } {
    this.advance(speaker.t0);
    const toks = this.ctx.tokens;
    const head = toks[headOf(speaker)]!;
    let out: { actor: string | null; rule: string };
    const word = POSSESSIVES[head.lower] ?? head.lower;
    const pron = speaker.t1 - speaker.t0 === 1 ? SPEAKER_PRONOUNS[word] : undefined;
    if (pron) {
      out = (word === 'it' ? this.sentenceSubject(speaker.t0) : null) ?? this.pronoun(word, para);
      if (out.actor) {
        if (pron.gender) this.gender.set(out.actor, pron.gender);
        addMention(doc, { text: head.text, start: head.start, end: head.end, actor: out.actor, rule: out.rule });
      }
    } else out = this.phrase(speaker);
    this.history.push({ speaker, para, actor: out.actor });
    return out;
  }

  /** Records a speaker taken over from an earlier attribution (continuation paragraphs). */
  repeat(said: Said, para: number): void {
    this.history.push({ speaker: said.speaker, para, actor: said.actor });
  }

  private phrase(span: TokRange): { actor: string | null; rule: string } {
    const doc = this.ctx.doc;
    const h = headOf(span);
    const headEnt = this.entityAt[h]!;
    if (headEnt >= 0 && doc.entities[headEnt]!.actor) return { actor: doc.entities[headEnt]!.actor!, rule: 'speaker.entity' };
    // appositive: "Dmitry Peskov, the Kremlin spokesman, said" — the name just before the comma
    const toks = this.ctx.tokens;
    if (toks[span.t0 - 1]?.text === ',') {
      const e = this.entityAt[span.t0 - 2] ?? -1;
      if (e >= 0 && doc.entities[e]!.type === 'PERSON' && doc.entities[e]!.actor) return { actor: doc.entities[e]!.actor!, rule: 'speaker.appositive' };
    }
    // "said the agency's country director, Tom Hale": the name just after the comma
    if (toks[span.t1]?.text === ',') {
      const e = this.entityAt[span.t1 + 1] ?? -1;
      if (e >= 0 && doc.entities[e]!.t0 === span.t1 + 1 && doc.entities[e]!.type === 'PERSON' && doc.entities[e]!.actor) return { actor: doc.entities[e]!.actor!, rule: 'speaker.appositive-after' };
    }
    const head = toks[h]!;
    // "Bush's Facebook post", "the Kremlin's spokesman": the possessor speaks when the head is no role
    for (let t = h - 1; t > span.t0; t--) {
      if (toks[t]!.lower !== "'s" && toks[t]!.lower !== '’s') continue;
      const e = this.entityAt[t - 1]!;
      const roleHolder = this.byRole(head.lower);
      if (roleHolder) return { actor: roleHolder, rule: 'speaker.role' };
      if (e >= 0 && doc.entities[e]!.actor) return { actor: doc.entities[e]!.actor!, rule: 'speaker.possessor' };
      break;
    }
    if (head.pos === 'NOUN' || head.shape === 'x') {
      const holder = this.byRole(head.lower);
      if (holder) return { actor: holder, rule: 'speaker.role' };
      // "a spokeswoman for the African Union": an unnamed role speaks for the organisation after "for"/"of"
      const org = this.affiliation(h);
      return org ? { actor: org, rule: 'speaker.affiliation' } : { actor: null, rule: 'speaker.role-unresolved' };
    }
    for (let t = h; t >= span.t0; t--) {
      const e = this.entityAt[t]!;
      if (e >= 0 && doc.entities[e]!.actor) return { actor: doc.entities[e]!.actor!, rule: 'speaker.entity-in-phrase' };
    }
    return { actor: null, rule: 'speaker.unresolved' };
  }

  /** The actor of the named organisation or country right after "<role> for/of/at" (a few words on, no verb between). */
  private affiliation(h: number): string | null {
    const toks = this.ctx.tokens;
    if (!/^(for|of|at)$/.test(toks[h + 1]?.lower ?? '')) return null;
    const doc = this.ctx.doc;
    for (let t = h + 2; t < toks.length && t < h + 7; t++) {
      const e = this.entityAt[t]!;
      if (e >= 0) {
        const ent = doc.entities[e]!;
        const a = ent.actor ? this.actors.get(ent.actor) : undefined;
        return a && a.kind !== 'person' ? a.id : null;
      }
      if (toks[t]!.pos === 'VERB' || toks[t]!.pos === 'AUX' || toks[t]!.text === ',' || this.ctx.quoteOf[t]! >= 0) return null;
    }
    return null;
  }

  /** The actor holding a role ("spokesman"), the most recently mentioned first. */
  private byRole(role: string): string | null {
    const holds = (a: Actor | undefined) => !!a && a.roles.some((r) => r.toLowerCase() === role || r.toLowerCase().endsWith(' ' + role));
    for (let i = this.recent.length - 1; i >= 0; i--) if (holds(this.actors.get(this.recent[i]!))) return this.recent[i]!;
    for (const a of this.actors.values()) if (holds(a)) return a.id;
    return null;
  }

  private agrees(actorId: string, pronoun: string): boolean {
    const a = this.actors.get(actorId);
    if (!a) return false;
    const p = SPEAKER_PRONOUNS[pronoun]!;
    if (pronoun === 'he' || pronoun === 'she') return a.kind === 'person' && this.gender.get(actorId) !== (p.gender === 'm' ? 'f' : 'm');
    if (pronoun === 'it') return a.kind !== 'person';
    return true;
  }

  /**
   * "Manila summoned China's envoy to protest what it called …": "it" in the sentence of its
   * subject is that subject, the sentence's first non-person actor when nothing but modifiers
   * precede it ("Manila", "The foreign ministry"), not the actor named last.
   */
  private sentenceSubject(at: number): { actor: string; rule: string } | null {
    const toks = this.ctx.tokens;
    const sent = this.ctx.doc.sentences[toks[at]!.sent]!;
    for (let k = sent.t0; k < at; k++) {
      const t = toks[k]!;
      const e = this.entityAt[k]!;
      if (e >= 0) {
        const ent = this.ctx.doc.entities[e]!;
        const a = ent.actor ? this.actors.get(ent.actor) : undefined;
        if (!a || a.kind === 'person' || toks[ent.t1]?.lower === "'s" || toks[ent.t1]?.lower === '’s') return null;
        return { actor: a.id, rule: 'quotes.pronoun.sentence-subject' };
      }
      if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN') return null;
    }
    return null;
  }

  private pronoun(p: string, para: number): { actor: string | null; rule: string } {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i]!;
      if (h.para < para - 1) break;
      if (h.actor && this.agrees(h.actor, p)) return { actor: h.actor, rule: 'quotes.pronoun.previous-speaker' };
    }
    if (p === 'he' || p === 'she' || p === 'it') {
      for (let i = this.recent.length - 1; i >= 0; i--) {
        if (this.agrees(this.recent[i]!, p)) return { actor: this.recent[i]!, rule: 'quotes.pronoun.recent-' + (p === 'it' ? 'actor' : 'person') };
      }
    }
    return { actor: null, rule: 'quotes.pronoun.unresolved' };
  }

  /** Reads entities up to token t, keeping actors ordered by their latest mention. */
  private advance(t: number): void {
    while (this.cursor < this.seen.length && this.seen[this.cursor]!.t0 < t) {
      const id = this.seen[this.cursor++]!.actor!;
      const at = this.recent.indexOf(id);
      if (at >= 0) this.recent.splice(at, 1);
      this.recent.push(id);
    }
  }
}

function addMention(doc: Doc, m: Omit<Mention, 'id'>): void {
  if (doc.mentions.some((x) => x.start === m.start && x.end === m.end)) return;
  let n = doc.mentions.length;
  for (const x of doc.mentions) n = Math.max(n, Number(x.id.slice(1)) || 0);
  // a literal, not a spread: the same hidden class as the mentions the actors stage makes
  doc.mentions.push({ id: `m${n + 1}`, text: m.text, start: m.start, end: m.end, actor: m.actor, rule: m.rule });
}
