const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** An ISO day (YYYY-MM-DD) from an ISO timestamp, an RFC 822 date or similar; undefined if unparseable. */
export function toDay(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const s = value.trim();
  const iso = ISO_DAY.exec(s);
  if (iso) {
    const [, y, m, d] = iso;
    const t = new Date(Date.UTC(+y!, +m! - 1, +d!));
    return t.getUTCMonth() === +m! - 1 && t.getUTCDate() === +d! ? `${y}-${m}-${d}` : undefined;
  }
  const t = new Date(s);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString().slice(0, 10);
}
