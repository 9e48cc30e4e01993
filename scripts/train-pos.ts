/**
 * Trains the POS tagger (src/stages/tokens/pos) on the POS column of CoNLL-2003 train, mapped to
 * universal tags; reports accuracy on dev; writes models/pos-perceptron.bin.gz. Seeded: the same
 * data gives the same file. Run: npm run train:pos
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { features, MAX_FEATURES, tokenInfo } from '../src/stages/tokens/pos/features.js';
import { ptbToUpos, UPOS } from '../src/stages/tokens/pos/upos.js';
import { tagWords } from '../src/stages/tokens/pos/tagger.js';
import { seededRandom } from '../src/util/random.js';

const BITS = 16;
const EPOCHS = 6;
const SEED = 20261129;
const NT = UPOS.length;
const PROPN = UPOS.indexOf('PROPN');
const ADJ = UPOS.indexOf('ADJ');
const shared = process.env.STEPPE_SHARED ?? join(process.cwd(), '..', 'shared');

interface Sent { words: string[]; tags: number[] }

function read(path: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 4 || cols[0] === '-DOCSTART-') {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    cur.words.push(cols[0]!);
    cur.tags.push(UPOS.indexOf(ptbToUpos(cols[1]!, cols[0]!)));
  }
  if (cur.words.length) out.push(cur);
  return out;
}


function tagdict(train: Sent[]): Map<string, number> {
  const counts = new Map<string, number[]>();
  for (const s of train) s.words.forEach((w, i) => {
    const l = w.toLowerCase();
    let c = counts.get(l);
    if (!c) counts.set(l, (c = new Array(NT).fill(0)));
    c[s.tags[i]!]++;
  });
  const dict = new Map<string, number>();
  for (const [w, c] of counts) {
    const total = c.reduce((a, b) => a + b, 0);
    const best = c.indexOf(Math.max(...c));
    if (total >= 8 && c[best]! / total >= 0.985) dict.set(w, best);
  }
  return dict;
}

function train(sents: Sent[], dict: Map<string, number>): Float64Array {
  const size = (1 << BITS) * NT;
  const mask = (1 << BITS) - 1;
  const w = new Float64Array(size);
  const totals = new Float64Array(size);
  const stamp = new Float64Array(size);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(NT);
  const random = seededRandom(SEED);
  let clock = 0;
  const order = sents.map((_, i) => i);
  const bump = (idx: number, v: number) => {
    totals[idx] += (clock - stamp[idx]!) * w[idx]!;
    stamp[idx] = clock;
    w[idx] += v;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let right = 0, all = 0;
    for (const si of order) {
      const s = sents[si]!;
      const info = tokenInfo(s.words);
      let prev = 101, prev2 = 103;
      for (let i = 0; i < s.words.length; i++) {
        clock++;
        const truth = s.tags[i]!;
        let guess = dict.get(info.lower[i]!);
        if (guess === undefined && info.name[i] && info.shape[i] === 2) guess = info.name[i] === 1 ? PROPN : ADJ;
        if (guess === undefined) {
          const n = features(info, i, 0, s.words.length, prev, prev2, mask, feats);
          scores.fill(0);
          for (let f = 0; f < n; f++) for (let t = 0; t < NT; t++) scores[t] += w[feats[f]! * NT + t]!;
          guess = 0;
          for (let t = 1; t < NT; t++) if (scores[t]! > scores[guess]!) guess = t;
          if (guess !== truth) for (let f = 0; f < n; f++) { bump(feats[f]! * NT + truth, 1); bump(feats[f]! * NT + guess, -1); }
        }
        if (guess === truth) right++;
        all++;
        prev2 = prev;
        prev = guess;
      }
    }
    console.log(`epoch ${epoch + 1}: train accuracy ${(right / all * 100).toFixed(2)}%`);
  }
  for (let k = 0; k < size; k++) totals[k] += (clock - stamp[k]!) * w[k]!;
  for (let k = 0; k < size; k++) totals[k] /= clock;
  return totals;
}

function quantise(avg: Float64Array): Int16Array {
  let max = 0;
  for (const v of avg) max = Math.max(max, Math.abs(v));
  const scale = 32767 / (max || 1);
  return Int16Array.from(avg, (v) => Math.round(v * scale));
}

const t0 = performance.now();
const trainSents = read(join(shared, 'eval', 'ner', 'conllpp_train.txt'));
const devSents = read(join(shared, 'eval', 'ner', 'conllpp_dev.txt'));
const dict = tagdict(trainSents);
const weights = quantise(train(trainSents, dict));
const model = { bits: BITS, weights, tagdict: dict, header: {} };
let right = 0, all = 0;
for (const s of devSents) {
  const tags = tagWords(model, s.words, [[0, s.words.length]]);
  tags.forEach((t, i) => { if (UPOS.indexOf(t) === s.tags[i]) right++; all++; });
}
const accuracy = right / all;
const header = {
  bits: BITS, tags: UPOS, tagdict: Object.fromEntries(dict),
  training: { data: 'CoNLL-2003 (CoNLL++) conllpp_train.txt POS column, Penn tags mapped to universal tags', seed: SEED, epochs: EPOCHS, devAccuracy: Number(accuracy.toFixed(4)) },
};
const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
const len = Buffer.alloc(4);
len.writeUInt32LE(headerBytes.length);
const file = gzipSync(Buffer.concat([len, headerBytes, Buffer.from(weights.buffer)]), { level: 9 });
writeFileSync(join('models', 'pos-perceptron.bin.gz'), file);
console.log(`dev accuracy ${(accuracy * 100).toFixed(2)}% on ${all} tokens; ${(file.length / 1048576).toFixed(1)} MB; ${((performance.now() - t0) / 1000).toFixed(0)} s`);
