/**
 * Reads the learned model shipped in data/models (found by walking up from this module, so it
 * works from src/ and from dist/). A missing or damaged file is a `LearnedModelError`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LearnedModelError, parseLearnedModel, type LearnedModel } from './learned-model.ts';

export const LEARNED_MODEL_FILE = 'learned-model.json.gz';

export function defaultLearnedModelPath(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'data', 'models', LEARNED_MODEL_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new LearnedModelError(`data/models/${LEARNED_MODEL_FILE} not found above the sitrep package; run npm run train`);
    dir = parent;
  }
}

export function loadLearnedModel(file: string = defaultLearnedModelPath()): LearnedModel {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new LearnedModelError(`cannot read the model file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, file);
  }
  return parseLearnedModel(bytes, file);
}

let cached: LearnedModel | null = null;

/** The shipped model, loaded once. */
export function defaultLearnedModel(): LearnedModel {
  cached ??= loadLearnedModel();
  return cached;
}
