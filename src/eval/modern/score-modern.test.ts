import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, ExtractionResult, Incident, PerpetratorValue, ReconciledFigure, ResolvedPlace } from '../../core/types.ts';
import type { ExpectedEntry, ExpectedIncident } from './expected-entry.ts';
import { formatModernScore, scoreModernCorpus, type DocumentIndex } from './score-modern.ts';
import { indexDocumentsByOrder } from './document-index.ts';
import { overlapScore, pairIncidents } from './pair-incidents.ts';

const none: ReconciledFigure = { low: null, best: null, high: null, disputed: false };
const fig = (low: number, best: number, high: number, disputed = low !== high): ReconciledFigure => ({ low, best, high, disputed });

function place(name: string, country_code: string): ResolvedPlace {
  return { name, admin1: null, country: null, country_code, lat: null, lon: null, precision: 'city' };
}

function claim(source: string, stance: Claim['stance'], quote: string, perpetrator?: PerpetratorValue): Claim {
  const base = { source, source_kind: 'unknown' as const, stance, quote, document: 'd1', start: 0, end: quote.length, reported_at: null };
  return perpetrator ? { ...base, field: 'perpetrator', value: perpetrator } : { ...base, field: 'attack_type', value: 'Armed Assault' };
}

function incident(id: string, documents: string[], over: Partial<Incident> = {}): Incident {
  return {
    id, date: null, place: null, places_mentioned: [], attack_types: [], targets: [], victims: [], perpetrators: [], weapons: [],
    killed: none, killed_perpetrators: none, wounded: none, kidnapped: none, claims: [], related: [], documents, ...over,
  };
}

const djibo: ExpectedIncident = {
  date: '2024-03-12', country_code: 'BF', place: 'Djibo', attack_types: ['Armed Assault'],
  perpetrators: [{ name: 'JNIM', aliases: ["Jama'at Nusrat al-Islam wal-Muslimin"], status: 'claimed' }],
  killed: { low: 12, best: 12, high: 35, disputed: true }, killed_perpetrators: { low: 30, best: 30, high: 30, disputed: false }, wounded: null,
  sources: [['army', 'general staff'], 'az-Zallaqa'], claims_responsibility_via: 'az-Zallaqa',
};
const erbil: ExpectedIncident = {
  date: '2024-01-24', country_code: 'IQ', place: 'Erbil', attack_types: ['Bombing/Explosion'], perpetrators: [],
  killed: { low: 0, best: 0, high: 0, disputed: false }, killed_perpetrators: null, wounded: null, sources: ['counter-terrorism service'],
};
const corpus: ExpectedEntry[] = [
  { file: 'a.md', negative: false, incidents: [djibo] },
  { file: 'b.md', negative: false, incidents: [erbil] },
  { file: 'c.md', negative: true, incidents: [] },
  { file: 'd.md', negative: true, incidents: [] },
];
const index: DocumentIndex = new Map([['a.md', { documentId: 'A' }], ['b.md', { documentId: 'B' }], ['c.md', { documentId: 'C' }], ['d.md', { documentId: 'D' }]]);
const documents = ['A', 'B', 'C', 'D'].map((id) => ({ id, title: null, published: null }));

const perfectDjibo = incident('i1', ['A'], {
  date: '2024-03-12', place: place('Djibo', 'BF'), attack_types: ['Armed Assault'],
  perpetrators: [{ name: "Jama'at Nusrat al-Islam wal-Muslimin", kind: 'organization', status: 'claimed' }],
  killed: fig(12, 12, 35), killed_perpetrators: fig(30, 30, 30),
  claims: [
    claim('army general staff', 'asserts', 'twelve gendarmes had been killed'),
    claim('az-Zallaqa', 'claims', 'claimed responsibility on Wednesday through its az-Zallaqa media outlet', { name: 'JNIM', kind: 'organization', status: 'claimed' }),
  ],
});

