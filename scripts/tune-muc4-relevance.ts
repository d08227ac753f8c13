/**
 * How the MUC-4 relevance thresholds (src/eval/muc4/muc4-relevance.ts) were chosen: 5-fold
 * cross-validation on the training split only. Each fold trains a model on four fifths, runs
 * sitrep on the fifth, and keeps what the relevance step needs; then every setting is scored on
 * all 1,300 training documents. Usage: node --import tsx scripts/tune-muc4-relevance.ts [TRAIN.jsonl]
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from '../src/eval/muc4/read-jsonl.ts';
import { scoreMuc4 } from '../src/eval/muc4/score.ts';
import { predictMuc4 } from '../src/eval/muc4/predict.ts';
import { adjustToMuc4, learnedTemplate } from '../src/eval/muc4/muc4-relevance.ts';
import type { Muc4Doc, Muc4Template } from '../src/eval/muc4/muc4-types.ts';
import { trainLearnedModel, type TrainingDocument } from '../src/extract/learned/train-learned-model.ts';
import { buildTaggingContext } from '../src/extract/learned/tagging-context.ts';
import { classifyDocument } from '../src/extract/learned/classify-document.ts';
import { defaultDependencies } from '../src/pipeline/default-dependencies.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? resolve(root, '../shared/data/muc4/train.jsonl');
if (!existsSync(input)) {
  console.error(`tune-muc4-relevance: ${input} not found`);
  process.exit(1);
}
const docs = (await readJsonl(input)) as TrainingDocument[];
const FOLDS = 5;
interface Item { id: string; gold: Muc4Template[]; rules: Muc4Template[]; margin: number; type: string; learned: Muc4Template }
const items: Item[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const model = trainLearnedModel(docs.filter((_, i) => i % FOLDS !== fold)).model;
  const deps = { ...defaultDependencies(), learned: model };
  for (const doc of docs.filter((_, i) => i % FOLDS === fold)) {
    const ctx = buildTaggingContext(doc.text);
    const decision = classifyDocument(ctx, model.classifier);
    const rules = predictMuc4(doc, deps, { learnedVictimsOnly: true, relevance: null }).templates;
    items.push({ id: doc.id, gold: doc.templates as unknown as Muc4Template[], rules, margin: decision.margin, type: decision.type, learned: learnedTemplate(ctx, model, decision.type) });
  }
  console.error(`fold ${fold + 1} of ${FOLDS} done`);
}
const gold: Muc4Doc[] = items.map((x) => ({ id: x.id, templates: x.gold }));
function f1(dropBelow: number, addAtOrAbove: number, singleAttack: boolean): number {
  const predicted: Muc4Doc[] = items.map((x) => ({
    id: x.id,
    templates: adjustToMuc4(x.rules, x, () => x.learned, { dropBelow, addAtOrAbove, singleAttack }),
  }));
  return scoreMuc4(gold, predicted).total.f1 * 100;
}
const rows: Array<[number, string]> = [[f1(-Infinity, Infinity, false), 'no relevance step']];
for (const drop of [-300, -200, -150, -100, -50]) for (const add of [0, -50, -100]) for (const attackType of [false, true]) {
  rows.push([f1(drop, add, attackType), `dropBelow ${drop}, addAtOrAbove ${add}, single incident typed attack: ${attackType}`]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [score, name] of rows.slice(0, 10)) console.log(`${score.toFixed(2)}  ${name}`);
console.log(`${rows.find((r) => r[1] === 'no relevance step')![0].toFixed(2)}  no relevance step`);
