import type { Article } from '../types.js';
import { bad, ok, type SourceItem } from './types.js';

const MONTHS: Record<string, string> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06',
  JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
};

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** SGML character references decoded; control characters (the wire's framing bytes) dropped. */
export function decodeSgml(s: string): string {
  return s
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const c = Number(e.slice(1));
        return c < 32 && c !== 10 && c !== 9 ? '' : c === 127 ? '' : String.fromCharCode(c);
      }
      return ENTITY[e.toLowerCase()] ?? m;
    })
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function tag(block: string, name: string): string | undefined {
  const open = block.indexOf(`<${name}>`);
  if (open < 0) return undefined;
  const close = block.indexOf(`</${name}>`, open);
  return block.slice(open + name.length + 2, close < 0 ? undefined : close);
}

/** "26-FEB-1987 15:01:01.79" → "1987-02-26" */
export function reutersDay(s: string | undefined): string | undefined {
  const m = s && /(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(s);
  if (!m) return undefined;
  const mm = MONTHS[m[2]!.toUpperCase()];
  return mm ? `${m[3]}-${mm}-${m[1]!.padStart(2, '0')}` : undefined;
}

/** The <REUTERS> documents of a Reuters-21578 SGML file; documents without a body are skipped. */
export function* reutersItems(sgml: string, name: string): Generator<SourceItem> {
  let pos = 0;
  let line = 1;
  let lineAt = 0;
  for (;;) {
    const start = sgml.indexOf('<REUTERS', pos);
    if (start < 0) return;
    const end = sgml.indexOf('</REUTERS>', start);
    const stop = end < 0 ? sgml.length : end + 10;
    for (let i = sgml.indexOf('\n', lineAt); i >= 0 && i < start; i = sgml.indexOf('\n', i + 1)) {
      line++;
      lineAt = i + 1;
    }
    const block = sgml.slice(start, stop);
    const where = `${name}:${line}`;
    pos = stop;
    if (end < 0) {
      yield bad(where, 'unterminated <REUTERS> document', block.length);
      return;
    }
    const newid = /NEWID="(\d+)"/.exec(block)?.[1];
    const body = tag(block, 'BODY');
    if (body === undefined || !body.trim()) {
      yield bad(where, 'document has no <BODY>', block.length);
      continue;
    }
    const article: Article = { text: decodeSgml(body).replace(/\s*Reuter\s*$/, '').trim() };
    if (newid) article.id = `reuters-${newid}`;
    const title = tag(block, 'TITLE');
    if (title) article.title = decodeSgml(title).trim();
    const day = reutersDay(tag(block, 'DATE'));
    if (day) article.published = day;
    yield ok(article, where, block.length);
  }
}
