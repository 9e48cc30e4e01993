/** Test helpers: a Doc with tokens and hand-made entities, as the entity stages would leave it. */
import { composePipeline, type Stage } from '../../pipeline.js';
import type { Doc, Entity, EntityInfo, EntityType } from '../../types.js';
import { tokensStage } from '../tokens/index.js';
import { placesStage } from './index.js';

export interface Given {
  text: string;
  type?: EntityType;
  info?: EntityInfo;
  rule?: string;
  /** which occurrence of the text (default: every occurrence) */
  nth?: number;
}

function entitiesFor(doc: Doc, given: Given[]): Entity[] {
  const out: Entity[] = [];
  for (const g of given) {
    let at = -1;
    let k = 0;
    while ((at = doc.text.indexOf(g.text, at + 1)) >= 0) {
      if (g.nth !== undefined && k++ !== g.nth) continue;
      const end = at + g.text.length;
      const t0 = doc.tokens.findIndex((t) => t.start >= at);
      let t1 = t0;
      while (t1 < doc.tokens.length && doc.tokens[t1]!.end <= end) t1++;
      out.push({ id: `e${out.length + 1}`, type: g.type ?? 'LOCATION', text: g.text, start: at, end, t0, t1, rule: g.rule ?? 'test', sources: [g.rule ?? 'test'], info: g.info });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Runs tokens, then the given entities, then the places stage. */
export function placesOf(text: string, given: Array<Given | string> = []): Doc {
  const entities: Stage = {
    name: 'given-entities',
    needs: ['tokens'],
    provides: ['candidates', 'entities', 'actors'],
    run(doc) {
      doc.entities = entitiesFor(doc, given.map((g) => (typeof g === 'string' ? { text: g } : g)));
    },
  };
  return composePipeline([tokensStage, entities, placesStage]).run({ text });
}
