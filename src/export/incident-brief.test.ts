import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../core/errors.ts';
import type { Claim, FigureField, FigureHistoryStep, FigureValue, Incident, PerpetratorStatus, ResolvedPlace, SourceKind, Stance } from '../core/types.ts';
import { deriveIncident } from '../reconcile/derive-incident.ts';
import { formatDayBrief, formatIncidentBrief, type BriefDocument } from './incident-brief.ts';

// ---- hand-built documents and claims (spans slice the texts to the quotes) ----

const TEXTS: Record<string, string> = {
  early: 'Suspected Islamist militants have killed six people in attacks on two gun shops and an army unit in Aktobe, officials said. At least nine soldiers were injured.',
  late: 'ISIS-linked gunmen killed 20 people in Aktobe on 5 June: four of the attackers were killed in shootouts with police. A rumoured toll of 60 was never confirmed.',
  copy: 'ISIS-linked gunmen killed 20 people in Aktobe on 5 June: four of the attackers were killed in shootouts with police.',
  tj: 'On November 6th the State Committee for National Security said the invaders were members of ISIS. On November 8th ISIS took responsibility through its Amaq news agency. Edward Lemon tweeted: "This needs to be treated with caution." Kommersant quoted Arkadia Dubnova, who called the attack staged. 15 of the assailants and 2 members of the state forces died.',
  anonA: 'Officials said six people were killed in the attacks in Aktobe.',
  anonB: 'The death toll from the Aktobe attacks has risen to 20.',
  odd: 'Witnesses said <b>three</b> people & a dog were hurt by "gunmen" at the <market>.',
};

const DOCS = new Map<string, BriefDocument>([
  ['early', { id: 'early', title: 'Gunmen attack gun shops in Aktobe', outlet: 'Steppe Wire', url: 'https://steppe.example/aktobe', published: '2016-06-05' }],
  ['late', { id: 'late', title: 'Aktobe toll rises to 20', outlet: 'Caspian Daily', url: 'https://caspian.example/aktobe-20', published: '2016-06-06' }],
  ['copy', { id: 'copy', title: 'Aktobe toll rises to 20', outlet: 'Aggregator Hub', url: 'https://aggregator.example/x', published: '2016-06-07', copy_of: 'late' }],
  ['tj', { id: 'tj', title: 'Attack on the Ishqobod border post', outlet: null, url: null, published: null }],
  ['anonA', { id: 'anonA', title: null, outlet: null, url: null, published: '2016-06-05' }],
  ['anonB', { id: 'anonB', title: null, outlet: null, url: null, published: '2016-06-06' }],
  ['odd', { id: 'odd', title: 'Fish & <chips>', outlet: 'R&D "Weekly"', url: 'javascript:alert(1)', published: '2020-01-02' }],
]);

interface Voice {
  source?: string;
  kind?: SourceKind;
  stance?: Stance;
  at?: string | null;
  speaker?: string;
}

function at(document: string, quote: string, v: Voice = {}) {
  const start = TEXTS[document]!.indexOf(quote);
  assert.ok(start >= 0, `quote in ${document}: ${quote}`);
  const kind = v.kind ?? 'document';
  return {
    source: v.source ?? (kind === 'document' ? 'document' : kind), source_kind: kind, stance: v.stance ?? 'asserts',
    quote, document, start, end: start + quote.length, reported_at: v.at ?? null, ...(v.speaker ? { speaker: v.speaker } : {}),
  };
}

const sentenceOf = (document: string, word: string) => {
  const text = TEXTS[document]!;
  const i = text.indexOf(word);
  const s = text.lastIndexOf('. ', i);
  const e = text.indexOf('.', i + word.length);
  return text.slice(s < 0 ? 0 : s + 2, e < 0 ? text.length : e + 1);
};

const AKTOBE: ResolvedPlace = { name: 'Aktobe', admin1: 'Aqtöbe', country: 'Kazakhstan', country_code: 'KZ', lat: 50.28, lon: 57.21, precision: 'city' };
const ISHQOBOD: ResolvedPlace = { name: 'Ishqobod border post', admin1: null, country: 'Tajikistan', country_code: 'TJ', lat: 38.76, lon: 69.53, precision: 'point' };

