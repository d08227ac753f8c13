/**
 * Command-line edge of the modern-corpus scorer. Either score the shipped extractor directly:
 *   node --import tsx src/eval/modern/run-modern.ts --extract [--quiet]
 * or a saved result whose documents are in file-name order (the order of expected.json):
 *   sitrep extract $(ls examples/articles/* | grep -v README) --format json > result.json
 *   node --import tsx src/eval/modern/run-modern.ts result.json [--quiet]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult } from '../../core/types.ts';
import { describeError } from '../../core/errors.ts';
import { parseExpectedEntries } from './expected-entry.ts';
import { indexDocumentsByOrder } from './document-index.ts';
import { formatModernScore, scoreModernCorpus } from './score-modern.ts';
import { extractModernCorpus } from './extract-corpus.ts';
import { defaultDependencies } from '../../pipeline/default-dependencies.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_EXPECTED = path.join(here, 'expected.json');
export const DEFAULT_ARTICLES = path.resolve(here, '..', '..', '..', 'examples', 'articles');

/** Scores the extraction result stored at `resultPath` and returns the printable report. */
export function runModern(resultPath: string, options: { expectedPath?: string; misses?: boolean } = {}): string {
  const expected = parseExpectedEntries(JSON.parse(fs.readFileSync(options.expectedPath ?? DEFAULT_EXPECTED, 'utf8')));
  const result = JSON.parse(fs.readFileSync(resultPath, 'utf8')) as ExtractionResult;
  const index = indexDocumentsByOrder(expected.map((e) => e.file), result);
  return formatModernScore(scoreModernCorpus(expected, result, index), { misses: options.misses });
}

/** Extracts the corpus with the shipped extractor and returns the printable report. */
export async function runModernExtraction(options: { expectedPath?: string; articlesDir?: string; misses?: boolean } = {}): Promise<string> {
  const expected = parseExpectedEntries(JSON.parse(fs.readFileSync(options.expectedPath ?? DEFAULT_EXPECTED, 'utf8')));
  const files = expected.map((e) => e.file);
  const { result, index } = await extractModernCorpus(options.articlesDir ?? DEFAULT_ARTICLES, files, defaultDependencies());
  return formatModernScore(scoreModernCorpus(expected, result, index), { misses: options.misses });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const resultPath = args.find((a) => !a.startsWith('--'));
  const misses = !args.includes('--quiet');
  if (!resultPath && !args.includes('--extract')) {
    process.stderr.write('usage: run-modern.ts (RESULT.json | --extract) [--quiet]\n');
    process.exitCode = 2;
  } else {
    const report = resultPath ? Promise.resolve().then(() => runModern(resultPath, { misses })) : runModernExtraction({ misses });
    report.then(
      (text) => process.stdout.write(text),
      (error: unknown) => {
        process.stderr.write(`error ${describeError(error)}\n`);
        process.exitCode = 1;
      },
    );
  }
}
