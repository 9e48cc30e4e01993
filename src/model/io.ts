/**
 * The weights file: gzip( "NER1" | u32 header length | header JSON | Int16 emission weights |
 * Float32 transitions ). Emission weights are quantised to int16 with one scale factor.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { SteppeError } from '../errors.js';
import type { GazetteerLists } from './gazetteer.js';
import { T, type Layer } from './perceptron.js';

export interface ModelHeader {
  format: 'steppe-ner-perceptron';
  version: 1;
  bits: number;
  tags: string[];
  /** one int16 scale per layer (layer 2 reads layer 1's tags as stacked features) */
  scales: number[];
  /** softmax temperature for span confidences, fitted on dev */
  temperature?: number;
  gazetteer: GazetteerLists;
  /** how it was trained (data, epochs, seed, dev scores) */
  training: Record<string, unknown>;
}


export interface ModelWeights {
  header: ModelHeader;
  layers: Layer[];
}

const MAGIC = 'NER1';

/** Quantises and writes the model; returns the weights as they will be read back. */
export function saveModel(path: string, header: Omit<ModelHeader, 'scales'>, layers: ReadonlyArray<{ W: ArrayLike<number>; trans: ArrayLike<number> }>): ModelWeights {
  const scales: number[] = [];
  const parts: Buffer[] = [];
  for (const { W, trans } of layers) {
    let max = 0;
    for (let k = 0; k < W.length; k++) max = Math.max(max, Math.abs(W[k]!));
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(W.length);
    for (let k = 0; k < W.length; k++) q[k] = Math.round(W[k]! / scale);
    scales.push(scale);
    parts.push(Buffer.from(q.buffer), Buffer.from(Float32Array.from(trans).buffer));
  }
  const json = Buffer.from(JSON.stringify({ ...header, scales }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  writeFileSync(path, gzipSync(Buffer.concat([Buffer.from(MAGIC), len, json, ...parts]), { level: 9 }));
  return readModel(path);
}

/** Reads a weights file; emission weights stay int16 (half the memory traffic of float32). */
export function readModel(path: string): ModelWeights {
  const file = readFileSync(path);
  // one output chunk of the size the gzip trailer records: about half the time of 16 KB chunks
  const isize = file.length >= 18 ? file.readUInt32LE(file.length - 4) : 0;
  const raw = gunzipSync(file, isize > 0 ? { chunkSize: Math.max(isize + 64, 1024) } : {});
  if (raw.subarray(0, 4).toString() !== MAGIC) throw new SteppeError('config', `${path} is not a steppe NER model`);
  const hlen = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + hlen).toString('utf8')) as ModelHeader;
  const size = (1 << header.bits) * T;
  let off = 8 + hlen;
  const layers = header.scales.map((scale) => {
    const q = new Int16Array(size);
    Buffer.from(q.buffer).set(raw.subarray(off, off + size * 2));
    off += size * 2;
    const trans = new Float32Array((T + 1) * T);
    Buffer.from(trans.buffer).set(raw.subarray(off, off + trans.length * 4));
    off += trans.length * 4;
    return { W: q, scale, trans };
  });
  return { header, layers };
}
