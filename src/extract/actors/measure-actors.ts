/**
 * Micro-benchmark (not a test): documents per second of `findActorMentions` over the
 * MUC-4 dev texts. Run: `node --import tsx src/extract/actors/measure-actors.ts [FILE]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultActorRegistry } from './actor-registry.ts';
import { findActorMentions } from './find-actor-mentions.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const file = process.argv[2] ?? path.resolve(repoRoot, '..', 'shared', 'data', 'muc4', 'dev.jsonl');
if (!fs.existsSync(file)) {
  console.error(`${file}: not found`);
  process.exit(1);
}
const texts = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

let t0 = performance.now();
const registry = defaultActorRegistry();
const buildMs = performance.now() - t0;

let mentions = 0;
for (let round = 0; round < 3; round++) for (const t of texts) mentions += findActorMentions(t, registry).length;

const rounds = 20;
mentions = 0;
t0 = performance.now();
for (let round = 0; round < rounds; round++) for (const t of texts) mentions += findActorMentions(t, registry).length;
const ms = performance.now() - t0;
const docs = texts.length * rounds;
const chars = texts.reduce((n, t) => n + t.length, 0) * rounds;

console.log(`registry: ${registry.entries.length} actors, built in ${buildMs.toFixed(0)} ms`);
console.log(`${docs} documents (${(chars / docs).toFixed(0)} chars avg) in ${ms.toFixed(0)} ms`);
console.log(`${Math.round((docs / ms) * 1000)} documents/s, ${((chars / ms) * 1000 / 1e6).toFixed(1)} M chars/s, ${(mentions / docs).toFixed(1)} mentions/doc`);
