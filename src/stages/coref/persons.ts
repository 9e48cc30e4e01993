/**
 * Person salience, for resolving pronoun speakers ("he said") in the quotes stage.
 *
 * Contract: call after the coref stage (entities carry `actor`). Offsets are doc.text indices.
 * `personsBefore` lists person actors mentioned before an offset, most recent first, looking
 * back over at most `maxParagraphs` paragraphs (the offset's own included); each comes with
 * whether that mention is a speaker (next to a speech verb: "Peskov said", "said Peskov") and
 * the actor's gender when an honorific or role word showed it ("Mr", "spokeswoman").
 * `salientPersonBefore` picks one: the most recent speaker in the window if `preferSpeakers`,
 * else the most recent person, skipping persons whose known gender contradicts `gender`.
 * Pronoun mentions the quotes stage records in doc.mentions count as mentions too.
 */
import type { Doc, Entity, Mention } from '../../types.js';
import { nameCues } from '../../knowledge/index.js';
import { facts } from '../../util/facts.js';

export interface PersonBefore {
  actor: string;
  /** the entity or mention */
  start: number;
  end: number;
  speaker: boolean;
  gender: 'm' | 'f' | null;
}

/** The gender an actor's mentions reveal ("Mr Putin", "spokeswoman Ana Roe"), or null. */
export function actorGender(doc: Doc, actorId: string): 'm' | 'f' | null {
  for (const e of doc.entities) if (e.actor === actorId && facts(e).gender) return facts(e).gender!;
  return null;
}

function isSpeaker(doc: Doc, e: Entity | Mention): boolean {
  const verbs = nameCues().personVerbs;
  const toks = doc.tokens;
  const first = toks.findIndex((t) => t.start >= e.start);
  let last = first;
  while (last + 1 < toks.length && toks[last + 1]!.end <= e.end) last++;
  const next = toks[last + 1];
  const prev = toks[first - 1];
  return (!!next && verbs.has(next.lower)) || (!!prev && verbs.has(prev.lower));
}

/** Person actors mentioned before `offset`, most recent first (see the module comment). */
export function personsBefore(doc: Doc, offset: number, opts: { maxParagraphs?: number } = {}): PersonBefore[] {
  const maxParagraphs = opts.maxParagraphs ?? 2;
  const para = doc.paragraphs.find((p) => p.end >= offset) ?? doc.paragraphs[doc.paragraphs.length - 1];
  const from = para ? doc.paragraphs[Math.max(0, para.i - maxParagraphs + 1)]!.start : 0;
  const persons = new Set(doc.actors.filter((a) => a.kind === 'person').map((a) => a.id));
  const items: Array<Entity | Mention> = [
    ...doc.entities.filter((e) => e.actor && persons.has(e.actor)),
    ...doc.mentions.filter((m) => persons.has(m.actor)),
  ].filter((x) => x.end <= offset && x.start >= from);
  items.sort((a, b) => b.start - a.start);
  const gender = new Map<string, 'm' | 'f' | null>();
  return items.map((x) => {
    const actor = x.actor!;
    if (!gender.has(actor)) gender.set(actor, actorGender(doc, actor));
    return { actor, start: x.start, end: x.end, speaker: isSpeaker(doc, x), gender: gender.get(actor)! };
  });
}

/** The most salient person actor before `offset`, or null (see the module comment). */
export function salientPersonBefore(
  doc: Doc,
  offset: number,
  opts: { gender?: 'm' | 'f'; preferSpeakers?: boolean; maxParagraphs?: number } = {},
): string | null {
  const list = personsBefore(doc, offset, opts).filter((p) => !opts.gender || !p.gender || p.gender === opts.gender);
  if (opts.preferSpeakers) {
    const speaker = list.find((p) => p.speaker);
    if (speaker) return speaker.actor;
  }
  return list[0]?.actor ?? null;
}