type Base = ReturnType<typeof at>;
const date = (b: Base, value: string): Claim => ({ ...b, field: 'date', value });
const place = (b: Base, p: ResolvedPlace): Claim => ({ ...b, field: 'place', value: { ...p, mention: p.name } });
const attack = (b: Base, value: string): Claim => ({ ...b, field: 'attack_type', value });
const target = (b: Base, text: string, type: string): Claim => ({ ...b, field: 'target', value: { text, type } });
const victim = (b: Base, text: string): Claim => ({ ...b, field: 'victim', value: { text } });
const perp = (b: Base, name: string, status: PerpetratorStatus, kind: 'organization' | 'individual' = 'organization', mention?: string): Claim =>
  ({ ...b, field: 'perpetrator', value: { name, kind, status, ...(mention ? { mention } : {}) } });
const figure = (b: Base, field: FigureField, value: number, extra: Partial<FigureValue> = {}): Claim =>
  ({ ...b, field, value, figure: { value, low: value, high: extra.qualifier === 'at_least' ? null : value, qualifier: 'exact', derived: false, ...extra } });

// ---- the Aktobe-like incident: officials said 6 on the day, a later report 20, a syndicated copy of it ----

const officials = { source: 'officials', kind: 'official' as const, at: '2016-06-05' };
const E1 = sentenceOf('early', 'officials said');
const E2 = 'At least nine soldiers were injured.';
const L1 = sentenceOf('late', 'ISIS-linked');
const L2 = 'A rumoured toll of 60 was never confirmed.';
const REJECTED: Claim = { ...figure(at('late', L2, { at: '2016-06-06' }), 'killed', 60), rejected: { why: 'a rumour', by: 'analyst', at: '2016-06-08' } };

const aktobeClaims: Claim[] = [
  date(at('early', E1, officials), '2016-06-05'),
  place(at('early', E1, officials), AKTOBE),
  attack(at('early', E1, officials), 'Armed Assault'),
  target(at('early', E1, officials), 'two gun shops', 'Business'),
  target(at('early', E1, officials), 'army unit', 'Military'),
  perp(at('early', E1, officials), 'suspected islamist militants', 'suspected', 'individual', 'Suspected Islamist militants'),
  figure(at('early', E1, officials), 'killed', 6),
  victim(at('early', E1, officials), 'six people'),
  figure(at('early', E2, { at: '2016-06-05' }), 'wounded', 9, { qualifier: 'at_least' }),
  victim(at('early', E2, { at: '2016-06-05' }), 'At least nine soldiers'),
  date(at('late', L1, { at: '2016-06-06' }), '2016-06-05'),
  place(at('late', L1, { at: '2016-06-06' }), AKTOBE),
  attack(at('late', L1, { at: '2016-06-06' }), 'Armed Assault'),
  perp(at('late', L1, { at: '2016-06-06' }), 'Islamic State', 'suspected', 'organization', 'ISIS'),
  perp(at('late', L1, { at: '2016-06-06' }), 'gunmen', 'blamed', 'individual', 'gunmen'),
  figure(at('late', L1, { at: '2016-06-06' }), 'killed', 20),
  victim(at('late', L1, { at: '2016-06-06' }), '20 people'),
  figure(at('late', L1, { at: '2016-06-06' }), 'killed_perpetrators', 4),
  perp(at('late', L1, { at: '2016-06-06' }), 'four of the attackers', 'blamed', 'individual', 'four of the attackers'),
  REJECTED,
  { ...figure(at('copy', L1, { at: '2016-06-07' }), 'killed', 20), copy_of: 'late' },
  { ...perp(at('copy', L1, { at: '2016-06-07' }), 'Taliban', 'claimed'), stance: 'claims', source: 'Taliban', source_kind: 'armed_group', rejected: { why: 'wrong group', by: 'analyst', at: '2016-06-08' } },
];

const step = (document: string, published: string, low: number, best: number, high: number, disputed: boolean): FigureHistoryStep => ({ document, published, low, best, high, disputed });
const aktobe = (): Incident => ({
  ...deriveIncident('aktobe-1', aktobeClaims, { documents: ['early', 'late', 'copy'] }),
  figure_history: {
    killed: [step('early', '2016-06-05', 6, 6, 6, false), step('late', '2016-06-06', 6, 20, 60, true), step('copy', '2016-06-07', 6, 20, 60, true)],
    killed_perpetrators: [], wounded: [step('early', '2016-06-05', 9, 9, 9, false)], kidnapped: [],
  },
});

