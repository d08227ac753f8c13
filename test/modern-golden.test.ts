/**
 * Golden extraction output for the modern corpus (examples/articles): a compact summary of every
 * incident of every article, so that any change in what the engine extracts shows up in review.
 * Regenerate only on purpose: UPDATE_GOLDEN=1 node --import tsx --test test/modern-golden.test.ts
 * Every claim's quote must also slice exactly from its document's stored text.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Incident, ReconciledFigure } from '../src/core/types.ts';
import { enumerateInputs } from '../src/ingest/enumerate-inputs.ts';
import { makeDocument } from '../src/ingest/make-document.ts';
import { readInput } from '../src/ingest/read-input.ts';
import { defaultDependencies } from '../src/pipeline/default-dependencies.ts';
import { extractDocument } from '../src/pipeline/extract-document.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const articles = join(root, 'examples', 'articles');
const golden = join(root, 'test', 'golden', 'modern.json');

const figure = (f: ReconciledFigure): string => (f.best === null ? '-' : `${f.low}/${f.best}/${f.high}${f.disputed ? ' disputed' : ''}`);

function summary(incident: Incident): Record<string, unknown> {
  const place = incident.place;
  return {
    date: incident.date,
    place: place ? `${place.name ?? '-'}, ${place.country_code ?? '-'} (${place.precision})` : null,
    background: incident.background ?? false,
    attack_types: incident.attack_types,
    perpetrators: incident.perpetrators.map((p) => `${p.name} (${p.kind}, ${p.status})`),
    targets: incident.targets.map((t) => `${t.text} (${t.type})`),
    victims: incident.victims.map((v) => v.text),
    weapons: incident.weapons.map((w) => `${w.text} (${w.type})`),
    killed: figure(incident.killed),
    killed_perpetrators: figure(incident.killed_perpetrators),
    wounded: figure(incident.wounded),
    sources: [...new Set(incident.claims.map((c) => `${c.source} ${c.stance}`))].sort(),
    claims: incident.claims.length,
  };
}

test('modern corpus: extraction output matches the golden file, quotes slice from the stored text', async () => {
  const { inputs, failures } = await enumerateInputs([articles]);
  assert.deepEqual(failures, []);
  const out: Record<string, unknown> = {};
  const deps = defaultDependencies();
  for (const input of [...inputs].sort((a, b) => a.origin.localeCompare(b.origin))) {
    const name = input.origin.slice(articles.length + 1);
    if (name === 'README.md') continue;
    for (const read of await readInput(input)) {
      const doc = makeDocument(read);
      const { incidents } = extractDocument(doc, deps);
      for (const incident of incidents) {
        for (const claim of incident.claims) assert.equal(doc.text.slice(claim.start, claim.end), claim.quote, `${name}: ${claim.field} quote`);
      }
      out[name] = incidents.map(summary);
    }
  }
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, `${JSON.stringify(out, null, 1)}\n`);
  }
  assert.deepEqual(out, JSON.parse(readFileSync(golden, 'utf8')));
});
