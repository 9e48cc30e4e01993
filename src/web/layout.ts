/** A small force-directed layout (n ≤ a few hundred nodes): repulsion, springs on edges, gravity. */
export interface XY { x: number; y: number }

export function forceLayout(ids: string[], edges: Array<{ source: string; target: string; weight: number }>, iterations = 250): Map<string, XY> {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    x[i] = Math.cos(a) * 10;
    y[i] = Math.sin(a) * 10;
  }
  const springs = edges.map((e) => [index.get(e.source)!, index.get(e.target)!, Math.log1p(e.weight)] as const).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const step = 1 - it / iterations;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ux = x[i]! - x[j]!, uy = y[i]! - y[j]!;
        const d2 = Math.max(0.01, ux * ux + uy * uy);
        const f = 20 / d2;
        dx[i]! += ux * f; dy[i]! += uy * f; dx[j]! -= ux * f; dy[j]! -= uy * f;
      }
      dx[i]! -= x[i]! * 0.02;
      dy[i]! -= y[i]! * 0.02;
    }
    for (const [a, b, w] of springs) {
      const ux = x[b]! - x[a]!, uy = y[b]! - y[a]!;
      const d = Math.sqrt(ux * ux + uy * uy) || 0.01;
      const f = (0.05 + 0.05 * w) * (d - 3) / d;
      dx[a]! += ux * f; dy[a]! += uy * f; dx[b]! -= ux * f; dy[b]! -= uy * f;
    }
    for (let i = 0; i < n; i++) {
      const len = Math.sqrt(dx[i]! ** 2 + dy[i]! ** 2) || 1;
      const cap = Math.min(len, 2 * step + 0.05);
      x[i]! += (dx[i]! / len) * cap;
      y[i]! += (dy[i]! / len) * cap;
    }
  }
  return new Map(ids.map((id, i) => [id, { x: x[i]!, y: y[i]! }]));
}
