/**
 * Trains the two-layer NER tagger on CoNLL++ train and writes models/ner-perceptron.bin.gz.
 * Layer 1 reads word features; layer 2 adds layer 1's tags and their document-level votes
 * (stacking: layer 2 trains on jackknifed layer-1 tags so it sees realistic first-pass errors).
 * Epochs of each layer are chosen by PER/ORG/LOC F1 on CoNLL++ dev. Deterministic (seeded).
 * Usage: npm run train:ner   (STEPPE_SHARED points at the shared data folder)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { agencyDatelines, lowerCased } from '../src/model/augment.js';
import { readConll } from '../src/model/conll.js';
import { buildGazetteerLists, Gazetteer } from '../src/model/gazetteer.js';
import { seededRandom } from '../src/model/hash.js';
import { saveModel } from '../src/model/io.js';
import { packageRoot } from '../src/model/paths.js';
import { decode, emissions, marginals, T, TAGS, typeOf, type Layer } from '../src/model/perceptron.js';
import { SpanScorer } from '../src/model/score.js';
import { spansOf } from '../src/model/spans.js';
import { NerModel } from '../src/model/tagger.js';
import { prepareDocs, stackDoc, trainPerceptron, type TrainDoc, type TrainSentence } from '../src/model/train.js';

const BITS = Number(process.env.NER_BITS ?? 18);
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const SEED = Number(process.env.NER_SEED ?? 20031);
const FOLDS = Number(process.env.NER_FOLDS ?? 4);
const LOWER_FRACTION = Number(process.env.NER_LOWER ?? 0.1);
const DATELINE_FRACTION = Number(process.env.NER_DATELINES ?? 0.5);
const LAYERS = Number(process.env.NER_LAYERS ?? 2);
/** epochs are chosen by dev F1 + LOWER_WEIGHT × F1 on a lower-cased copy of dev */
const LOWER_WEIGHT = 0.1;
const TYPES = ['PER', 'ORG', 'LOC'];

const t0 = performance.now();
const log = (m: string) => process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);

function score(data: readonly TrainSentence[], layer: Layer): SpanScorer {
  const scorer = new SpanScorer(TYPES);
  data.forEach((s, n) => {
    const pred = decode(layer, s.feats).tags;
    const key = (x: { t0: number; t1: number }) => `${n}:${x.t0}:${x.t1}`;
    const spans = (tags: Int8Array) => spansOf(Array.from(tags, (t) => TAGS[t]!)).map((x) => ({ type: x.type, key: key(x) }));
    scorer.add(spans(s.gold), spans(pred));
  });
  return scorer;
}

const describe = (s: SpanScorer) =>
  `F1 ${s.score().f1.toFixed(4)} (${TYPES.map((t) => `${t} ${s.score(t).f1.toFixed(4)}`).join(' ')})`;


/** Trains one layer, keeping the epoch with the best dev F1. */
function fit(name: string, train: readonly TrainSentence[], dev: readonly TrainSentence[], devLower: readonly TrainSentence[]) {
  return trainPerceptron(train, {
    bits: BITS, epochs: EPOCHS, seed: SEED,
    onEpoch(epoch, W, trans) {
      const s = score(dev, { W, trans });
      const lower = score(devLower, { W, trans }).score().f1;
      log(`${name} epoch ${epoch}: dev ${describe(s)}; lower-cased dev F1 ${lower.toFixed(4)}`);
      return s.score().f1 + LOWER_WEIGHT * lower;
    },
  });
}

/** The softmax temperature whose type marginals best predict the gold types of dev tokens (log loss). */
function fitTemperature(dev: readonly TrainSentence[], layer: Layer): number {
  let best = { t: 1, loss: Infinity };
  for (const t of [1, 2, 4, 8, 12, 16, 24, 32]) {
    let loss = 0;
    for (const s of dev) {
      const m = marginals(emissions(layer.W, s.feats, layer.scale), layer.trans, s.gold.length, t);
      s.gold.forEach((g, i) => {
        let p = 0;
        for (let c = 0; c < T; c++) if (typeOf(c) === typeOf(g)) p += m[i * T + c]!;
        loss -= Math.log(Math.max(p, 1e-9));
      });
    }
    log(`temperature ${t}: dev log loss ${loss.toFixed(1)}`);
    if (loss < best.loss) best = { t, loss };
  }
  return best.t;
}

const predict = (layer: Layer, doc: TrainDoc) => doc.sentences.map((s) => decode(layer, s.feats).tags);
const flat = (docs: readonly TrainDoc[]) => docs.flatMap((d) => d.sentences);

