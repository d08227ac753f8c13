/**
 * `npm run eval`: the extraction quality figures, measured and recorded in BENCHMARKS.md (the
 * section between the quality markers is replaced). Runs the product's own commands in process:
 *   - MUC-4 dev role-filler F1 (`sitrep muc4 predict` + `sitrep muc4 score`), rules only, with the
 *     learned role fillers, and with the MUC-4 relevance step (the default), with the per-role table;
 *   - incident date, country and city on MUC-4 dev against the original answer keys
 *     (`sitrep muc4 dates-places`);
 *   - per-field accuracy on the modern corpus (examples/articles with src/eval/modern/expected.json).
 * Needs ../shared/data/muc4 for the MUC-4 parts (skipped with a message when absent).
 */
import { clusterEvaluationTable, loadSplits } from '../src/eval/clusters/cluster-report.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';
import { runModernExtraction } from '../src/eval/modern/run-modern.ts';
import { defaultDependencies } from '../src/pipeline/default-dependencies.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dev = resolve(root, '..', 'shared', 'data', 'muc4', 'dev.jsonl');

async function sitrep(args: string[]): Promise<string> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  stderr.on('data', (c: Buffer) => process.stderr.write(c));
  const code = await main(args, { stdin: new PassThrough(), stdout, stderr, env: process.env, cwd: root });
  if (code !== 0) throw new Error(`sitrep ${args.join(' ')} exited with ${code}`);
  return Buffer.concat(chunks).toString('utf8');
}

function totalLine(table: string): string {
  return table.split('\n').find((l) => l.startsWith('total (micro)'))!.replace(/\s+/g, ' ');
}

const parts: string[] = [];
const when = new Date().toISOString().slice(0, 10);
parts.push(`## Extraction quality (${when}, ${process.version})`, '', 'Command: `npm run eval`.', '');
if (existsSync(dev)) {
  const modes: Array<[string, string[]]> = [
    ['rules only (`--rules-only`)', ['--rules-only']],
    ['rules + learned role fillers (`--no-relevance`)', ['--no-relevance']],
    ['rules + learned role fillers + MUC-4 relevance (default)', []],
  ];
  const tmp = join(root, '.eval-predictions.jsonl');
  let defaultTable = '';
  parts.push('### MUC-4 dev (200 documents, standard role-filler scorer)', '', '| mode | P | R | F1 |', '| --- | ---: | ---: | ---: |');
  for (const [name, flags] of modes) {
    writeFileSync(tmp, await sitrep(['muc4', 'predict', dev, ...flags]));
    const table = await sitrep(['muc4', 'score', dev, tmp]);
    const [, , p, r, f1] = totalLine(table).split(' ');
    parts.push(`| ${name} | ${p} | ${r} | ${f1} |`);
    if (flags.length === 0) defaultTable = table;
    process.stderr.write(`${name}: F1 ${f1}\n`);
  }
  parts.push('', 'Per role, default mode (`sitrep muc4 predict ../shared/data/muc4/dev.jsonl > P && sitrep muc4 score ../shared/data/muc4/dev.jsonl P`):', '', '```', defaultTable.trimEnd(), '```', '');
  const datesPlaces = await sitrep(['muc4', 'dates-places', dev]);
  parts.push('### MUC-4 dev: incident date and place against the original answer keys (`sitrep muc4 dates-places ../shared/data/muc4/dev.jsonl`)', '', '```', datesPlaces.trimEnd(), '```', '');
  writeFileSync(tmp, '');
} else {
  parts.push(`MUC-4 figures skipped: ${dev} not found.`, '');
}
const modern = await runModernExtraction({ misses: false });
parts.push('### Modern corpus (`node --import tsx src/eval/modern/run-modern.ts --extract --quiet`)', '', '```', modern.trimEnd(), '```', '');
parts.push('### Merging across sources (`node --import tsx scripts/evaluate-clustering.ts`)', '',
  'Documents of the labelled multi-document splits (`data/eval/clusters/`), each document\'s story against its gold incident; the threshold was chosen on dev only.', '',
  ...clusterEvaluationTable(loadSplits(join(root, 'data', 'eval', 'clusters'), defaultDependencies())), '');
const section = parts.join('\n');
process.stdout.write(`${section}\n`);

const START = '<!-- quality:start -->';
const END = '<!-- quality:end -->';
const file = join(root, 'BENCHMARKS.md');
const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
const block = `${START}\n${section}\n${END}`;
const next = current.includes(START)
  ? current.slice(0, current.indexOf(START)) + block + current.slice(current.indexOf(END) + END.length)
  : `${current.trimEnd()}\n\n${block}\n`;
writeFileSync(file, next);