// ---- the Ishqobod-like incident: blamed by the state, claimed through Amaq, doubted by a researcher and a newspaper ----

const T = (word: string) => sentenceOf('tj', word);
const ishqobodClaims: Claim[] = [
  date(at('tj', T('State Committee'), { source: 'State Committee for National Security', kind: 'state_body', at: '--11-06' }), '--11-06'),
  place(at('tj', T('State Committee'), { source: 'State Committee for National Security', kind: 'state_body', at: '--11-06' }), ISHQOBOD),
  attack(at('tj', T('State Committee'), { source: 'State Committee for National Security', kind: 'state_body', at: '--11-06' }), 'Armed Assault'),
  perp(at('tj', T('State Committee'), { source: 'State Committee for National Security', kind: 'state_body', at: '--11-06' }), 'Islamic State', 'blamed', 'organization', 'ISIS'),
  perp(at('tj', T('State Committee'), { source: 'State Committee for National Security', kind: 'state_body', at: '--11-06' }), 'invaders', 'blamed', 'individual', 'invaders'),
  perp(at('tj', T('Amaq'), { source: 'Amaq', kind: 'group_media', stance: 'claims', at: '--11-08' }), 'Islamic State', 'claimed', 'organization', 'ISIS'),
  perp(at('tj', T('treated with caution'), { source: 'Edward Lemon', kind: 'expert', stance: 'doubts', at: '--11-08' }), 'Islamic State', 'disputed'),
  perp(at('tj', T('Kommersant'), { source: 'Kommersant', kind: 'media', stance: 'doubts', speaker: 'Arkadia Dubnova' }), 'Islamic State', 'disputed'),
  figure(at('tj', T('assailants'), { source: 'State Committee for National Security', kind: 'state_body', at: '--11-06' }), 'killed_perpetrators', 15),
  figure(at('tj', T('assailants'), { source: 'State Committee for National Security', kind: 'state_body', at: '--11-06' }), 'killed', 2),
  victim(at('tj', T('assailants'), { source: 'State Committee for National Security', kind: 'state_body', at: '--11-06' }), '2 members of the state forces'),
];
const ishqobod = () => deriveIncident('tj-1', ishqobodClaims);

// ---- an incident with awkward characters and nothing but a description of its perpetrators ----

const O = TEXTS.odd!;
const oddClaims: Claim[] = [
  date(at('odd', O), '2020-01-01'),
  attack(at('odd', O), 'Armed Assault'),
  target(at('odd', O), '<market>', 'Business'),
  perp(at('odd', O), 'gunmen', 'blamed', 'individual', 'gunmen'),
  figure(at('odd', O, { source: 'witnesses', kind: 'witness' }), 'wounded', 3),
];
const odd = () => deriveIncident('odd-1', oddClaims);

// ---- two unnamed reports, a day apart ----

const unnamed = () => deriveIncident('anon-1', [
  date(at('anonA', TEXTS.anonA!, officials), '2016-06-05'),
  figure(at('anonA', TEXTS.anonA!, officials), 'killed', 6),
  victim(at('anonA', TEXTS.anonA!, officials), 'six people'),
  figure(at('anonB', TEXTS.anonB!), 'killed', 20),
]);

const md = (i: Incident) => formatIncidentBrief(i, DOCS, { format: 'markdown' });
const html = (i: Incident) => formatIncidentBrief(i, DOCS, { format: 'html' });

// ---- rows: [rule, output, expected present, expected absent] ----

