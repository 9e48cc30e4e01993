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
  info?: EntityInfo;
}

/** Knowledge candidates at or above this score are sure of their type. */
const SURE = 0.8;

/** Knowledge sources carry info worth keeping whatever proposer wins the span. */
export const hasKnowledge = (o: { info?: EntityInfo }) => !!o.info && (o.info.ref !== undefined || o.info.role !== undefined || o.info.sector !== undefined);

/** Fills the fields a lacks from b (a's own values win). */
export function mergeInfo(a: EntityInfo | undefined, b: EntityInfo | undefined): EntityInfo | undefined {
  if (!b) return a;
  if (!a) return { ...b };
  const out: EntityInfo = { ...a };
  for (const [k, v] of Object.entries(b) as Array<[keyof EntityInfo, never]>) if (out[k] === undefined) out[k] = v;
  return out;
}

/** The option of a span only one candidate proposes (what the general case gives for it). */
function single(c: Candidate): Option {
  const o: Option = { t0: c.t0, t1: c.t1, start: c.start, end: c.end, type: c.type, rule: c.source, sources: [c.source], score: c.score + 0.05 * 0 };
  if (c.info) o.info = { ...c.info };
  return o;
}

/**
 * Groups candidates by exact span. The best-scoring candidate gives type and rule; the others
 * of the same type add their sources and fill in knowledge info (so a model candidate on a
 * gazetteer span keeps the gazetteer's country and sector). Agreement of several sources adds
 * a small bonus.
 */
export function groupBySpan(cands: Candidate[]): Option[] {
  const bySpan = new Map<number, Candidate[]>();
  // one small-integer key per span: t0 * (largest t1 + 1) + t1
  let width = 1;
  for (const c of cands) if (c.t1 >= width) width = c.t1 + 1;
  for (const c of cands) {
    const key = c.t0 * width + c.t1;
    const list = bySpan.get(key);
    if (list) list.push(c); else bySpan.set(key, [c]);
  }
  const out: Option[] = [];
  for (const list of bySpan.values()) {
    if (list.length === 1) {
      out.push(single(list[0]!));
      continue;
    }
    list.sort((a, b) => b.score - a.score || (hasKnowledge(b) ? 1 : 0) - (hasKnowledge(a) ? 1 : 0));
    // sure knowledge (a country, an ontology organisation) fixes the type of its span; a model
    // proposing the same span with another type still counts as agreeing on the span
    const sure = list.find((c) => c.info?.ref !== undefined && c.score >= SURE);
    const top = sure ?? list[0]!;
    const agree = sure ? list : list.filter((c) => c.type === top.type);
    let info: EntityInfo | undefined;
    // knowledge infos first (highest score first), then the rest
    for (const c of [...agree.filter(hasKnowledge), ...agree.filter((c) => !hasKnowledge(c))]) if (c.type === top.type) info = mergeInfo(info, c.info);
    const sources = [...new Set(agree.map((c) => c.source))];
    const best = Math.max(...list.map((c) => c.score));
    const o: Option = { t0: top.t0, t1: top.t1, start: top.start, end: top.end, type: top.type, rule: top.source, sources, score: best + 0.05 * (sources.length - 1) };
    if (info) o.info = info;
    out.push(o);
  }
  return out;
}
