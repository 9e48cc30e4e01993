/** Exact-span precision, recall and F1 per entity type. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export class SpanScorer {
  readonly counts = new Map<string, Counts>();
  constructor(readonly types: readonly string[]) {
    for (const t of types) this.counts.set(t, { tp: 0, fp: 0, fn: 0 });
  }

  /** Adds one unit (a sentence or a document) of gold and predicted spans, keyed by "start:end". */
  add(gold: ReadonlyArray<{ type: string; key: string }>, pred: ReadonlyArray<{ type: string; key: string }>): void {
    const g = new Set(gold.filter((s) => this.counts.has(s.type)).map((s) => `${s.type}@${s.key}`));
    const p = new Set(pred.filter((s) => this.counts.has(s.type)).map((s) => `${s.type}@${s.key}`));
    for (const k of p) this.bump(k, g.has(k) ? 'tp' : 'fp');
    for (const k of g) if (!p.has(k)) this.bump(k, 'fn');
  }

  private bump(k: string, field: keyof Counts): void {
    this.counts.get(k.slice(0, k.indexOf('@')))![field]++;
  }

  /** Scores for one type, or overall (micro-averaged) when type is omitted. */
  score(type?: string): Prf {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const [t, v] of this.counts) {
      if (type && t !== type) continue;
      c.tp += v.tp; c.fp += v.fp; c.fn += v.fn;
    }
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    return { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
}
