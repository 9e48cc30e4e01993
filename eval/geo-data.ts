/** Reads GeoVirus-style XML: articles with <text> and gold <location> name/start/end/lat/lon. */
import { readFileSync } from 'node:fs';

export interface GoldLocation {
  name: string;
  start: number;
  end: number;
  lat: number;
  lon: number;
}

export interface GoldArticle {
  text: string;
  locations: GoldLocation[];
}

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCharCode(Number(e.slice(1))));

const field = (xml: string, tag: string) => {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? decode(m[1]!) : null;
};

/**
 * Parses the file. GeoVirus offsets are one past the name's first character; a gold span whose
 * name is at neither offset is re-anchored to the nearest occurrence of its name.
 */
export function readGeoVirus(file: string): { articles: GoldArticle[]; reanchored: number; dropped: number } {
  const xml = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const articles: GoldArticle[] = [];
  let reanchored = 0;
  let dropped = 0;
  for (const [, body] of xml.matchAll(/<article>([\s\S]*?)<\/article>/g)) {
    const text = field(body!, 'text');
    if (text === null) continue;
    const locations: GoldLocation[] = [];
    for (const [, loc] of body!.matchAll(/<location>([\s\S]*?)<\/location>/g)) {
      const name = field(loc!, 'name');
      const start = Number(field(loc!, 'start'));
      const lat = Number(field(loc!, 'lat'));
      const lon = Number(field(loc!, 'lon'));
      if (!name || !Number.isFinite(start) || !Number.isFinite(lat) || !Number.isFinite(lon)) { dropped++; continue; }
      let at = text.slice(start - 1, start - 1 + name.length) === name ? start - 1 : start;
      if (text.slice(at, at + name.length) !== name) {
        const before = text.lastIndexOf(name, start);
        const after = text.indexOf(name, start);
        const options = [before, after].filter((x) => x >= 0);
        if (options.length === 0) { dropped++; continue; }
        at = options.reduce((a, b) => (Math.abs(a - start) <= Math.abs(b - start) ? a : b));
        reanchored++;
      }
      locations.push({ name, start: at, end: at + name.length, lat, lon });
    }
    articles.push({ text, locations });
  }
  return { articles, reanchored, dropped };
}