const ROWS: Array<[string, () => string, Array<string | RegExp>, Array<string | RegExp>]> = [
  ['what, where and when in one sentence, attack types in words', () => md(aktobe()),
    [/^On 5 June 2016 in Aktobe \(Aqtöbe, Kazakhstan\)\[\^1\]\[\^2\], suspected Islamist militants carried out armed assaults on two gun shops and an army unit\[\^1\]\./m], []],
  ['the dispute stated as a dispute, in the order of statements', () => md(aktobe()),
    [/The death toll is disputed: officials said on the day of the attack that six people were killed\[\^1\]; Caspian Daily said on 6 June that 20 people were killed\[\^2\]\./], []],
  ['attackers killed and wounded as the sources state them', () => md(aktobe()),
    ['Caspian Daily said four of the attackers were killed[^2]', 'Steppe Wire said at least nine soldiers were wounded[^3]'], []],
  ['how the figure changed as reports came in', () => md(aktobe()),
    ['As reports came in, the best estimate of the death toll went from 6 (report of 5 June 2016)[^1] to 20 (report of 6 June 2016)[^2].'], [/wounded stayed/]],
  ['"a later report" when an unnamed report comes after', () => md(unnamed()),
    ['The death toll is disputed: officials said on the day of the attack that six people were killed[^1]; a later report said 20 people were killed[^2].',
      '[^2]: 2016-06-06 — "The death toll from the Aktobe attacks has risen to 20." (document anonB)'], []],
  ['a step of the figure history that only a rejected claim supports is left out', () => md({ ...aktobe(), figure_history: { ...aktobe().figure_history!, killed: [step('early', '2016-06-05', 6, 6, 6, false), step('late', '2016-06-06', 6, 60, 60, true), step('copy', '2016-06-07', 6, 20, 60, true)] } }),
    ['went from 6 (report of 5 June 2016)[^1] to 20 (report of 7 June 2016)[^2].'], [/\b60\b/]],
  ['other voices\' descriptions of the attackers, cited', () => md({ ...aktobe(), documents: ['late', 'early', 'copy'] }),
    [/^On 5 June 2016 in Aktobe \(Aqtöbe, Kazakhstan\)\[\^1\]\[\^2\], gunmen carried out armed assaults on two gun shops and an army unit\[\^1\]\[\^2\]\. Officials described the attackers as suspected Islamist militants\[\^2\]\./m], []],
  ['a description is not a name: no one "blamed gunmen"', () => md(aktobe()),
    ['Caspian Daily linked the attack to Islamic State on 6 June[^2].'], [/blamed gunmen/i, /blamed four/i, /gunmen claimed/i]],
  ['copies are cited only through their original', () => md(aktobe()),
    ['[^2]: Caspian Daily, "Aktobe toll rises to 20", 2016-06-06, https://caspian.example/aktobe-20 — "ISIS-linked gunmen killed 20 people'], ['Aggregator', 'document copy', 'aggregator.example']],
  ['rejected claims never appear as facts', () => md(aktobe()),
    ['2 claims rejected by an analyst are left out.'], [L2, /\b60\b/, 'Taliban']],
  ['claimed through the group\'s channel, blamed by the state, doubted by a researcher and through a newspaper', () => md(ishqobod()),
    ['Islamic State claimed responsibility through Amaq on 8 November[^', 'The State Committee for National Security blamed Islamic State on the day of the attack[^',
      'Edward Lemon cast doubt on the attribution to Islamic State on 8 November[^', '; so did Arkadia Dubnova, quoted by Kommersant[^'], []],
  ['a date without a year said so; a point that is a facility takes "at the"', () => md(ishqobod()),
    [/^On 6 November \(the sources give no year\) at the Ishqobod border post \(Tajikistan\)\[\^1\], invaders carried out an armed assault\[\^1\]\./m, '# Ishqobod border post, Tajikistan, 6 November (year not given)'], []],
  ['one voice giving two figures: one sentence, the victims in the source\'s words', () => md(ishqobod()),
    ['The State Committee for National Security said 2 members of the state forces were killed[^5] and 15 attackers were killed[^5].'], []],
  ['no date: said so', () => md(deriveIncident('x', oddClaims.filter((c) => c.field !== 'date'))),
    ['The sources give no date.'], []],
  ['Markdown: characters from documents are escaped', () => md(odd()),
    ['on a \\<market\\>', 'Witnesses said \\<b\\>three\\</b\\> people & a dog', 'R&D "Weekly", "Fish & \\<chips\\>"'], ['<market>']],
  ['HTML: a complete page, escaped, no external assets, no script URLs', () => html(odd()),
    [/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/, /<\/html>\n$/, '&lt;market&gt;', '<q>Witnesses said &lt;b&gt;three&lt;/b&gt; people &amp; a dog were hurt by &quot;gunmen&quot; at the &lt;market&gt;.</q>',
      'R&amp;D &quot;Weekly&quot;', '<sup><a href="#cite-1">1</a></sup>', '<li id="cite-1">', 'javascript:alert(1)'],
    ['<b>', '<market>', 'href="javascript', /<script|<link|src=|@import|url\(/]],
  ['HTML: an ordered list of the sources, with document ids and links', () => html(aktobe()),
    ['<ol>\n<li id="cite-1">Steppe Wire, “Gunmen attack gun shops in Aktobe”, 2016-06-05, <a href="https://steppe.example/aktobe">https://steppe.example/aktobe</a> — <q>', '(document <code>late</code>)'], ['Aggregator']],
];

/** Every `present` string or pattern is in the output and no `absent` one is. */
function assertMentions(out: string, present: ReadonlyArray<string | RegExp>, absent: ReadonlyArray<string | RegExp>): void {
  for (const p of present) {
    if (typeof p === 'string') assert.ok(out.includes(p), `expected ${JSON.stringify(p)} in\n${out}`);
    else assert.match(out, p);
  }
  for (const a of absent) {
    if (typeof a === 'string') assert.ok(!out.includes(a), `did not expect ${JSON.stringify(a)} in\n${out}`);
    else assert.doesNotMatch(out, a);
  }
}

for (const [rule, render, present, absent] of ROWS) {
  test(`formatIncidentBrief: ${rule}`, () => {
    const out = render();
    assertMentions(out, present, absent);
  });
}

/** Every footnote mark has its note, numbered 1..n in order of first use, each quoting a claim that is not rejected. */
function checkCitations(out: string, claims: Claim[]) {
  const [body, ...notes] = out.split(/\n(?=\[\^1\]: )/);
  const marks = [...body!.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
  const firsts = [...new Set(marks)];
  assert.deepEqual(firsts, firsts.map((_, k) => k + 1), 'numbered in order of first use');
  const lines = (notes[0] ?? '').trim().split('\n');
  assert.equal(lines.length, firsts.length, 'one note per number');
  const quotes = new Set(claims.filter((c) => !c.rejected).map((c) => c.quote.replace(/\s*\n\s*/g, ' ')));
  lines.forEach((line, k) => {
    const m = /^\[\^(\d+)\]: .* — "(.*)"( \(document [^)]+\))?$/.exec(line);
    assert.ok(m, `note format: ${line}`);
    assert.equal(Number(m[1]), k + 1);
    assert.ok(quotes.has(m[2]!), `quote of a claim: ${m[2]}`);
  });
}

const CITATION_ROWS: Array<[string, Incident, Claim[]]> = [
  ['Aktobe-like', aktobe(), aktobeClaims],
  ['Ishqobod-like', ishqobod(), ishqobodClaims],
];
for (const [name, incident, claims] of CITATION_ROWS) {
  test(`formatIncidentBrief: citations numbered and every cited quote present (${name})`, () => checkCitations(md(incident), claims));
}

test('formatIncidentBrief: every figure and attribution sentence carries a citation', () => {
  for (const [, incident] of CITATION_ROWS) {
    const paragraph = md(incident).split('\n').find((l) => l.startsWith('On '))!;
    for (const sentence of paragraph.split(/(?<=\.) (?=[A-Z])/)) {
      if (/\d|claimed|blamed|linked|doubt|denied/.test(sentence) && !/rejected by an analyst/.test(sentence)) assert.match(sentence, /\[\^\d+\]/, sentence);
    }
  }
});

test('formatIncidentBrief: golden Aktobe-like brief (Markdown)', () => {
  assert.equal(md(aktobe()), `# Aktobe, Kazakhstan, 5 June 2016

On 5 June 2016 in Aktobe (Aqtöbe, Kazakhstan)[^1][^2], suspected Islamist militants carried out armed assaults on two gun shops and an army unit[^1]. Caspian Daily linked the attack to Islamic State on 6 June[^2]. The death toll is disputed: officials said on the day of the attack that six people were killed[^1]; Caspian Daily said on 6 June that 20 people were killed[^2]. As reports came in, the best estimate of the death toll went from 6 (report of 5 June 2016)[^1] to 20 (report of 6 June 2016)[^2]. Caspian Daily said four of the attackers were killed[^2]. Steppe Wire said at least nine soldiers were wounded[^3]. 2 claims rejected by an analyst are left out.

Incident \`aktobe-1\`; 2 source documents.

[^1]: Steppe Wire, "Gunmen attack gun shops in Aktobe", 2016-06-05, https://steppe.example/aktobe — "${E1}" (document early)
[^2]: Caspian Daily, "Aktobe toll rises to 20", 2016-06-06, https://caspian.example/aktobe-20 — "${L1}" (document late)
[^3]: Steppe Wire, "Gunmen attack gun shops in Aktobe", 2016-06-05, https://steppe.example/aktobe — "${E2}" (document early)
`);
});

test('formatIncidentBrief: pure (same input, same output; the incident is not changed)', () => {
  const i = aktobe();
  const before = JSON.stringify(i);
  assert.equal(md(i), md(i));
  assert.equal(html(i), html(i));
  assert.equal(JSON.stringify(i), before);
});

// ---- the day brief ----

/** The Aktobe-like incident without its rejected claims (whose brief would derive the date again), moved to another date. */
const clean = () => deriveIncident('aktobe-1', aktobeClaims.filter((c) => !c.rejected), { documents: ['early', 'late', 'copy'] });
const shifted = (i: Incident, id: string, d: string, extra: Partial<Incident> = {}): Incident => ({ ...i, id, date: d, ...extra });

const DAY_ROWS: Array<[string, string, Incident[], Array<string | RegExp>, Array<string | RegExp>]> = [
  ['an empty day', '06-05', [], [/^# On this day: 5 June\n\nNo stored incident on this day\.\n$/], []],
  ['one section per incident in date order; background mentions and other days left out', '06-05',
    [shifted(clean(), 'later', '2019-06-05'), clean(), shifted(clean(), 'bg', '2011-06-05', { background: true }), shifted(clean(), 'other', '2016-06-06'), shifted(clean(), 'noyear', '--06-05')],
    [/^# On this day: 5 June\n\n## 2016: Aktobe, Kazakhstan\n[\s\S]*\n## 2019: Aktobe, Kazakhstan\n[\s\S]*\n## Year not given: Aktobe, Kazakhstan\n/],
    ['`bg`', '`other`']],
  ['year-less incidents on that day', '11-06', [ishqobod()], ['## Year not given: Ishqobod border post, Tajikistan', 'On 6 November (the sources give no year)'], []],
];

for (const [rule, mmdd, incidents, present, absent] of DAY_ROWS) {
  test(`formatDayBrief: ${rule}`, () => {
    const out = formatDayBrief(mmdd, incidents, DOCS, { format: 'markdown' });
    assertMentions(out, present, absent);
  });
}

test('formatDayBrief: citations numbered across the whole brief, one list at the end', () => {
  const tj2015 = shifted(ishqobod(), 'tj-2015', '2015-06-05');
  const out = formatDayBrief('06-05', [aktobe(), tj2015], DOCS, { format: 'markdown' });
  const [first, second] = out.split('\n## ').slice(1);
  assert.match(first!, /^2015: Ishqobod border post, Tajikistan\n/);
  assert.match(second!, /^2016: Aktobe, Kazakhstan\n/);
  const marks = (t: string) => [...t.split('\n[^1]: ')[0]!.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
  const notes = out.split('\n').filter((l) => /^\[\^\d+\]: /.test(l));
  assert.ok(Math.min(...marks(second!).filter((n) => !marks(first!).includes(n))) > Math.max(...marks(first!)), 'the second section goes on from the first');
  assert.equal(notes.length, Math.max(...marks(first!), ...marks(second!)));
  assert.ok(out.indexOf(notes[0]!) > out.indexOf('Incident `aktobe-1`'), 'one list, at the end');
  checkCitations(out, [...aktobeClaims, ...ishqobodClaims]);
});

test('formatDayBrief: HTML, empty and full', () => {
  const empty = formatDayBrief('06-05', [], DOCS, { format: 'html' });
  assert.match(empty, /<title>On this day: 5 June<\/title>/);
  assert.match(empty, /<p>No stored incident on this day\.<\/p>/);
  assert.doesNotMatch(empty, /<ol>/);
  const full = formatDayBrief('06-05', [aktobe()], DOCS, { format: 'html' });
  assert.match(full, /<h1>On this day: 5 June<\/h1>\n<article id="incident-aktobe-1">\n<h2>2016: Aktobe, Kazakhstan<\/h2>/);
});

test('formatDayBrief: a day that is not a calendar day is a usage error', () => {
  for (const bad of ['13-01', '6-5', '06-32', 'june']) assert.throws(() => formatDayBrief(bad, [], DOCS, { format: 'markdown' }), UsageError);
});
