import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeText } from '../util/text-input.js';
import { feedItems, looksLikeFeed } from './feed.js';
import { expandGlob, hasGlob, listFiles } from './glob.js';
import { htmlToArticle } from './html.js';
import { jsonlItems } from './jsonl.js';
import { reutersItems } from './reuters.js';
import { textItem } from './text.js';
import { bad, ok, type SourceItem } from './types.js';

export type Kind = 'text' | 'html' | 'feed' | 'jsonl' | 'reuters';

const BY_EXT: Record<string, Kind> = {
  '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.xml': 'feed',
  '.rss': 'feed', '.atom': 'feed', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.sgm': 'reuters', '.json': 'feed',
};

/** One input to read: a file, standard input, a URL, or one that cannot be read (reported). */
export type Input =
  | { type: 'file'; path: string; size: number; kind?: Kind }
  | { type: 'stdin' }
  | { type: 'url'; url: string }
  | { type: 'missing'; input: string; reason: string };

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Expands paths, folders (recursively, known extensions only), globs, URLs and '-' into inputs. */
export function expandInputs(args: string[]): Input[] {
  const out: Input[] = [];
  const file = (path: string): Input => ({ type: 'file', path, size: statSync(path).size, kind: BY_EXT[extname(path).toLowerCase()] });
  for (const arg of args) {
    if (arg === '-') out.push({ type: 'stdin' });
    else if (isUrl(arg)) out.push({ type: 'url', url: arg });
    else if (existsSync(arg)) {
      const st = statSync(arg);
      if (st.isDirectory()) {
        const files = listFiles(arg).filter((f) => BY_EXT[extname(f).toLowerCase()]);
        if (!files.length) out.push({ type: 'missing', input: arg, reason: 'folder has no readable files' });
        for (const f of files) out.push(file(join(arg, f)));
      } else out.push(file(arg));
    } else if (hasGlob(arg)) {
      const files = expandGlob(arg);
      if (!files.length) out.push({ type: 'missing', input: arg, reason: 'no file matches this pattern' });
      for (const f of files) if (statSync(f).isFile()) out.push(file(f));
    } else out.push({ type: 'missing', input: arg, reason: 'no such file or folder' });
  }
  return out;
}

/** Total bytes of the inputs when all are files (for progress and ETA), else null. */
export function totalBytes(inputs: Input[]): number | null {
  let total = 0;
  for (const i of inputs) {
    if (i.type === 'file') total += i.size;
    else if (i.type !== 'missing') return null;
  }
  return total;
}

/** What a text looks like when no extension says so. */
export function sniff(text: string): Kind {
  const head = text.slice(0, 2048).trimStart();
  if (looksLikeFeed(head)) return 'feed';
  if (/^(<!DOCTYPE lewis|<REUTERS)/i.test(head)) return 'reuters';
  if (/^(<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(head)) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  return 'text';
}

async function* fromString(text: string, where: string, kind: Kind, url?: string): AsyncGenerator<SourceItem> {
  const bytes = Buffer.byteLength(text);
  switch (kind) {
    case 'feed':
      if (!looksLikeFeed(text) && !text.trimStart().startsWith('{')) {
        yield* fromString(text, where, sniff(text) === 'feed' ? 'text' : sniff(text), url);
        return;
      }
      yield* feedItems(text, where);
      return;
    case 'reuters':
      yield* reutersItems(text, where);
      return;
    case 'jsonl':
      yield* jsonlItems([text], where);
      return;
    case 'html': {
      const article = htmlToArticle(text, url);
      yield article ? ok(article, where, bytes) : bad(where, 'no readable text in the page', bytes);
      return;
    }
    default:
      if (text.includes('\u0000')) yield bad(where, 'binary file, not text', bytes);
      else yield textItem(text, where, url ? { url } : {});
  }
}

/** Fetches a page or feed URL and reads it as a feed or an HTML page. */
async function* fromUrl(url: string, fetcher: typeof fetch): AsyncGenerator<SourceItem> {
  let res: Response;
  try {
    res = await fetcher(url, { headers: { 'user-agent': 'steppe', accept: '*/*' }, signal: AbortSignal.timeout(30_000) });
  } catch (err) {
    yield bad(url, `cannot fetch: ${(err as Error).message}`);
    return;
  }
  if (!res.ok) {
    yield bad(url, `HTTP ${res.status}`);
    return;
  }
  const body = await res.text();
  yield* fromString(body, url, sniff(body), url);
}

export interface ReadEnv {
  stdin?: AsyncIterable<string | Buffer>;
  fetch?: typeof fetch;
}

/** The items of one input, in order; errors are items too, never exceptions. */
export async function* readInput(input: Input, env: ReadEnv = {}): AsyncGenerator<SourceItem> {
  if (input.type === 'missing') {
    yield bad(input.input, input.reason);
  } else if (input.type === 'url') {
    yield* fromUrl(input.url, env.fetch ?? fetch);
  } else if (input.type === 'stdin') {
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    for await (const c of env.stdin ?? process.stdin) chunks.push(typeof c === 'string' ? c : decoder.decode(c, { stream: true }));
    const text = chunks.join('') + decoder.decode();
    yield* fromString(text, 'stdin', sniff(text));
  } else if (input.kind === 'jsonl') {
    try {
      yield* jsonlItems(createReadStream(input.path), input.path);
    } catch (err) {
      yield bad(input.path, `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  } else {
    let buf: Buffer;
    try {
      buf = readFileSync(input.path);
    } catch (err) {
      yield bad(input.path, `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, input.size);
      return;
    }
    let text: string;
    try {
      // one article at most 10 MB; a collection (feed, SGML) up to 256 MB
      text = decodeText(buf, input.path, input.kind === 'text' || input.kind === 'html' ? undefined : 256 * 1024 * 1024);
    } catch (err) {
      // the Reuters SGML files are Latin-1 in places
      if (input.kind !== 'reuters' || !/UTF-8/.test((err as Error).message)) {
        yield bad(input.path, (err as Error).message.replace(`${input.path}: `, ''), input.size);
        return;
      }
      text = buf.toString('latin1');
    }
    yield* fromString(text, input.path, input.kind ?? sniff(text));
  }
}

/** Every item of every input, in order. */
export async function* readInputs(inputs: Input[], env: ReadEnv = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) yield* readInput(input, env);
}