test('a perfect prediction scores every field and no miss', () => {
  const perfectErbil = incident('i2', ['B'], {
    date: '2024-01-24', place: place('Erbil', 'IQ'), attack_types: ['Bombing/Explosion'], killed: fig(0, 0, 0),
    claims: [claim("region's counter-terrorism service", 'asserts', 'caused no casualties')],
  });
  const score = scoreModernCorpus(corpus, { documents, incidents: [perfectDjibo, perfectErbil] }, index);
  assert.deepEqual(score.misses, []);
  assert.deepEqual(score.detection, { expected: 2, predicted: 2, background: 0, matched: 2, precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(score.negatives, { correct: 2, total: 2 });
  for (const [field, t] of Object.entries(score.fields)) assert.equal(t.correct, t.total, field);
  assert.equal(score.fields.perpetrator_name.total, 2, 'one named perpetrator plus one "none" item');
  assert.equal(score.fields.perpetrator_status.total, 1);
  assert.equal(score.fields.killed_low.total, 2);
  assert.equal(score.fields.kidnapped_best.total, 0, 'kidnapped is scored only when expected lists it');
});

test('field errors are counted and reported per file', () => {
  const wrong = incident('i1', ['A'], {
    ...perfectDjibo,
    date: '2024-03-14',
    perpetrators: [{ name: 'JNIM', kind: 'organization', status: 'blamed' }],
    killed: fig(12, 20, 20),
    claims: [claim('residents', 'asserts', 'we buried at least twenty gendarmes')],
  });
  const score = scoreModernCorpus(corpus, { documents, incidents: [wrong] }, index);
  const t = score.fields;
  assert.deepEqual([t.date.correct, t.date.total], [0, 2], 'Djibo wrong date, Erbil not detected');
  assert.deepEqual([t.place.correct, t.country.correct, t.attack_type.correct], [1, 1, 1]);
  assert.deepEqual([t.perpetrator_name.correct, t.perpetrator_status.correct], [1, 0]);
  assert.deepEqual([t.killed_best.correct, t.killed_low.correct, t.killed_high.correct, t.killed_disputed.correct], [0, 1, 0, 1]);
  assert.deepEqual([t.sources.correct, t.sources.total], [0, 3]);
  assert.deepEqual([t.claim_channel.correct, t.claim_channel.total], [0, 1]);
  const a = score.misses.find((m) => m.file === 'a.md')!;
  assert.ok(a.messages.includes('date: expected 2024-03-12, got 2024-03-14'));
  assert.ok(a.messages.some((m) => m.startsWith('perpetrator status: expected JNIM claimed')));
  assert.ok(a.messages.includes('claim of responsibility via az-Zallaqa not found'));
  assert.ok(score.misses.find((m) => m.file === 'b.md')!.messages[0]!.startsWith('not detected'));
  assert.deepEqual(score.detection, { expected: 2, predicted: 1, background: 0, matched: 1, precision: 1, recall: 0.5, f1: 2 / 3 });
});

test('incidents predicted for a negative text count as false positives', () => {
  const spurious = incident('x', ['C'], { date: '2024-03-10', place: place('Bamako', 'ML'), attack_types: ['Armed Assault'] });
  const score = scoreModernCorpus(corpus, { documents, incidents: [spurious] }, index);
  assert.deepEqual(score.negatives, { correct: 1, total: 2 });
  assert.equal(score.detection.precision, 0);
  assert.deepEqual(score.misses.find((m) => m.file === 'c.md')!.messages, ['negative text, but 1 incident(s) predicted']);
});

test('a background mention is not a prediction, on a negative text or beside the main incident', () => {
  const past = { ...incident('x', ['C'], { date: '2019-11-14', place: place('Hagen', 'DE'), attack_types: ['Armed Assault'] }), background: true };
  const score = scoreModernCorpus(corpus, { documents, incidents: [past] }, index);
  assert.deepEqual(score.negatives, { correct: 2, total: 2 });
  assert.equal(score.detection.predicted, 0);
  assert.equal(score.detection.background, 1);
});

test('the claim channel is found in the quote of a responsibility claim when the source is the group', () => {
  const viaQuote = incident('i1', ['A'], {
    ...perfectDjibo,
    claims: [claim('JNIM', 'claims', 'JNIM claimed responsibility through its az-Zallaqa media outlet')],
  });
  const asserted = incident('i1', ['A'], { ...perfectDjibo, claims: [claim('document', 'asserts', 'through its az-Zallaqa media outlet')] });
  assert.equal(scoreModernCorpus(corpus, { documents, incidents: [viaQuote] }, index).fields.claim_channel.correct, 1);
  assert.equal(scoreModernCorpus(corpus, { documents, incidents: [asserted] }, index).fields.claim_channel.correct, 0);
});

test('a document missing from the index is reported and counts as undetected', () => {
  const score = scoreModernCorpus(corpus, { documents, incidents: [perfectDjibo] }, new Map([['a.md', { documentId: 'A' }]]));
  assert.equal(score.detection.matched, 1);
  assert.equal(score.misses.find((m) => m.file === 'b.md')!.messages[0], 'document not found in the extraction result');
  assert.deepEqual(score.negatives, { correct: 2, total: 2 });
});

test('pairing prefers the best overlap and ignores weak ones', () => {
  const first: ExpectedIncident = { ...erbil, date: '2024-12-02', country_code: 'PK', place: 'Bannu', place_aliases: ['Jani Khel'], attack_types: ['Armed Assault'] };
  const second: ExpectedIncident = { ...erbil, date: '2024-12-03', country_code: 'PK', place: 'Bara', attack_types: ['Bombing/Explosion'] };
  const bara = incident('p1', ['A'], { date: '2024-12-03', place: place('Bara', 'PK'), attack_types: ['Bombing/Explosion'] });
  const janiKhel = incident('p2', ['A'], { date: '2024-12-02', place: place('Jani Khel', 'PK'), attack_types: ['Armed Assault'] });
  const elsewhere = incident('p3', ['A'], { place: place('Lahore', 'PK') });
  const rows: Array<[Incident[], Array<[number, number]>]> = [
    [[bara, janiKhel], [[0, 1], [1, 0]]],
    [[janiKhel, elsewhere], [[0, 0]]],
    [[elsewhere], []],
  ];
  for (const [predicted, want] of rows) {
    assert.deepEqual(pairIncidents([first, second], predicted).map((p) => [p.expected, p.predicted]), want);
  }
  assert.equal(overlapScore(first, elsewhere), 1, 'country alone is too weak to pair');
});

test('place, perpetrator and source matching ignore case, diacritics and punctuation', () => {
  const expected: ExpectedEntry[] = [{
    file: 'a.md', negative: false, incidents: [{
      date: '2024-04-07', country_code: 'TR', place: 'Diyarbakır', attack_types: ['Bombing/Explosion'],
      perpetrators: [{ name: 'PKK', aliases: ["Kurdistan Workers' Party"], status: 'claimed' }],
      killed: { low: 0, best: 0, high: 0, disputed: false }, killed_perpetrators: null, wounded: null,
      sources: ["prosecutor's office", ['Selin Aydın', 'analysts']],
    }],
  }];
  const predicted = incident('p', ['A'], {
    date: '2024-04-07', place: place('DIYARBAKIR', 'tr'), attack_types: ['Bombing/Explosion'], killed: fig(0, 0, 0),
    perpetrators: [{ name: 'Kurdistan Workers Party', kind: 'organization', status: 'claimed' }],
    claims: [claim('Public Prosecutors Office', 'asserts', '...'), claim('Selin Aydin', 'doubts', '...')],
  });
  const score = scoreModernCorpus(expected, { documents, incidents: [predicted] }, new Map([['a.md', { documentId: 'A' }]]));
  assert.deepEqual(
    [score.fields.place.correct, score.fields.country.correct, score.fields.perpetrator_name.correct, score.fields.sources.correct],
    [1, 1, 1, 1],
  );
  assert.equal(score.fields.sources.total, 2);
});

test('indexDocumentsByOrder maps files to documents in order and rejects a length mismatch', () => {
  const result: ExtractionResult = { documents: documents.slice(0, 2), incidents: [] };
  assert.deepEqual([...indexDocumentsByOrder(['a.md', 'b.md'], result)], [['a.md', { documentId: 'A' }], ['b.md', { documentId: 'B' }]]);
  assert.throws(() => indexDocumentsByOrder(['a.md'], result), { code: 'BAD_EXPECTED' });
});

test('formatModernScore prints detection, a row per field and the misses', () => {
  const score = scoreModernCorpus(corpus, { documents, incidents: [perfectDjibo] }, index);
  const text = formatModernScore(score);
  assert.match(text, /Modern corpus: 4 files, 2 expected incidents, 1 predicted/);
  assert.match(text, /precision 100\.0%, recall 50\.0%/);
  assert.match(text, /negatives without incident: 2\/2 \(100\.0%\)/);
  assert.match(text, /killed best\s+1\s+2\s+50\.0%/);
  assert.match(text, /kidnapped best\s+0\s+0\s+—/);
  assert.match(text, /Misses:\n  b\.md\n    - not detected/);
  assert.doesNotMatch(formatModernScore(score, { misses: false }), /Misses/);
});
