import type { Stage } from '../../pipeline.js';
import type { DateMention } from '../../types.js';
import { parseMemo } from './chrono.js';
import { clustersOf } from './clusters.js';
import { fastParse } from './fast.js';
import { rejectReason } from './filters.js';
import { isoDay, referenceDay, toLocalNoon } from './reference.js';
import { refine } from './refine.js';
import { datedWindows } from './trigger.js';
import { findYears } from './years.js';

/**
 * Dates: chrono-node over small windows around date-like tokens (trigger.ts), news false
 * positives filtered out (filters.ts), then the backward refiner (refine.ts) against the publication date; bare years from tokens.
 * Times of day are not kept; a range keeps its start.
 */
export const datesStage: Stage = {
  name: 'dates',
  needs: ['sentences', 'tokens'],
  provides: ['dates'],
  run(doc, ctx) {
    const ref = referenceDay(doc, ctx);
    const refDate = toLocalNoon(ref);
    const refKey = isoDay(ref);
    const text = doc.text;
    const caseless = !/\p{Lu}/u.test(text);
    const out: DateMention[] = [];
    for (const s of doc.sentences) {
      const found: DateMention[] = [];
      for (const [t0, t1] of datedWindows(doc.tokens, s, caseless)) {
        for (const c of clustersOf(doc.tokens, t0, t1, text)) {
          const base = c.start - c.pad;
          const raws = fastParse(doc.tokens, c.a, c.b, c.text, base, refDate) ?? parseMemo(c.text, base, refDate, refKey);
          for (const raw of raws) {
            if (rejectReason(raw, text, caseless) === null) found.push(refine(raw, text, ref));
          }
        }
      }
      for (const y of findYears(doc.tokens, s)) {
        if (!found.some((f) => f.start < y.end && y.start < f.end)) found.push(y);
      }
      out.push(...found);
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    doc.dates = [];
    for (const d of out) {
      const last = doc.dates[doc.dates.length - 1];
      if (last && d.start < last.end) continue; // "last year" inside "January last year"
      d.text = text.slice(d.start, d.end);
      doc.dates.push(d);
    }
  },
};
