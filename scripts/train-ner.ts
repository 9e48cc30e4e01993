/**
 * Trains the NER tagger on CoNLL++ train, picks the epoch by PER/ORG/LOC F1 on CoNLL++ dev,
 * and writes models/ner-perceptron.bin.gz. Deterministic: the same data and seed give the
 * same bytes. Usage: npm run train:ner  (STEPPE_SHARED points at the shared data folder).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConll } from '../src/model/conll.js';
import { buildGazetteerLists, Gazetteer } from '../src/model/gazetteer.js';
import { saveModel } from '../src/model/io.js';
import { packageRoot } from '../src/model/paths.js';
import { decode, TAGS } from '../src/model/perceptron.js';
import { SpanScorer } from '../src/model/score.js';
import { spansOf } from '../src/model/spans.js';
import { prepare, trainPerceptron, type TrainSentence } from '../src/model/train.js';

const BITS = Number(process.env.NER_BITS ?? 19);
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const SEED = Number(process.env.NER_SEED ?? 20031);

function devScore(dev: readonly TrainSentence[], W: Float32Array, trans: Float32Array): SpanScorer {
  const scorer = new SpanScorer(['PER', 'ORG', 'LOC']);
  for (const s of dev) {
    const pred = decode(W, trans, s.feats).tags;
    const key = (x: { t0: number; t1: number }) => `${x.t0}:${x.t1}`;
    const g = spansOf(Array.from(s.gold, (t) => TAGS[t]!)).map((x) => ({ type: x.type, key: key(x) }));
    const p = spansOf(Array.from(pred, (t) => TAGS[t]!)).map((x) => ({ type: x.type, key: key(x) }));
    scorer.add(g, p);
  }
  return scorer;
}

function main(): void {
  const root = packageRoot();
  const shared = resolve(process.env.STEPPE_SHARED ?? join(root, '..', 'shared'));
  const trainPath = join(shared, 'eval/ner/conllpp_train.txt');
  const devPath = join(shared, 'eval/ner/conllpp_dev.txt');
  if (!existsSync(trainPath)) {
    process.stderr.write(`train:ner: ${trainPath} is absent (set STEPPE_SHARED)\n`);
    process.exit(3);
  }
  const t0 = performance.now();
  const lists = buildGazetteerLists();
  const gaz = new Gazetteer(lists);
  const trainDocs = readConll(trainPath);
  const devDocs = readConll(devPath);
  const train = prepare(trainDocs, gaz, BITS);
  const dev = prepare(devDocs, gaz, BITS);
  const log = (m: string) => process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);
  log(`featurised ${train.length} train and ${dev.length} dev sentences`);
  const best = trainPerceptron(train, {
    bits: BITS,
    epochs: EPOCHS,
    seed: SEED,
    onEpoch(epoch, W, trans) {
      const s = devScore(dev, W, trans);
      const o = s.score();
      log(`epoch ${epoch}: dev F1 ${o.f1.toFixed(4)} (PER ${s.score('PER').f1.toFixed(4)} ORG ${s.score('ORG').f1.toFixed(4)} LOC ${s.score('LOC').f1.toFixed(4)})`);
      return o.f1;
    },
  });
  const out = join(root, 'models', 'ner-perceptron.bin.gz');
  const saved = saveModel(out, {
    format: 'steppe-ner-perceptron',
    version: 1,
    bits: BITS,
    tags: [...TAGS],
    gazetteer: lists,
    training: {
      data: 'CoNLL++ (conllpp_train.txt), epoch chosen on conllpp_dev.txt',
      sentences: train.length,
      epochs: best.epoch,
      maxEpochs: EPOCHS,
      seed: SEED,
      devF1: Number(best.score.toFixed(4)),
    },
  }, best.W, best.trans);
  const check = devScore(dev, saved.W, saved.trans).score();
  log(`best epoch ${best.epoch}; wrote ${out}; dev F1 after quantisation ${check.f1.toFixed(4)}`);
}

main();
