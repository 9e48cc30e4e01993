import { readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { inputError } from '../errors.js';

/** The largest article steppe accepts (a news article is rarely over 200 kB). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Decodes bytes as UTF-8 text, refusing what is not an article: binary data (NUL bytes),
 * invalid UTF-8, empty or whitespace-only text. `label` names the input in the error.
 */
export function decodeText(buf: Uint8Array, label: string, maxBytes = MAX_ARTICLE_BYTES): string {
  if (buf.length > maxBytes) throw inputError(`${label}: too large (${mb(buf.length)}; the limit for one article is ${mb(maxBytes)})`);
  if (buf.indexOf(0) >= 0) throw inputError(`${label}: binary data, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw inputError(`${label}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // keep offsets: the BOM becomes a space
  if (!text.trim()) throw inputError(`${label}: empty text`);
  return text;
}

/** Checks that `path` is an existing regular file and returns its size in bytes. */
export function checkReadableFile(path: string): number {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw inputError(`${path}: is a directory, not a file`);
    return st.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw inputError(`${path}: no such file`);
    if ((err as NodeJS.ErrnoException).code === 'EACCES') throw inputError(`${path}: permission denied`);
    throw err;
  }
}

/** Reads one article file with clear errors for missing files, folders and oversized files. */
export function readTextFile(path: string, maxBytes = MAX_ARTICLE_BYTES): string {
  const size = checkReadableFile(path);
  if (size > maxBytes) throw inputError(`${path}: too large (${mb(size)}; the limit for one article is ${mb(maxBytes)})`);
  return decodeText(readFileSync(path), path, maxBytes);
}

/** Reads a whole stream into memory, stopping with an error past `maxBytes`. */
export async function readStream(stream: Readable, label: string, maxBytes = MAX_ARTICLE_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += b.length;
    if (total > maxBytes) throw inputError(`${label}: too large (over ${mb(maxBytes)}; the limit for one article)`);
    chunks.push(b);
  }
  return decodeText(Buffer.concat(chunks), label, maxBytes);
}
