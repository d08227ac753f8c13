import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseExpectedEntries, type ExpectedEntry } from './expected-entry.ts';
import { words } from './match-key.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const articlesDir = path.join(repoRoot, 'examples', 'articles');
const expected = parseExpectedEntries(JSON.parse(fs.readFileSync(path.join(here, 'expected.json'), 'utf8')));
const articleFiles = fs.readdirSync(articlesDir).filter((f) => f !== 'README.md').sort();
const text = (file: string): string => fs.readFileSync(path.join(articlesDir, file), 'utf8');
/** Loose containment for checking that the golden data is grounded in the text. */
const mentions = (file: string, phrase: string): boolean => ` ${words(text(file))} `.includes(` ${words(phrase)} `);

test('every article has exactly one expectation entry and every entry an article', () => {
  assert.deepEqual(expected.map((e) => e.file).sort(), articleFiles);
  assert.ok(articleFiles.length >= 36 && articleFiles.length <= 45, `${articleFiles.length} articles`);
});

test('the corpus mixes formats, negatives and damaged texts', () => {
  const ext = (e: string) => articleFiles.filter((f) => f.endsWith(e)).length;
  assert.equal(ext('.html'), 1);
  assert.ok(ext('.txt') >= 3);
  assert.ok(expected.filter((e) => e.negative).length >= 6);
  assert.ok(articleFiles.filter((f) => /Page \d+ of \d+|^\S.*\s{3,}\d+$/m.test(text(f)) && /\w-\n\w/.test(text(f))).length >= 3, 'PDF-damaged texts');
  assert.ok(articleFiles.some((f) => text(f) === text(f).toLowerCase()), 'an all lower-case text');
  assert.ok(articleFiles.some((f) => f.endsWith('.md') && !/^published:/m.test(text(f))), 'a Markdown article without a publication date');
});

test('Markdown front matter has a title, an outlet and an example URL', () => {
  for (const file of articleFiles.filter((f) => f.endsWith('.md'))) {
    const match = /^---\n([\s\S]*?)\n---\n/.exec(text(file));
    assert.ok(match, `${file}: front matter`);
    const meta = match[1]!;
    assert.match(meta, /^title: \S/m, file);
    assert.match(meta, /^outlet: \S/m, file);
    assert.match(meta, /^url: https:\/\/example\.(org|com)\//m, file);
    const published = /^published: (.*)$/m.exec(meta);
    if (published) assert.match(published[1]!, /^\d{4}-\d{2}-\d{2}$/, file);
  }
});

test('article bodies are between 150 and 900 words', () => {
  for (const file of articleFiles) {
    const body = text(file).replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<[^>]+>/g, ' ');
    const count = body.split(/\s+/).filter(Boolean).length;
    assert.ok(count >= 150 && count <= 900, `${file}: ${count} words`);
  }
});

test('the golden values are grounded in the text of their article', () => {
  for (const entry of expected) {
    for (const incident of entry.incidents) {
      const where = `${entry.file} ${incident.date}`;
      if (incident.place) assert.ok([incident.place, ...(incident.place_aliases ?? [])].some((p) => mentions(entry.file, p)), `${where}: place`);
      for (const p of incident.perpetrators) assert.ok([p.name, ...(p.aliases ?? [])].some((n) => mentions(entry.file, n)), `${where}: ${p.name}`);
      for (const source of incident.sources) {
        const alternatives = typeof source === 'string' ? [source] : source;
        assert.ok(alternatives.some((s) => mentions(entry.file, s)), `${where}: source ${alternatives.join('|')}`);
      }
      if (incident.claims_responsibility_via) assert.ok(mentions(entry.file, incident.claims_responsibility_via), `${where}: channel`);
    }
  }
});

test('parseExpectedEntries rejects malformed expectations', () => {
  const good = (): ExpectedEntry => ({
    file: 'a.md', negative: false, incidents: [{
      date: '2024-03-12', country_code: 'BF', place: 'Djibo', attack_types: ['Armed Assault'], perpetrators: [],
      killed: { low: 12, best: 12, high: 35, disputed: true }, killed_perpetrators: null, wounded: null, sources: [],
    }],
  });
  const rows: Array<[string, (e: ExpectedEntry) => unknown]> = [
    ['bad date', (e) => { e.incidents[0]!.date = '12/03/2024'; return [e]; }],
    ['country_code', (e) => { e.incidents[0]!.country_code = 'Burkina'; return [e]; }],
    ['unknown attack type', (e) => { e.incidents[0]!.attack_types = ['Shooting']; return [e]; }],
    ['low ≤ best ≤ high', (e) => { e.incidents[0]!.killed = { low: 40, best: 12, high: 35, disputed: true }; return [e]; }],
    ['disputed', (e) => { e.incidents[0]!.killed = { low: 12, best: 12, high: 35, disputed: false }; return [e]; }],
    ['negative entry cannot list incidents', (e) => { e.negative = true; return [e]; }],
    ['duplicate', (e) => [e, good()]],
    ['array', (e) => e],
  ];
  assert.doesNotThrow(() => parseExpectedEntries([good()]));
  for (const [message, mutate] of rows) {
    assert.throws(() => parseExpectedEntries(mutate(good())), (error: Error & { code?: string }) => error.code === 'BAD_EXPECTED' && error.message.includes(message), message);
  }
});
