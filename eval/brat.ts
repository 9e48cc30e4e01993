import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One text-bound annotation: its label and (possibly discontinuous) fragments. */
export interface BratSpan {
  label: string;
  fragments: Array<[number, number]>;
  text: string;
}

/** One attribution relation: role name (Source, Cue, Content) → span. */
export type BratRelation = Record<string, BratSpan>;

export interface BratDoc {
  name: string;
  text: string;
  relations: BratRelation[];
}

/** Parses a brat standoff .ann file into its relations (events with role arguments). */
export function parseAnn(ann: string): BratRelation[] {
  const spans = new Map<string, BratSpan>();
  const events: Array<Array<[string, string]>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    if (line.startsWith('T')) {
      const [label, ...rest] = cols[1]!.split(' ');
      const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      spans.set(cols[0]!, { label: label!, fragments, text: cols[2] ?? '' });
    } else if (line.startsWith('E')) {
      events.push(cols[1]!.split(' ').filter(Boolean).map((a) => a.split(':') as [string, string]));
    }
  }
  return events.map((args) => {
    const rel: BratRelation = {};
    for (const [role, id] of args) {
      const s = spans.get(id);
      if (s) rel[role.replace(/\d+$/, '')] = s;
    }
    return rel;
  });
}

/**
 * Reads a PolNeAR-style split: text/NAME.txt with attributions/NAME_ANNOTATOR.ann. Where an
 * article has several annotators, the first file name alphabetically is used.
 */
export function readBratSplit(dir: string): BratDoc[] {
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const chosen = new Map<string, string>();
  for (const f of anns) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!chosen.has(name)) chosen.set(name, f);
  }
  const docs: BratDoc[] = [];
  for (const [name, f] of chosen) {
    let text: string;
    try {
      text = readFileSync(join(dir, 'text', name + '.txt'), 'utf8');
    } catch {
      continue;
    }
    docs.push({ name, text, relations: parseAnn(readFileSync(join(dir, 'attributions', f), 'utf8')) });
  }
  return docs;
}
