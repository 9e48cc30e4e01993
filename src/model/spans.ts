/** A labelled token span [t0, t1) within one sentence. */
export interface TagSpan {
  type: string;
  t0: number;
  t1: number;
}

/** IOB2 (or IOB1-tolerant) tags → spans. */
export function spansOf(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let cur: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.slice(2);
    if (cur && (prefix !== 'I' || type !== cur.type)) { spans.push(cur); cur = null; }
    if (prefix === 'B' || (prefix === 'I' && !cur)) cur = { type, t0: i, t1: i + 1 };
    else if (prefix === 'I' && cur) cur.t1 = i + 1;
  });
  if (cur) spans.push(cur);
  return spans;
}
