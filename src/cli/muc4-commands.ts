/** `sitrep muc4 predict` and `sitrep muc4 score`. */
import type { Command } from 'commander';
import type { CommandContext } from './main.ts';
import { readJsonl } from '../eval/muc4/read-jsonl.ts';
import { scoreMuc4, formatMuc4Score } from '../eval/muc4/score.ts';
import { predictMuc4 } from '../eval/muc4/predict.ts';
import { defaultDependencies } from '../pipeline/default-dependencies.ts';

export function registerMuc4Commands(program: Command, ctx: CommandContext): void {
  const muc4 = program.command('muc4').description('the MUC-4 benchmark: predict role fillers and score them');
  muc4
    .command('predict')
    .description('extract incidents from MUC-4 JSONL documents and print MUC-4 templates as JSONL')
    .argument('<in>', 'MUC-4 JSONL file (id, text)')
    .action(async (input: string) => {
      const docs = await readJsonl(input);
      const deps = defaultDependencies();
      for (const doc of docs) ctx.out(JSON.stringify(predictMuc4(doc as { id: string; text: string }, deps)));
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
}
