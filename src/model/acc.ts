/** Accumulators for featurise.ts: weight-row sums (inference) and id lists (tests). */
import type { Acc } from './featurise.js';

/**
 * Integer sums of packed int16 weight rows (S = layers * T values per row) for the columns
 * [from, from + width) of each row: out[i * width + t]. Sums of int16 are exact, so their order
 * never changes a score.
 */
export class SumAcc implements Acc {
  readonly out: Int32Array;
  private at = 0;
  /** out: n * width zeros, or a given buffer (zeroed by the caller) that all tokens written continue into */
  constructor(n: number, private readonly W: Int16Array, private readonly S: number, private readonly from: number, private readonly width: number, out?: Int32Array) {
    this.out = out ?? new Int32Array(n * width);
  }
  row(id: number): void {
    const { out, W, width } = this;
    const o = this.at;
    const r = id * this.S + this.from;
    for (let t = 0; t < width; t++) out[o + t] += W[r + t]!;
  }
  group(data: Int32Array, sumAt: number): void {
    const { out, width } = this;
    const o = this.at;
    const r = sumAt + this.from;
    for (let t = 0; t < width; t++) out[o + t] += data[r + t]!;
  }
  next(): void {
    this.at += this.width;
  }
}

/** Collects each token's feature ids (in no particular order). */
export class IdAcc implements Acc {
  readonly out: number[][] = [];
  private cur: number[] = [];
  row(id: number): void { this.cur.push(id); }
  group(data: Int32Array, _sumAt: number, idFrom: number, idTo: number): void {
    for (let k = idFrom; k < idTo; k++) this.cur.push(data[k]!);
  }
  next(): void { this.out.push(this.cur); this.cur = []; }
}
