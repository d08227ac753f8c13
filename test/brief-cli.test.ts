/**
 * `sitrep brief` end to end, in process, against real files and a real SQLite database: one
 * incident's brief in Markdown and HTML, the day brief over filtered incidents, usage errors
 * (exit 2) and an unknown id (exit 1).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runCli as run } from './helpers/run-cli.ts';

const AKTOBE = `AKTOBE, Kazakhstan, June 5 (Steppe Wire) - Gunmen attacked two gun shops and an army unit in the Kazakh city of Aktobe on Sunday, killing six people, officials said. At least nine soldiers were wounded. Four of the attackers were killed in shootouts with police, the Interior Ministry said.`;
const KABUL = `KABUL, June 5 (Frontier Wire) - Gunmen attacked a police checkpoint in Kabul on Sunday, killing four policemen and wounding two civilians, officials said. The Taliban claimed responsibility for the attack in a statement.`;

let db = '';
let aktobeId = '';
let kabulId = '';

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-brief-'));
  db = join(dir, 'sitrep.db');
  writeFileSync(join(dir, 'aktobe.txt'), AKTOBE);
  writeFileSync(join(dir, 'kabul.txt'), KABUL);
  const ingest = async (file: string, ...meta: string[]) => {
    const r = await run(['ingest', join(dir, file), '--db', db, '--format', 'json', ...meta]);
    assert.equal(r.code, 0, r.err);
    const ids = (JSON.parse(r.out) as { items: Array<{ incidents: string[] }> }).items[0]!.incidents;
    assert.equal(ids.length, 1, `one incident in ${file}`);
    return ids[0]!;
  };
  aktobeId = await ingest('aktobe.txt', '--published', '2016-06-05', '--outlet', 'Steppe Wire', '--title', 'Gunmen kill six in Aktobe & seize <bus>', '--url', 'https://steppe.example/aktobe');
  kabulId = await ingest('kabul.txt', '--published', '2022-06-05', '--outlet', 'Frontier Wire');
});

/** Each footnote quotes the report exactly. */
function footnoteQuotes(markdown: string): string[] {
  return markdown.split('\n').filter((l) => /^\[\^\d+\]: /.test(l)).map((l) => /— "(.*)" \(document [0-9a-f]+\)$/.exec(l)![1]!);
}

test('brief ID: a cited Markdown brief of one incident', async () => {
  const r = await run(['brief', aktobeId, '--db', db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^# Aktobe, Kazakhstan, 5 June 2016\n\nOn 5 June 2016 in Aktobe /);
  assert.match(r.out, /carried out armed assaults on two gun shops and an army unit\[\^\d+\]/);
  assert.match(r.out, /six people were killed\[\^\d+\]/);
  assert.match(r.out, /\[\^1\]: Steppe Wire, "Gunmen kill six in Aktobe & seize \\<bus\\>", 2016-06-05, https:\/\/steppe\.example\/aktobe — "/);
  const quotes = footnoteQuotes(r.out);
  assert.ok(quotes.length >= 2);
  for (const q of quotes) assert.ok(AKTOBE.includes(q), `quote from the report: ${q}`);
  assert.ok(r.out.includes(`Incident \`${aktobeId}\``));
});

test('brief ID --format html: a standalone, escaped page', async () => {
  const r = await run(['brief', aktobeId, '--db', db, '--format', 'html']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  assert.match(r.out, /<\/html>\n$/);
  assert.match(r.out, /<sup><a href="#cite-1">1<\/a><\/sup>/);
  assert.match(r.out, /<li id="cite-1">Steppe Wire, “Gunmen kill six in Aktobe &amp; seize &lt;bus&gt;”/);
  assert.ok(!r.out.includes('<bus>'));
  assert.doesNotMatch(r.out, /<script|<link|src=/);
});

test('brief --on MM-DD: the incidents of that day in date order; filters narrow them', async () => {
  const day = await run(['brief', '--on', '06-05', '--db', db]);
  assert.equal(day.code, 0, day.err);
  assert.match(day.out, /^# On this day: 5 June\n\n## 2016: Aktobe, Kazakhstan\n[\s\S]*\n## 2022: Kabul, Afghanistan\n/);
  assert.match(day.out, /Taliban claimed responsibility[^.]*\[\^\d+\]/);
  for (const q of footnoteQuotes(day.out)) assert.ok(AKTOBE.includes(q) || KABUL.includes(q), `quote from a report: ${q}`);

  const kabul = await run(['brief', '--on', '06-05', '--country', 'AF', '--db', db]);
  assert.equal(kabul.code, 0, kabul.err);
  assert.ok(kabul.out.includes(`Incident \`${kabulId}\``));
  assert.ok(!kabul.out.includes(aktobeId));

  const html = await run(['brief', '--on', '06-05', '--from', '2020-01-01', '--db', db, '--format', 'html']);
  assert.equal(html.code, 0, html.err);
  assert.match(html.out, /<h1>On this day: 5 June<\/h1>\n<article id="incident-[^"]+">\n<h2>2022: Kabul, Afghanistan<\/h2>/);

  const none = await run(['brief', '--on', '06-06', '--db', db]);
  assert.equal(none.code, 0, none.err);
  assert.equal(none.out, '# On this day: 6 June\n\nNo stored incident on this day.\n');
});

/** [case, arguments, message] — each exits 2 with one line. */
const USAGE: Array<[string, string[], RegExp]> = [
  ['neither an id nor --on', ['brief'], /give an incident id or --on MM-DD/],
  ['both an id and --on', ['brief', 'x', '--on', '06-05'], /not both/],
  ['filters with an id', ['brief', 'x', '--country', 'KZ'], /filters apply to --on only \(got --country\)/],
  ['not a calendar day', ['brief', '--on', '13-45'], /--on: not a calendar day: 13-45/],
  ['not a date', ['brief', '--on', '06-05', '--from', 'June'], /--from: not a date/],
  ['an unknown format', ['brief', 'x', '--format', 'pdf'], /--format: expected markdown or html, not pdf/],
];

for (const [name, args, message] of USAGE) {
  test(`brief usage error: ${name}`, async () => {
    const r = await run([...args, '--db', db]);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, message);
  });
}

test('brief with an unknown id: not found, exit 1', async () => {
  const r = await run(['brief', 'nope', '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.err, /no incident nope/);
});
