/**
 * The learned model shipped with sitrep: a role tagger and a document classifier (no incident,
 * or the MUC-4 incident type), stored as gzipped JSON with sparse weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { SitrepError } from '../../core/errors.ts';
import type { PerceptronWeights } from './averaged-perceptron.ts';

export const LEARNED_MODEL_VERSION = 2;

export interface LearnedModel {
  version: number;
  /** What the model was trained on, and how (kept in the file for provenance). */
  meta: Record<string, string | number>;
  tagger: PerceptronWeights;
  classifier: PerceptronWeights;
}

export class LearnedModelError extends SitrepError {
  constructor(message: string, subject: string | null = null) {
    super('MODEL_INVALID', message, { subject });
    this.name = 'LearnedModelError';
  }
}

/** Labels, and per feature id its non-zero weights as [label index, weight, …]. */
interface StoredWeights { labels: string[]; features: Array<[number, number[]]> }

function storeWeights(w: PerceptronWeights): StoredWeights {
  const features: Array<[number, number[]]> = [];
  const ids = [...w.weights.keys()].sort((a, b) => a - b);
  for (const id of ids) {
    const sparse: number[] = [];
    w.weights.get(id)!.forEach((v, k) => { if (v !== 0) sparse.push(k, Number(v.toFixed(3))); });
    features.push([id, sparse]);
  }
  return { labels: w.labels, features };
}

function loadWeights(stored: StoredWeights, subject: string): PerceptronWeights {
  if (!stored || !Array.isArray(stored.labels) || !Array.isArray(stored.features)) throw new LearnedModelError('model weights are malformed', subject);
  const weights = new Map<number, Float32Array>();
  const n = stored.labels.length;
  for (const [id, sparse] of stored.features) {
    const values = new Float32Array(n);
    for (let i = 0; i + 1 < sparse.length; i += 2) values[sparse[i]!] = sparse[i + 1]!;
    weights.set(id, values);
  }
  return { labels: stored.labels, weights };
}

export function serializeLearnedModel(model: LearnedModel): Buffer {
  const json = JSON.stringify({ version: model.version, meta: model.meta, tagger: storeWeights(model.tagger), classifier: storeWeights(model.classifier) });
  return gzipSync(Buffer.from(json, 'utf8'), { level: 9 });
}

export function parseLearnedModel(bytes: Uint8Array, subject: string): LearnedModel {
  let parsed: { version?: number; meta?: Record<string, string | number>; tagger: StoredWeights; classifier: StoredWeights };
  try {
    parsed = JSON.parse(gunzipSync(bytes).toString('utf8'));
  } catch (error) {
    throw new LearnedModelError(`model file is not gzipped JSON (${(error as Error).message})`, subject);
  }
  if (parsed.version !== LEARNED_MODEL_VERSION) throw new LearnedModelError(`model version ${String(parsed.version)} is not ${LEARNED_MODEL_VERSION}; run npm run train`, subject);
  return { version: parsed.version, meta: parsed.meta ?? {}, tagger: loadWeights(parsed.tagger, subject), classifier: loadWeights(parsed.classifier, subject) };
}
