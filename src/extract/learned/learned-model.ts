/**
 * The learned model shipped with sitrep: a role tagger and a document classifier (no incident,
 * or the MUC-4 incident type), stored as gzipped JSON with sparse weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { SitrepError } from '../../core/errors.ts';
import type { PerceptronWeights } from './averaged-perceptron.ts';

export const LEARNED_MODEL_VERSION = 1;

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

interface StoredWeights { labels: string[]; features: Record<string, number[]> }

function storeWeights(w: PerceptronWeights): StoredWeights {
  const features: Record<string, number[]> = {};
  const names = [...w.weights.keys()].sort();
  for (const name of names) {
    const values = w.weights.get(name)!;
    const sparse: number[] = [];
    values.forEach((v, k) => { if (v !== 0) sparse.push(k, Number(v.toFixed(3))); });
    features[name] = sparse;
  }
  return { labels: w.labels, features };
}

function loadWeights(stored: StoredWeights, subject: string): PerceptronWeights {
  if (!stored || !Array.isArray(stored.labels) || typeof stored.features !== 'object') throw new LearnedModelError('model weights are malformed', subject);
  const weights = new Map<string, Float32Array>();
  const n = stored.labels.length;
  for (const [name, sparse] of Object.entries(stored.features)) {
    const values = new Float32Array(n);
    for (let i = 0; i + 1 < sparse.length; i += 2) values[sparse[i]!] = sparse[i + 1]!;
    weights.set(name, values);
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
