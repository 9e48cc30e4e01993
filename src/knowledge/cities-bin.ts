/**
 * The city gazetteer's in-memory columns and their binary file (dist/gazetteer/cities.bin).
 * Strings are kept whole (UTF-16) with offset columns, numbers in typed arrays, and the first
 * words of all keys in a prebuilt hash table: loading is a file read plus views, with no JSON
 * parse, no string split and no Set to fill (the JSON form cost ~130 ms per process).
 */
import type { CompactCities } from './cities-data.js';

export interface CityColumns {
  /** names concatenated; name i is names.slice(nameOff[i], nameOff[i + 1]) */
  names: string;
  nameOff: Uint32Array;
  admin: string;
  adminOff: Uint32Array;
  /** ISO3 codes, 3 characters per city */
  country: string;
  feature: Uint8Array;
  population: Uint32Array;
  lat: Int32Array;
  lon: Int32Array;
  /** sorted lookup keys, concatenated, with offsets; keyRows[i] is key i's row */
  keys: string;
  keyOff: Uint32Array;
  keyRows: Int32Array;
  /** distinct first words of the keys, concatenated, with offsets... */
  words: string;
  wordOff: Uint32Array;
  /** ...and an open-addressing hash table over them: word index + 1, 0 when empty */
  wordTable: Int32Array;
  /** open-addressing hash table over distinct keys: position of the key's first row in the sorted column + 1 */
  keyTable: Int32Array;
}

const MAGIC = 'STEPPE-CITIES-6';

/** FNV-1a over UTF-16 code units of s[from, to). */
export function hashWord(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function joinWithOffsets(parts: string[]): { text: string; off: Uint32Array } {
  const off = new Uint32Array(parts.length + 1);
  for (let i = 0; i < parts.length; i++) off[i + 1] = off[i]! + parts[i]!.length;
  return { text: parts.join(''), off };
}

/** A hash table (load ≤ 1/2) over the distinct strings text[off[i], off[i + 1]), holding i + 1 of each one's first occurrence. */
function tableOf(text: string, off: Uint32Array): Int32Array {
  const n = off.length - 1;
  let size = 1;
  while (size < n * 2) size <<= 1;
  const table = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const from = off[i]!;
    const to = off[i + 1]!;
    if (i > 0 && off[i - 1]! + (to - from) === from && text.startsWith(text.slice(from, to), off[i - 1]!)) continue;
    let h = hashWord(text, from, to) & (size - 1);
    while (table[h] !== 0) h = (h + 1) & (size - 1);
    table[h] = i + 1;
  }
  return table;
}

/** The i + 1 that `tableOf` holds for `s`, or 0 when s is none of the strings. */
export function probe(table: Int32Array, text: string, off: Uint32Array, s: string): number {
  const mask = table.length - 1;
  const n = s.length;
  for (let h = hashWord(s) & mask; ; h = (h + 1) & mask) {
    const i = table[h]!;
    if (i === 0) return 0;
    const from = off[i - 1]!;
    if (off[i]! - from === n && text.startsWith(s, from)) return i;
  }
}

/** Columns from the compact (JSON-shaped) form. */
export function columnsFromCompact(data: CompactCities): CityColumns {
  const names = joinWithOffsets(data.names.split('\n'));
  const admin = joinWithOffsets(data.admin.split('\n'));
  const keyList = data.keys.split('\n');
  const keys = joinWithOffsets(keyList);
  const firsts: string[] = [];
  let last: string | null = null;
  for (const k of keyList) {
    const sp = k.indexOf(' ');
    const w = sp < 0 ? k : k.slice(0, sp);
    if (w !== last) firsts.push((last = w));
  }
  const words = joinWithOffsets([...new Set(firsts)]);
  return {
    names: names.text, nameOff: names.off, admin: admin.text, adminOff: admin.off, country: data.country,
    feature: Uint8Array.from(data.feature), population: Uint32Array.from(data.population),
    lat: Int32Array.from(data.lat), lon: Int32Array.from(data.lon),
    keys: keys.text, keyOff: keys.off, keyRows: Int32Array.from(data.keyRows),
    words: words.text, wordOff: words.off, wordTable: tableOf(words.text, words.off), keyTable: tableOf(keys.text, keys.off),
  };
}

type Section = [name: keyof CityColumns, kind: 'u16' | 'u8' | 'u32' | 'i32', length: number];

const pad4 = (n: number) => (n + 3) & ~3;

/** The binary file: a JSON header line (magic, sections), then each section 4-byte aligned. */
export function encodeColumns(c: CityColumns): Buffer {
  const sections: Section[] = [];
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(c) as Array<[keyof CityColumns, CityColumns[keyof CityColumns]]>) {
    const buf = typeof value === 'string' ? Buffer.from(value, 'utf16le') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    const kind = typeof value === 'string' ? 'u16' : value instanceof Uint8Array ? 'u8' : value instanceof Uint32Array ? 'u32' : 'i32';
    sections.push([name, kind, typeof value === 'string' ? value.length : value.length]);
    parts.push(buf, Buffer.alloc(pad4(buf.length) - buf.length));
  }
  let head = Buffer.from(JSON.stringify({ magic: MAGIC, sections }) + '\n');
  head = Buffer.concat([head, Buffer.alloc(pad4(head.length) - head.length, 32)]);
  return Buffer.concat([head, ...parts]);
}

/** Views on a file written by encodeColumns, or null when it is of another version. */
export function decodeColumns(file: Buffer): CityColumns | null {
  const nl = file.indexOf(10);
  const head = JSON.parse(file.toString('utf8', 0, nl)) as { magic: string; sections: Section[] };
  if (head.magic !== MAGIC) return null;
  // typed views need a 4-aligned start
  const buf = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  let at = pad4(nl + 1);
  const out: Record<string, unknown> = {};
  for (const [name, kind, length] of head.sections) {
    const base = buf.byteOffset + at;
    const bytes = kind === 'u16' ? length * 2 : kind === 'u8' ? length : length * 4;
    // typed columns are copied out, so the file's buffer (mostly string bytes, decoded once) can be freed
    out[name] =
      kind === 'u16' ? buf.toString('utf16le', at, at + bytes)
      : kind === 'u8' ? new Uint8Array(buf.buffer, base, length).slice()
      : kind === 'u32' ? new Uint32Array(buf.buffer, base, length).slice()
      : new Int32Array(buf.buffer, base, length).slice();
    at += pad4(bytes);
  }
  return out as unknown as CityColumns;
}
