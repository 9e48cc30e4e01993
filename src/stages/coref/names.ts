import type { Doc, Entity } from '../../types.js';
import type { Cluster, Clusters } from './cluster.js';
import { startsUpper } from '../../knowledge/normalize.js';

interface PersonName {
  first: string | null;
  last: string;
  full: string;
}

/** The name words of a PERSON entity: capitalised tokens only ("Abu Bakr al-Baghdadi" keeps "Baghdadi" as last). */
export function personName(doc: Doc, e: Entity): PersonName {
  // pushed into a literal (slice/filter/map results differ in elements kind when empty)
  const words: string[] = [];
  for (let k = e.t0; k < e.t1; k++) if (startsUpper(doc.tokens[k]!.text)) words.push(doc.tokens[k]!.text);
  const last = words[words.length - 1] ?? e.text;
  return { first: words.length > 1 ? words[0]! : null, last, full: words.join(' ') };
}

/**
 * Person coreference: a full name starts a person; a later bare surname ("Putin", "Mr Putin")
 * joins the most recent person with that surname; a full name joins an earlier person with
 * the same surname when the first names agree or the earlier mentions had none.
 */
export function clusterPersons(doc: Doc, persons: Entity[], clusters: Clusters): void {
  const bySurname = new Map<string, Cluster[]>();
  const firstOf = new Map<Cluster, string | null>();
  let n = 0;
  for (const e of persons) {
    const name = personName(doc, e);
    const sameSurname = bySurname.get(name.last) ?? [];
    let target: Cluster | undefined;
    if (name.first) {
      target = sameSurname.find((c) => firstOf.get(c) === name.first) ?? sameSurname.find((c) => firstOf.get(c) === null);
    } else {
      target = sameSurname[sameSurname.length - 1];
      // a single name that is the first word of exactly one full name: "Prabowo" after
      // "Prabowo Subianto", "Wang" after "Wang Wenbin" (family name first)
      if (!target) {
        const byFirst = [...firstOf].filter(([, f]) => f === name.last);
        if (byFirst.length === 1) {
          clusters.add(byFirst[0]![0].key, e, 'coref.first-name');
          continue;
        }
      }
    }
    if (target) {
      const key = target.key;
      clusters.add(key, e, name.first ? 'coref.full-name' : 'coref.surname');
      if (name.first && firstOf.get(target) === null) firstOf.set(target, name.first);
      // keep the most recently mentioned cluster last
      bySurname.set(name.last, [...sameSurname.filter((c) => c !== target), target]);
      continue;
    }
    const c = clusters.add(`person:${++n}:${name.full}`, e, 'coref.person');
    firstOf.set(c, name.first);
    bySurname.set(name.last, [...sameSurname, c]);
  }
}
