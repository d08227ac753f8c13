/**
 * `npm run bench`: throughput figures measured in one process, as ratios against baselines run
 * on the same inputs in the same run (the machines are shared and noisy), recorded in BENCHMARKS.md.
 *
 * 1. Ingest: documents/s of `ingestDocuments` (read, hash, extract, store in SQLite, one
 *    transaction per document) over a corpus of >= 10,000 files, against a bare read-and-hash pass.
 * 2. Extraction: documents/s of the whole extraction on MUC-4 dev texts, against a bare
 *    tokenisation pass and against compromise tagging the same texts, in interleaved rounds (medians).
 * 3. Merging at ingest (bench/merge-bench.ts, in a process of its own so that neither heap
 *    weighs on the other): synthetic documents into an empty and a large store, merging on and off,
 *    and the candidates scored per new report. `BENCH_MERGE=0` leaves it out.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { SourceDocument } from '../src/core/types.ts';
import { tokenize } from '../src/nlp/tokenize.ts';
import { defaultDependencies } from '../src/pipeline/default-dependencies.ts';
import { extractDocument } from '../src/pipeline/extract-document.ts';
import { ingestDocuments } from '../src/pipeline/ingest-documents.ts';
import { listInputs } from '../src/pipeline/read-documents.ts';
import { openStore } from '../src/store/open-store.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared', 'data', 'muc4');
const CORPUS_SIZE = Number(process.env.BENCH_DOCS ?? 10000);

function sourceTexts(): { texts: string[]; origin: string } {
  const dev = join(shared, 'dev.jsonl');
  if (existsSync(dev)) {
    const texts = readFileSync(dev, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    return { texts, origin: 'MUC-4 dev texts' };
  }
  const dir = join(root, 'examples', 'articles');
  const texts = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'));
  return { texts, origin: 'bundled example articles (../shared absent)' };
}

function rate(n: number, ms: number): number {
  return n / (ms / 1000);
}

async function benchIngest(texts: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  for (let i = 0; i < CORPUS_SIZE; i++) {
    writeFileSync(join(docs, `${String(i).padStart(6, '0')}.txt`), `${texts[i % texts.length]}\n\n(copy ${i})\n`);
  }
  const { inputs } = await listInputs([docs]);
  let t0 = performance.now();
  for (const ref of inputs) createHash('sha256').update(readFileSync(ref.origin, 'utf8')).digest('hex');
  const hashMs = performance.now() - t0;
  const store = await openStore({ db: join(dir, 'bench.db') });
  const deps = defaultDependencies();
  t0 = performance.now();
  const summary = await ingestDocuments(store, inputs, { metadata: {}, deps });
  const ingestMs = performance.now() - t0;
  const stats = await store.stats();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { files: inputs.length, hashRate: rate(inputs.length, hashMs), ingestRate: rate(summary.added, ingestMs), stats, failed: summary.failed };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Interleaved rounds (tokenisation, whole extraction, compromise on a 50-text sample, each
 * timed in the same round) so that load from other processes hits all three alike; the
 * reported rates and ratios are medians over the rounds.
 */
function benchExtraction(texts: string[]) {
  const deps = defaultDependencies();
  const docs: SourceDocument[] = texts.map((text, i) => ({
    id: `b${i}`, hash: '', text, title: null, outlet: null, author: null, url: null, published: null, origin: null, format: 'text',
  }));
  for (const d of docs) extractDocument(d, deps); // warm-up: lexicons, gazetteer, model, JIT
  const sample = docs.slice(0, Math.min(docs.length, 50));
  nlp(sample[0]!.text).json();
  const rounds = 5;
  const tokenRates: number[] = [];
  const extractRates: number[] = [];
  const compromiseRates: number[] = [];
  const toCompromise: number[] = [];
  const toTokens: number[] = [];
  let tokens = 0;
  let incidents = 0;
  const heapBefore = process.memoryUsage().heapUsed;
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    for (const d of docs) tokens += tokenize(d.text).length;
    tokenRates.push(rate(docs.length, performance.now() - t0));
    t0 = performance.now();
    for (const d of docs) incidents += extractDocument(d, deps).incidents.length;
    extractRates.push(rate(docs.length, performance.now() - t0));
    t0 = performance.now();
    for (const d of sample) nlp(d.text).json();
    compromiseRates.push(rate(sample.length, performance.now() - t0));
    toCompromise.push(extractRates[r]! / compromiseRates[r]!);
    toTokens.push(extractRates[r]! / tokenRates[r]!);
  }
  const heapAfter = process.memoryUsage().heapUsed;
  return {
    docs: docs.length, rounds, tokenRate: median(tokenRates), extractRate: median(extractRates), compromiseRate: median(compromiseRates),
    vsCompromise: median(toCompromise), vsTokens: median(toTokens), sample: sample.length,
    incidents: incidents / rounds, tokens: tokens / rounds, heapDeltaKbPerDoc: Math.max(0, heapAfter - heapBefore) / 1024 / (docs.length * rounds),
  };
}

const { texts, origin } = sourceTexts();
const ingest = await benchIngest(texts);
const extraction = benchExtraction(texts);
const when = new Date().toISOString().slice(0, 10);
const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
const section = [
  `## Run of ${when} (${process.version}, ${origin})`,
  '',
  `Command: \`npm run bench\` (corpus size: \`BENCH_DOCS\`, default 10,000).`,
  '',
  '| measure | documents/s | ratio |',
  '| --- | ---: | ---: |',
  `| bare read + sha256 of ${fmt(ingest.files)} files (baseline) | ${fmt(ingest.hashRate)} | 1 |`,
  `| \`ingestDocuments\` into SQLite (read, hash, extract, store; one transaction per document) | ${fmt(ingest.ingestRate)} | ${(ingest.ingestRate / ingest.hashRate).toFixed(3)} of baseline |`,
  `| bare tokenisation of ${extraction.docs} texts (ceiling; median of ${extraction.rounds} interleaved rounds) | ${fmt(extraction.tokenRate)} | 1 |`,
  `| whole sitrep extraction (rules and learned model), same texts | ${fmt(extraction.extractRate)} | ${extraction.vsTokens.toFixed(3)} of tokenisation |`,
  `| compromise \`nlp(text).json()\` on the first ${extraction.sample} texts | ${fmt(extraction.compromiseRate)} | sitrep is ${extraction.vsCompromise.toFixed(1)}× compromise |`,
  '',
  `Stored: ${fmt(ingest.stats.documents)} documents, ${fmt(ingest.stats.incidents)} incidents, ${fmt(ingest.stats.claims)} claims (${ingest.failed} failed). ` +
    `Extraction found ${fmt(extraction.incidents)} incidents in ${extraction.docs} texts; heap growth ≈ ${extraction.heapDeltaKbPerDoc.toFixed(1)} KB per document (includes garbage not yet collected).`,
  '',
].join('\n');
process.stdout.write(`${section}\n`);
const mergeSection = process.env.BENCH_MERGE === '0'
  ? ''
  : execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'merge-bench.ts')], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024,
  });
process.stdout.write(mergeSection);
const file = join(root, 'BENCHMARKS.md');
const header = '# Benchmarks\n\nFigures from `npm run bench`, newest first. Ratios are within one run; absolute rates depend on the machine (2 shared cores here).\n\n';
const previous = existsSync(file) ? readFileSync(file, 'utf8').replace(header, '') : '';
writeFileSync(file, `${header}${section}\n${mergeSection ? `${mergeSection}\n` : ''}${previous}`);
