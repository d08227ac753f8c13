/**
 * `npm run train`: trains sitrep's learned model from the MUC-4 training split and writes
 * data/models/learned-model.json.gz. Usage: node --import tsx scripts/train.ts [TRAIN.jsonl] [OUT]
 */
import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from '../src/eval/muc4/read-jsonl.ts';
import { trainLearnedModel, type TrainingDocument } from '../src/extract/learned/train-learned-model.ts';
import { serializeLearnedModel } from '../src/extract/learned/learned-model.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? resolve(root, '../shared/data/muc4/train.jsonl');
const output = process.argv[3] ?? resolve(root, 'data/models/learned-model.json.gz');
if (!existsSync(input)) {
  console.error(`sitrep train: ${input} not found (the MUC-4 training split; pass its path as the first argument)`);
  process.exit(1);
}
const started = Date.now();
const docs = (await readJsonl(input)) as TrainingDocument[];
const report = trainLearnedModel(docs, {
  onEpoch: (stage, epoch, accuracy) => console.error(`${stage} epoch ${epoch}: ${(accuracy * 100).toFixed(2)}% right`),
});
const bytes = serializeLearnedModel(report.model);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, bytes);
console.error(`${docs.length} documents, ${report.placedMentions}/${report.mentions} gold mentions placed on token boundaries`);
console.error(`tagger ${report.model.tagger.weights.size} features, classifier ${report.model.classifier.weights.size} features`);
console.error(`wrote ${output} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
