/**
 * An entity's knowledge info (EntityInfo) read in one place. Infos come from many proposers,
 * each writing its own fields in its own order (so a dozen hidden classes, which the JSON dumps
 * keep); every site reading them directly met the classes one by one over a long run and was
 * recompiled each time. Here one small function reads an info once into a record of one shape,
 * kept as long as the info lives (infos are never changed once made).
 */
import type { ActorKind, Entity, EntityInfo } from '../types.js';

export interface Facts {
  country: string | null | undefined;
  sector: string | null | undefined;
  kind: ActorKind | undefined;
  canonical: string | undefined;
  code: string | undefined;
  ref: string | undefined;
  metonym: boolean | undefined;
  role: string | undefined;
  gender: 'm' | 'f' | undefined;
}

const read = (i: EntityInfo): Facts => ({
  country: i.country, sector: i.sector, kind: i.kind, canonical: i.canonical, code: i.code,
  ref: i.ref, metonym: i.metonym, role: i.role, gender: i.gender,
});

/** the facts of an entity without info: every field undefined */
export const NO_FACTS: Readonly<Facts> = read({});

const memo = new WeakMap<EntityInfo, Facts>();

/** The facts of an info (NO_FACTS for none). */
export function factsOf(info: EntityInfo | undefined): Readonly<Facts> {
  if (!info) return NO_FACTS;
  let f = memo.get(info);
  if (!f) memo.set(info, (f = read(info)));
  return f;
}

/** The facts of an entity's info (NO_FACTS when it has none or there is no entity). */
export const facts = (e: Entity | null | undefined): Readonly<Facts> => factsOf(e?.info);
