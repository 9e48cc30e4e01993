import type { ThemeHit } from '../../types.js';

/**
 * The document's contexts from its hits. A context is kept when it has at least one strong hit
 * (weight 2), or weak hits (weight 1) from two different terms; kept contexts are ranked by
 * total weight, then by first appearance.
 */
export function rankContexts(hits: ThemeHit[]): string[] {
  const stats = new Map<string, { weight: number; strong: number; weakTerms: Set<string>; first: number }>();
  for (const h of hits) {
    let s = stats.get(h.context);
    if (!s) stats.set(h.context, (s = { weight: 0, strong: 0, weakTerms: new Set(), first: h.start }));
    const w = h.weight ?? 2;
    s.weight += w;
    if (w >= 2) s.strong++;
    else s.weakTerms.add(h.rule);
  }
  const kept = [...stats.entries()]
    .filter(([, s]) => s.strong > 0 || s.weakTerms.size >= 2)
    .sort((a, b) => b[1].weight - a[1].weight || a[1].first - b[1].first);
  // pushed into a literal (not .map, whose empty result has small-integer elements): every
  // doc.contexts then has the same elements kind, so readers of it stay monomorphic
  const out: string[] = [];
  for (const [id] of kept) out.push(id);
  return out;
}
