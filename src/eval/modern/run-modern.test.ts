import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExtractionResult } from '../../core/types.ts';
import { DEFAULT_EXPECTED, runModern, runModernExtraction } from './run-modern.ts';

test('runModern scores an empty extraction of the real corpus: negatives right, nothing detected', () => {
  const expected = JSON.parse(fs.readFileSync(DEFAULT_EXPECTED, 'utf8')) as Array<{ file: string; negative: boolean }>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-modern-'));
  const result: ExtractionResult = { documents: expected.map((e, i) => ({ id: `d${i}`, title: e.file, published: null })), incidents: [] };
  const resultPath = path.join(dir, 'result.json');
  fs.writeFileSync(resultPath, JSON.stringify(result));
  const report = runModern(resultPath, { misses: false });
  const negatives = expected.filter((e) => e.negative).length;
  assert.match(report, new RegExp(`Modern corpus: ${expected.length} files, \\d+ expected incidents, 0 predicted`));
  assert.match(report, new RegExp(`negatives without incident: ${negatives}/${negatives} \\(100\\.0%\\)`));
  assert.match(report, /recall 0\.0%/);
  fs.rmSync(dir, { recursive: true });
});

test('runModern refuses a result whose documents do not line up with the corpus', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-modern-'));
  const resultPath = path.join(dir, 'result.json');
  fs.writeFileSync(resultPath, JSON.stringify({ documents: [], incidents: [] }));
  assert.throws(() => runModern(resultPath), { code: 'BAD_EXPECTED' });
  fs.rmSync(dir, { recursive: true });
});

test('runModernExtraction runs the shipped extractor over every article and reports a score', async () => {
  const report = await runModernExtraction();
  assert.match(report, /^Modern corpus: \d+ files, \d+ expected incidents, \d+ predicted( \(and \d+ background mentions, not counted\))?$/m);
  assert.match(report, /^detection: \d+ matched/m);
  assert.doesNotMatch(report, /document not found/);
});
