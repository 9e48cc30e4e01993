import { composePipeline } from '../../pipeline.js';
import type { Actor, ActorKind, Doc, EntityType } from '../../types.js';
import { tokensStage } from '../tokens/index.js';

/** Test helper: a tokenised Doc to which tests add hand-made entities and actors. */
export function tokenised(text: string): Doc {
  return composePipeline([tokensStage]).run({ text });
}

/** Adds an actor and an entity for the nth occurrence of `surface`, pointing at it. */
export function addEntity(doc: Doc, surface: string, type: EntityType, actor: { id: string; name?: string; kind?: ActorKind; roles?: string[] }, nth = 0): void {
  let at = -1;
  for (let n = 0; n <= nth; n++) at = doc.text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`"${surface}" not in text`);
  const end = at + surface.length;
  const t0 = doc.tokens.findIndex((t) => t.start >= at);
  let t1 = t0;
  while (t1 < doc.tokens.length && doc.tokens[t1]!.end <= end) t1++;
  const id = `e${doc.entities.length + 1}`;
  doc.entities.push({ id, type, text: surface, start: at, end, t0, t1, rule: 'test', sources: ['test'], actor: actor.id });
  let a: Actor | undefined = doc.actors.find((x) => x.id === actor.id);
  if (!a) {
    a = { id: actor.id, name: actor.name ?? surface, kind: actor.kind ?? (type === 'PERSON' ? 'person' : 'organization'), country: null, sector: null, roles: actor.roles ?? [], code: null, mentions: [], rule: 'test' };
    doc.actors.push(a);
  }
  a.mentions.push(id);
  doc.entities.sort((x, y) => x.start - y.start);
}

/** The text of quote i's speaker span, or null. */
export const spanText = (doc: Doc, i: number): string | null => {
  const s = doc.quotes[i]!.speakerSpan;
  return s ? doc.text.slice(s.start, s.end) : null;
};
