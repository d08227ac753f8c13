/**
 * Command-line edge of the modern-corpus scorer:
 *   sitrep extract $(ls examples/articles/* | grep -v README) --format json > result.json
 *   node --import tsx src/eval/modern/run-modern.ts result.json [--quiet]
 * The result's documents must be in file-name order, which is the order of expected.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult } from '../../core/types.ts';
import { describeError } from '../../core/errors.ts';
import { parseExpectedEntries } from './expected-entry.ts';
import { indexDocumentsByOrder } from './document-index.ts';
import { formatModernScore, scoreModernCorpus } from './score-modern.ts';

export const DEFAULT_EXPECTED = path.join(path.dirname(fileURLToPath(import.meta.url)), 'expected.json');

/** Scores the extraction result stored at `resultPath` and returns the printable report. */
export function runModern(resultPath: string, options: { expectedPath?: string; misses?: boolean } = {}): string {
  const expected = parseExpectedEntries(JSON.parse(fs.readFileSync(options.expectedPath ?? DEFAULT_EXPECTED, 'utf8')));
  const result = JSON.parse(fs.readFileSync(resultPath, 'utf8')) as ExtractionResult;
  const index = indexDocumentsByOrder(expected.map((e) => e.file), result);
  return formatModernScore(scoreModernCorpus(expected, result, index), { misses: options.misses });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const resultPath = args.find((a) => !a.startsWith('--'));
  if (!resultPath) {
    process.stderr.write('usage: run-modern.ts RESULT.json [--quiet]\n');
    process.exitCode = 2;
  } else {
    try {
      process.stdout.write(runModern(resultPath, { misses: !args.includes('--quiet') }));
    } catch (error) {
      process.stderr.write(`error ${describeError(error)}\n`);
      process.exitCode = 1;
    }
  }
}