function main(): void {
  const root = packageRoot();
  const shared = resolve(process.env.STEPPE_SHARED ?? join(root, '..', 'shared'));
  const trainPath = join(shared, 'eval/ner/conllpp_train.txt');
  const devPath = join(shared, 'eval/ner/conllpp_dev.txt');
  if (!existsSync(trainPath) || !existsSync(devPath)) {
    process.stderr.write(`train:ner: ${trainPath} is absent (set STEPPE_SHARED)\n`);
    process.exit(3);
  }
  const lists = buildGazetteerLists();
  const gaz = new Gazetteer(lists);
  const rand = seededRandom(SEED ^ 0x5bd1e995);
  // some datelines rewritten as "CITY (Agency) - first sentence", as wire copy writes them
  const source = agencyDatelines(readConll(trainPath), DATELINE_FRACTION, seededRandom(SEED ^ 0x27d4eb2f));
  const devDocs = readConll(devPath);
  // lower-cased copies of a seeded sample of documents: robustness to lower-cased input
  const copied = source.map((_, i) => i).filter(() => rand() < LOWER_FRACTION);
  const groups = [...source.map((_, i) => i), ...copied]; // original document of each training doc
  const train = prepareDocs([...source, ...lowerCased(copied.map((i) => source[i]!))], gaz, BITS);
  const dev = prepareDocs(devDocs, gaz, BITS);
  const devLower = prepareDocs(lowerCased(devDocs), gaz, BITS);
  log(`featurised ${train.length} train documents (${copied.length} lower-cased copies), ${dev.length} dev documents`);

  const l1 = fit('layer 1', flat(train), flat(dev), flat(devLower));
  if (LAYERS < 2) return;
  // jackknife: layer-1 tags for each training document from a model that did not see it (or its copy)
  const foldOf = source.map(() => Math.floor(rand() * FOLDS));
  const firstPass: Int8Array[][] = new Array(train.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (d: number) => foldOf[groups[d]!] === k;
    const m = trainPerceptron(flat(train.filter((_, d) => !inFold(d))), { bits: BITS, epochs: l1.epoch, seed: SEED + k + 1 });
    train.forEach((doc, d) => { if (inFold(d)) firstPass[d] = predict(m, doc); });
    log(`fold ${k + 1}/${FOLDS} done`);
  }
  const train2 = train.flatMap((doc, d) => stackDoc(doc, firstPass[d]!, BITS));
  const dev2 = dev.flatMap((doc) => stackDoc(doc, predict(l1, doc), BITS));
  const devLower2 = devLower.flatMap((doc) => stackDoc(doc, predict(l1, doc), BITS));
  const l2 = fit('layer 2', train2, dev2, devLower2);

  const temperature = fitTemperature(dev2, l2);
  const out = process.env.NER_OUT ?? join(root, 'models', 'ner-perceptron.bin.gz');
  const saved = saveModel(out, {
    format: 'steppe-ner-perceptron',
    version: 1,
    bits: BITS,
    tags: [...TAGS],
    gazetteer: lists,
    temperature,
    training: {
      data: 'CoNLL++ conllpp_train.txt (+ lower-cased copies of a seeded sample); epochs chosen on conllpp_dev.txt',
      documents: source.length,
      lowerCasedCopies: copied.length,
      agencyDatelines: DATELINE_FRACTION,
      seed: SEED,
      folds: FOLDS,
      epochs: [l1.epoch, l2.epoch],
      selection: `dev F1 + ${LOWER_WEIGHT} x lower-cased dev F1`,
      selectionScore: [Number(l1.score.toFixed(4)), Number(l2.score.toFixed(4))],
    },
  }, [l1, l2]);
  // check the file as it will be used: the full two-layer tagger on dev documents
  const model = new NerModel(saved);
  const check = new SpanScorer(TYPES);
  devDocs.forEach((doc, d) => {
    const tagged = model.tagDocument(doc.sentences.map((s) => s.words));
    doc.sentences.forEach((s, k) => {
      const key = (x: { t0: number; t1: number }) => `${d}:${k}:${x.t0}:${x.t1}`;
      check.add(spansOf(s.tags).map((x) => ({ type: x.type, key: key(x) })), tagged[k]!.spans.map((x) => ({ type: x.type, key: key(x) })));
    });
  });
  log(`epochs ${l1.epoch}/${l2.epoch}; wrote ${out}; dev ${describe(check)} after quantisation`);
}

main();
