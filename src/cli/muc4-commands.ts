/** `sitrep muc4 predict`, `sitrep muc4 score` and `sitrep muc4 dates-places`. */
import path from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from './main.ts';
import { readJsonl } from '../eval/muc4/read-jsonl.ts';
import { scoreMuc4, formatMuc4Score } from '../eval/muc4/score.ts';
import { predictMuc4 } from '../eval/muc4/predict.ts';
import { defaultDependencies } from '../pipeline/default-dependencies.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { readMuc4Archive } from '../eval/muc4/answer-keys.ts';
import { formatPlaceDateScore, scorePlacesAndDates, toPlaceDatePrediction } from '../eval/muc4/place-date-eval.ts';

export function registerMuc4Commands(program: Command, ctx: CommandContext): void {
  const muc4 = program.command('muc4').description('the MUC-4 benchmark: predict role fillers and score them');
  muc4
    .command('predict')
    .description('extract incidents from MUC-4 JSONL documents and print MUC-4 templates as JSONL')
    .argument('<in>', 'MUC-4 JSONL file (id, text)')
    .option('--rules-only', 'leave the learned model out (rules alone)')
    .option('--no-relevance', "map sitrep's incidents as they are, without the MUC-4 relevance classifier")
    .action(async (input: string, options: { rulesOnly?: boolean; relevance: boolean }) => {
      const docs = await readJsonl(input);
      const base = defaultDependencies();
      const deps = options.rulesOnly ? { ...base, learned: undefined } : base;
      const mapping = { learnedVictimsOnly: !options.rulesOnly, relevance: options.relevance ? undefined : null };
      for (const doc of docs) ctx.out(JSON.stringify(predictMuc4(doc as { id: string; text: string }, deps, mapping)));
    });
  muc4
    .command('score')
    .description('score predicted templates against gold with the standard role-filler F1')
    .argument('<gold>', 'gold JSONL')
    .argument('<pred>', 'predicted JSONL')
    .option('--format <format>', 'table or json', 'table')
    .action(async (gold: string, pred: string, options: { format?: string }) => {
      const score = scoreMuc4(await readJsonl(gold) as never, await readJsonl(pred) as never);
      ctx.out(options.format === 'json' ? JSON.stringify(score, null, 2) : formatMuc4Score(score));
    });
  muc4
    .command('dates-places')
    .description('extract MUC-4 JSONL documents and score incident date, country and city against the original answer keys')
    .argument('<gold>', 'MUC-4 JSONL file (id, text) whose ids are in the answer keys, e.g. dev.jsonl')
    .option('--archive <path>', 'the original release archive (default: raw/muc34-original-train-dev.tar.gz beside <gold>)')
    .option('--no-dateline', 'do not take the publication date from the original message dateline')
    .option('--format <format>', 'table or json', 'table')
    .action(async (gold: string, options: { archive?: string; format?: string; dateline?: boolean }) => {
      const archive = options.archive ?? path.join(path.dirname(gold), 'raw', 'muc34-original-train-dev.tar.gz');
      const { keys, texts } = readMuc4Archive(archive);
      const docs = (await readJsonl(gold)) as Array<{ id: string; text: string }>;
      const deps = defaultDependencies();
      const predictions = docs.map((doc) => {
        // the JSONL text has no dateline: its date, from the original message, is the publication date
        const date = options.dateline === false ? null : texts.get(doc.id)?.dateline?.date ?? null;
        const published = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
        const { incidents } = extractDocument({
          id: doc.id, hash: '', text: doc.text, title: null, outlet: null, author: null, url: null, published, origin: doc.id, format: 'text',
        }, deps);
        return toPlaceDatePrediction(doc.id, incidents);
      });
      const score = scorePlacesAndDates(keys, predictions, { ids: docs.map((d) => d.id) });
      ctx.out(options.format === 'json' ? JSON.stringify(score, null, 2) : formatPlaceDateScore(score));
    });
}
