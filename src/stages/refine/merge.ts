import type { Candidate, EntityInfo, EntityType } from '../../types.js';

/** All candidates proposed for one token span, merged. */
export interface Option {
  t0: number;
  t1: number;
  start: number;
  end: number;
  type: EntityType;
  /** the source of the best candidate: the entity's rule */
  rule: string;
  sources: string[];
  score: number;
  /** always present (undefined when none), so every option has one shape */
  info: EntityInfo | undefined;
}

/** Knowledge candidates at or above this score are sure of their type. */
const SURE = 0.8;

/** Knowledge sources carry info worth keeping whatever proposer wins the span. */
export const hasKnowledge = (o: { info?: EntityInfo }) => !!o.info && (o.info.ref !== undefined || o.info.role !== undefined || o.info.sector !== undefined);

/**
 * Fills the fields a lacks from b (a's own values win). Infos are never changed once made, so
 * when b adds nothing the result is a itself (a copy made by spreading has another hidden class,
 * which the many readers of infos would have to meet too).
 */
export function mergeInfo(a: EntityInfo | undefined, b: EntityInfo | undefined): EntityInfo | undefined {
  if (!b) return a;
  if (!a) return b;
  let adds = false;
  for (const k in b) if (a[k as keyof EntityInfo] === undefined && b[k as keyof EntityInfo] !== undefined) { adds = true; break; }
  if (!adds) return a;
  const out: EntityInfo = { ...a };
  for (const [k, v] of Object.entries(b) as Array<[keyof EntityInfo, never]>) if (out[k] === undefined) out[k] = v;
  return out;
}

/** The option of a span only one candidate proposes (what the general case gives for it). */
function single(c: Candidate): Option {
  return { t0: c.t0, t1: c.t1, start: c.start, end: c.end, type: c.type, rule: c.source, sources: [c.source], score: c.score + 0.05 * 0, info: c.info };
}

/** Best candidate first: higher score, then knowledge; equal ones keep their order (a stable sort). */
const byStrength = (a: Candidate, b: Candidate) => b.score - a.score || (hasKnowledge(b) ? 1 : 0) - (hasKnowledge(a) ? 1 : 0);

/**
 * Groups candidates by exact span. The best-scoring candidate gives type and rule; the others
 * of the same type add their sources and fill in knowledge info (so a model candidate on a
 * gazetteer span keeps the gazetteer's country and sector). Agreement of several sources adds
 * a small bonus.
 */
export function groupBySpan(cands: Candidate[]): Option[] {
  // one small-integer key per span: t0 * (largest t1 + 1) + t1; a span's first candidate is kept
  // alone until a second one comes (most spans have one)
  const bySpan = new Map<number, Candidate | Candidate[]>();
  let width = 1;
  for (let i = 0; i < cands.length; i++) if (cands[i]!.t1 >= width) width = cands[i]!.t1 + 1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const key = c.t0 * width + c.t1;
    const had = bySpan.get(key);
    if (had === undefined) bySpan.set(key, c);
    else if (Array.isArray(had)) had.push(c);
    else bySpan.set(key, [had, c]);
  }
  const out: Option[] = [];
  for (const group of bySpan.values()) out.push(Array.isArray(group) ? merged(group) : single(group));
  return out;
}

/** The option of a span several candidates propose. */
function merged(list: Candidate[]): Option {
  if (list.length === 2) {
    if (byStrength(list[0]!, list[1]!) > 0) list.reverse();
  } else {
    list.sort(byStrength);
  }
  // sure knowledge (a country, an ontology organisation) fixes the type of its span; a model
  // proposing the same span with another type still counts as agreeing on the span
  const sure = list.find((c) => c.info?.ref !== undefined && c.score >= SURE);
  const top = sure ?? list[0]!;
  const agree = sure ? list : list.filter((c) => c.type === top.type);
  let info: EntityInfo | undefined;
  // knowledge infos first (highest score first), then the rest
  for (const c of agree) if (c.type === top.type && hasKnowledge(c)) info = mergeInfo(info, c.info);
  for (const c of agree) if (c.type === top.type && !hasKnowledge(c)) info = mergeInfo(info, c.info);
  const sources: string[] = [];
  for (const c of agree) if (!sources.includes(c.source)) sources.push(c.source);
  // sorted by score first: the first candidate has the best score
  return { t0: top.t0, t1: top.t1, start: top.start, end: top.end, type: top.type, rule: top.source, sources, score: list[0]!.score + 0.05 * (sources.length - 1), info };
}
