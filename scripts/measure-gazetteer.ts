/**
 * Measures the embedded gazetteer: load time, heap growth, resolutions per second (exact
 * names and a mix with misspellings that take the fuzzy path), and the committed data size.
 * Usage: node --expose-gc --import tsx scripts/measure-gazetteer.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultGazetteerDir, loadGazetteer } from '../src/geo/gazetteer/load-gazetteer.ts';
import { resolveToponym, type ToponymContext } from '../src/geo/gazetteer/resolve-toponym.ts';

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const g = loadGazetteer();
gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

function rate(queries: Array<[string, ToponymContext]>, ms = 1500): number {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    const [q, ctx] = queries[n % queries.length]!;
    resolveToponym(q, ctx, g);
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

const exact: Array<[string, ToponymContext]> = [
  'Aktobe', 'Aqtobe', 'Qabodiyon', 'Shahrituz', 'Qala-i-Zal', 'Kunduz', 'Dushanbe', 'san salvador', 'usulutan',
  'ayacucho', 'lima', 'bogota', 'medellin', 'Khatlon province', 'Tajik', 'Mazar-e Sharif', 'Almaty', 'Chimkent',
].map((q) => [q, {}]);
const fuzzy: Array<[string, ToponymContext]> = [
  ['Qabodiyonn', { countryCodes: ['TJ'] }],
  ['Aktobbo', { countryCodes: ['KZ'] }],
  ['Usulutann', { countryCodes: ['SV'] }],
  ['Zzyzxqq', {}],
];

// Warm the per-country and global edit-distance key lists once, as a long-running process would.
for (const [q, ctx] of fuzzy) resolveToponym(q, ctx, g);

const dir = defaultGazetteerDir();
const bytes = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
console.log(`entries:            ${g.size}`);
console.log(`load:               ${g.loadMs.toFixed(0)} ms`);
console.log(`heap growth:        ${heapMb.toFixed(0)} MB${gc ? '' : ' (run with --expose-gc for a clean figure)'}`);
console.log(`exact lookups/s:    ${rate(exact).toFixed(0)}`);
console.log(`fuzzy lookups/s:    ${rate(fuzzy).toFixed(0)}`);
console.log(`committed data:     ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
