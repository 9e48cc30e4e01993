import type { Entity } from '../../types.js';

/** A set of entities that name the same participant. */
export interface Cluster {
  key: string;
  entities: Entity[];
  /** how the cluster was formed, e.g. "coref.surname", "coref.acronym" */
  rules: Set<string>;
}

/** Clusters by key, in order of first mention. */
export class Clusters {
  readonly list: Cluster[] = [];
  private byKey = new Map<string, Cluster>();

  get(key: string): Cluster | undefined {
    return this.byKey.get(key);
  }

  /** Adds the entity to the cluster with this key (created when new). */
  add(key: string, e: Entity, rule: string): Cluster {
    let c = this.byKey.get(key);
    if (!c) {
      c = { key, entities: [], rules: new Set() };
      this.byKey.set(key, c);
      this.list.push(c);
    }
    c.entities.push(e);
    c.rules.add(rule);
    return c;
  }

  /** Makes `alias` another key of an existing cluster. */
  alias(key: string, c: Cluster): void {
    if (!this.byKey.has(key)) this.byKey.set(key, c);
  }
}
