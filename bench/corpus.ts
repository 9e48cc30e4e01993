/**
 * A large generated corpus built from Reuters-21578: originals, wire copies at other URLs,
 * lightly edited versions (a dropped sentence, changed words, a credit line), and recombined
 * stories (the start of one article with the end of another), written as batch JSONL.
 */
import { createWriteStream } from 'node:fs';
import type { Article } from '../src/types.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['officials', 'traders', 'analysts', 'sources', 'sharply', 'slightly', 'earlier', 'later', 'expected', 'reported'];

function lightEdit(text: string, r: () => number): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  if (sentences.length > 3) sentences.splice(Math.floor(r() * sentences.length), 1);
  let out = sentences.join(' ');
  for (let k = 0; k < 2; k++) {
    const words = out.split(' ');
    const i = Math.floor(r() * words.length);
    words[i] = WORDS[Math.floor(r() * WORDS.length)]!;
    out = words.join(' ');
  }
  return `${out}\n(Edited copy; reporting by the desk)`;
}

function recombine(a: string, b: string): string {
  const pa = a.split(/(?<=[.!?])\s+/);
  const pb = b.split(/(?<=[.!?])\s+/);
  return [...pa.slice(0, Math.ceil(pa.length / 2)), ...pb.slice(Math.floor(pb.length / 2))].join(' ');
}

function shiftDay(day: string | undefined, days: number): string | undefined {
  if (!day) return undefined;
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Writes `total` articles derived from `base` to a JSONL file. */
export async function writeGeneratedCorpus(base: Article[], total: number, path: string, seed = 42): Promise<void> {
  const r = rng(seed);
  const out = createWriteStream(path);
  for (let i = 0; i < total; i++) {
    const round = Math.floor(i / base.length);
    const a = base[i % base.length]!;
    let text = a.text;
    let published = a.published;
    switch (round % 4) {
      case 1: break; // wire copy: same text, another URL
      case 2: text = lightEdit(a.text, r); published = shiftDay(a.published, 1); break;
      case 3: text = recombine(a.text, base[Math.floor(r() * base.length)]!.text); published = shiftDay(a.published, 2); break;
      default: if (round > 0) text = lightEdit(a.text, r);
    }
    const line = JSON.stringify({ id: `gen-${i}`, text, title: a.title, published, url: `http://gen.test/${round}/${a.id ?? i}` });
    if (!out.write(`${line}\n`)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
}
