import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReutersArticle {
  id: string;
  title: string;
  text: string;
  published?: string;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#3;': '' };
const unescape = (s: string) => s.replace(/&(lt|gt|amp|quot|#3);/g, (m) => ENTITIES[m] ?? m);
const MONTHS: Record<string, string> = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };

/** Reads the Reuters-21578 SGML files in `dir`: every story with a body. */
export function readReuters(dir: string, limit = Infinity): ReutersArticle[] {
  const out: ReutersArticle[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.sgm')).sort();
  for (const f of files) {
    const sgml = readFileSync(join(dir, f), 'latin1');
    for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2]!)?.[1];
      if (!body) continue;
      const title = unescape(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(m[2]!)?.[1] ?? '');
      const d = /<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(m[2]!);
      const published = d ? `${d[3]}-${MONTHS[d[2]!] ?? '01'}-${d[1]!.padStart(2, '0')}` : undefined;
      out.push({ id: `reuters-${m[1]}`, title, text: unescape(body).replace(/\s*Reuter\s*$/, '\n'), published });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
