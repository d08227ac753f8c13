import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { Claim, Incident, ResolvedPlace, SourceKind } from '../core/types.ts';
import { deriveIncident } from '../reconcile/derive-incident.ts';
import { gtdClaimMode, incidentsToAcledCsv, incidentsToGtdCsv } from './incidents-csv.ts';
import type { DocumentInfo } from './incidents-stix.ts';

type ClaimSpec = Partial<Omit<Claim, 'field' | 'value'>> & Pick<Claim, 'field' | 'value'>;
let offset = 0;
function claim(spec: ClaimSpec): Claim {
  const quote = spec.quote ?? `quote ${offset}`;
  const start = spec.start ?? (offset += 100);
  const base = { source: 'document', source_kind: 'document' as const, stance: 'asserts' as const, document: 'doc-a', reported_at: null, ...spec, quote, start, end: start + quote.length };
  if (typeof spec.value === 'number') return { ...base, figure: { value: spec.value, low: spec.value, high: spec.value, qualifier: 'exact', derived: false } } as Claim;
  return base as Claim;
}
const perp = (name: string, kind: 'organization' | 'individual', stance: Claim['stance'], source: string, source_kind: SourceKind, extra: Partial<Claim> = {}) =>
  claim({ field: 'perpetrator', value: { name, kind, status: stance === 'claims' ? 'claimed' : stance === 'asserts' ? 'blamed' : 'disputed' }, stance, source, source_kind, ...extra });

/** An incident as the store gives it: values derived from the claims that stand, every claim kept. */
function incidentOf(id: string, claims: Claim[]): Incident {
  return { ...deriveIncident(id, claims.filter((c) => !c.rejected)), claims };
}

const REJECTED = { why: 'misread', by: 'analyst', at: '2016-06-12T09:30:00Z' };
const AKTOBE: ResolvedPlace & { mention: string } = {
  name: 'Aktobe', admin1: 'Aqtöbe', country: 'Kazakhstan', country_code: 'KZ', lat: 50.27969, lon: 57.20718, precision: 'city', mention: 'Aktobe',
};

const DOCUMENTS = new Map<string, DocumentInfo>([
  ['doc-a', { id: 'doc-a', title: 'Gunmen attack gun shops in Aktobe', outlet: 'Tengrinews', url: 'https://tengrinews.example/aktobe', published: '2016-06-05' }],
  ['doc-b', { id: 'doc-b', title: 'Aktobe toll rises to 20', outlet: 'Kommersant', url: 'https://kommersant.example/aktobe', published: '2016-06-10' }],
  ['doc-b2', { id: 'doc-b2', title: 'Aktobe toll rises to 20', outlet: 'Syndicator', url: null, published: '2016-06-11', copy_of: 'doc-b' }],
  ['doc-r', { id: 'doc-r', title: 'Rumours from Aktobe', outlet: 'Rumour Mill', url: null, published: '2016-06-06' }],
  ['doc-t', { id: 'doc-t', title: null, outlet: null, url: 'https://www.example.org/kabul', published: '2020-01' }],
]);

/**
 * Aktobe: officials 6 (doc-a, 4 claims) against 20 (doc-b, 3 claims, syndicated as doc-b2 with 2 more); Islamic State claimed via Amaq,
 * doubted by an expert; a rejected 30 in doc-r (its only claim) and a rejected doubt over the wounded.
 */
const aktobe = incidentOf('aktobe', [
  claim({ field: 'date', value: '2016-06-05' }),
  claim({ field: 'place', value: AKTOBE }),
  claim({ field: 'killed', value: 6, source: 'officials', source_kind: 'official', reported_at: '2016-06-05' }),
  claim({ field: 'wounded', value: 9 }),
  claim({ field: 'wounded', value: 40, document: 'doc-a', source: 'a blogger', source_kind: 'witness', stance: 'doubts', rejected: REJECTED }),
  claim({ field: 'killed', value: 20, document: 'doc-b', reported_at: '2016-06-10' }),
  perp('Islamic State', 'organization', 'claims', 'Amaq News Agency', 'group_media', { document: 'doc-b', reported_at: '2016-06-07', quote: 'IS published a statement on its Amaq news agency' }),
  perp('Islamic State', 'organization', 'doubts', 'Edward Lemon', 'expert', { document: 'doc-b', reported_at: '2016-06-08' }),
  claim({ field: 'killed', value: 20, document: 'doc-b2', reported_at: '2016-06-11', copy_of: 'doc-b' }),
  claim({ field: 'wounded', value: 9, document: 'doc-b2', copy_of: 'doc-b' }),
  claim({ field: 'killed', value: 30, document: 'doc-r', rejected: REJECTED }),
]);

/** Kabul: two groups claim, one in a video; the officials blame a third, which denies. */
const kabul = incidentOf('kabul', [
  claim({ field: 'date', value: '2020-01-02', document: 'doc-t' }),
  perp('Islamic State', 'organization', 'claims', 'Amaq News Agency', 'group_media', { document: 'doc-t', reported_at: '2020-01-02', quote: 'in a video released by Amaq, IS claimed the attack' }),
  perp('Jund al-Khilafah', 'organization', 'claims', 'Jund al-Khilafah', 'armed_group', { document: 'doc-t', reported_at: '2020-01-03', quote: 'the group said it carried out the attack' }),
  perp('Taliban', 'organization', 'asserts', 'officials', 'official', { document: 'doc-t', reported_at: '2020-01-02' }),
  perp('Taliban', 'organization', 'denies', 'Taliban', 'armed_group', { document: 'doc-t', reported_at: '2020-01-03' }),
  claim({ field: 'killed', value: 12, document: 'doc-t' }),
]);

/** A quiet one: gunmen, one figure, a claim reported by a news agency, no documents known. */
const quiet = incidentOf('quiet', [
  perp('gunmen', 'individual', 'asserts', 'document', 'document', { document: 'doc-x' }),
  claim({ field: 'killed', value: 3, document: 'doc-x' }),
]);
const reported = incidentOf('reported', [
  perp('al-Shabaab', 'organization', 'claims', 'Reuters', 'media', { document: 'doc-y', quote: 'al-Shabaab claimed responsibility, Reuters reported' }),
]);

const rowsOf = (csv: string) => parse(csv, { columns: true }) as Array<Record<string, string>>;
const gtd = (incidents: Incident[], documents?: Map<string, DocumentInfo>) => rowsOf(documents ? incidentsToGtdCsv(incidents, documents) : incidentsToGtdCsv(incidents));
const acled = (incidents: Incident[], documents?: Map<string, DocumentInfo>) => rowsOf(documents ? incidentsToAcledCsv(incidents, documents) : incidentsToAcledCsv(incidents));

/** [case, incident, documents, expected GTD columns]. */
const GTD_ROWS: Array<[string, Incident, Map<string, DocumentInfo> | undefined, Record<string, string>]> = [
  ['claimed through Amaq and doubted: citations from independent documents, most claims first', aktobe, DOCUMENTS, {
    nkill: '20', nkill_low: '6', nkill_high: '20', nkill_disputed: '1', nwound: '9',
    claimed: '1', claimmode: '7', claimmode_txt: 'Posted to website, blog, etc.', compclaim: '1',
    scite1: 'Kommersant, "Aktobe toll rises to 20", June 10, 2016, https://kommersant.example/aktobe',
    scite2: 'Tengrinews, "Gunmen attack gun shops in Aktobe", June 5, 2016, https://tengrinews.example/aktobe',
    scite3: '',
    competing_claims: 'killed: officials 6 (2016-06-05); Kommersant 20 (2016-06-10) | perpetrator: Amaq News Agency claims Islamic State (2016-06-07); Edward Lemon doubts Islamic State (2016-06-08)',
  }],
  ['without documents: citations name the documents, the copy is still known from its claims', aktobe, undefined, {
    scite1: 'document doc-b', scite2: 'document doc-a', scite3: '',
    competing_claims: 'killed: officials 6 (2016-06-05); document 20 (2016-06-10) | perpetrator: Amaq News Agency claims Islamic State (2016-06-07); Edward Lemon doubts Islamic State (2016-06-08)',
  }],
  ['two groups claim, one by video; a blamed group denies', kabul, DOCUMENTS, {
    claimed: '1', claimmode: '6', claimmode_txt: 'Video', compclaim: '1', gname: 'Islamic State',
    scite1: 'example.org, January 2020, https://www.example.org/kabul', scite2: '',
    competing_claims: 'perpetrator: Amaq News Agency claims Islamic State (2020-01-02); officials blames Taliban (2020-01-02); Jund al-Khilafah claims (2020-01-03); Taliban denies (2020-01-03)',
  }],
  ['no claim of responsibility: claim mode and competing claims empty', quiet, undefined, {
    claimed: '0', claimmode: '', claimmode_txt: '', compclaim: '', competing_claims: '', gname: 'Unknown', nkill: '3', scite1: 'document doc-x',
  }],
  ['a claim reported by a news agency, by no known medium: Unknown; one claimant, undisputed', reported, undefined, {
    claimed: '1', claimmode: '10', claimmode_txt: 'Unknown', compclaim: '0', competing_claims: '',
  }],
];

for (const [what, incident, documents, expected] of GTD_ROWS) {
  test(`GTD: ${what}`, () => {
    const [row] = gtd([incident], documents);
    for (const [k, v] of Object.entries(expected)) assert.equal(row![k], v, k);
  });
}

/** [case, incident, documents, expected ACLED columns]. */
const ACLED_ROWS: Array<[string, Incident, Map<string, DocumentInfo> | undefined, Record<string, string>]> = [
  ['disputes in sentences, the document\'s voice named by its outlet, the rejected figures left out', aktobe, DOCUMENTS, {
    fatalities: '6',
    source: 'Tengrinews; officials; Kommersant; Amaq News Agency; Edward Lemon; Syndicator',
    notes: 'Fatality figures disputed: officials reported 6; Kommersant reported 20. Islamic State claimed responsibility via Amaq News Agency. Edward Lemon doubted Islamic State\'s involvement.',
  }],
  ['without documents: "a later report", and no generic "document" among the sources', aktobe, undefined, {
    source: 'officials; Amaq News Agency; Edward Lemon',
    notes: 'Fatality figures disputed: officials reported 6; a later report put the toll at 20. Islamic State claimed responsibility via Amaq News Agency. Edward Lemon doubted Islamic State\'s involvement.',
  }],
  ['rival claims, an attribution and its denial', kabul, DOCUMENTS, {
    fatalities: '12',
    source: 'example.org; Amaq News Agency; Jund al-Khilafah; officials; Taliban',
    notes: 'Islamic State claimed responsibility via Amaq News Agency. Jund al-Khilafah claimed responsibility. Officials attributed the attack to Taliban. Taliban denied involvement.',
  }],
  ['a claim reported by a news agency', reported, undefined, {
    source: 'Reuters', notes: 'al-Shabaab claimed responsibility, according to Reuters.',
  }],
  ['nothing disputed, nobody claims: no notes', quiet, undefined, { notes: '', source: '', fatalities: '3', actor1: 'Unidentified Armed Group' }],
];

for (const [what, incident, documents, expected] of ACLED_ROWS) {
  test(`ACLED: ${what}`, () => {
    const [row] = acled([incident], documents);
    for (const [k, v] of Object.entries(expected)) assert.equal(row![k], v, k);
  });
}

/** [quote, source kind, GTD claim mode]. */
const CLAIM_MODES: Array<[string, SourceKind, string]> = [
  ['IS published a statement on its Amaq news agency', 'group_media', 'Posted to website, blog, etc.'],
  ['the group claimed it in a video released online', 'group_media', 'Video'],
  ['a claim posted on Telegram', 'document', 'Posted to website, blog, etc.'],
  ['in an e-mail sent to newspapers, the group claimed', 'document', 'E-mail'],
  ['a letter to the editor claimed the bombing', 'media', 'Letter'],
  ['a note left at the scene claimed the attack', 'document', 'Note left at scene'],
  ['a caller telephoned the station to claim it', 'document', 'Call (post-incident)'],
  ['the group\'s spokesman said it carried out the attack', 'armed_group', 'Personal claim'],
  ['ISIS claimed responsibility', 'document', 'Unknown'],
];
for (const [quote, kind, expected] of CLAIM_MODES) {
  test(`GTD claim mode: "${quote}" (${kind}) -> ${expected}`, () => {
    const c = perp('Islamic State', 'organization', 'claims', 'x', kind, { quote });
    assert.equal(gtdClaimMode(c)[1], expected);
  });
}

test('one argument still works, and the header lists every column even with no incident', () => {
  assert.equal(gtd([aktobe, kabul]).length, 2);
  assert.equal(acled([aktobe, kabul]).length, 2);
  const header = (csv: string) => csv.trim().split(',');
  for (const col of ['scite1', 'scite2', 'scite3', 'claimmode', 'claimmode_txt', 'compclaim', 'competing_claims', 'nkill']) {
    assert.ok(header(incidentsToGtdCsv([])).includes(col), col);
  }
  for (const col of ['event_id_cnty', 'fatalities', 'source', 'notes']) assert.ok(header(incidentsToAcledCsv([])).includes(col), col);
  assert.deepEqual(Object.keys(gtd([aktobe])[0]!), header(incidentsToGtdCsv([])), 'rows and header agree');
});

test('rejected claims never count: a document with only rejected claims is not cited; its figure is in no text', () => {
  const [g] = gtd([aktobe], DOCUMENTS);
  const [a] = acled([aktobe], DOCUMENTS);
  for (const v of [g!.scite1, g!.scite2, g!.scite3, a!.source]) assert.ok(!v!.includes('Rumour Mill'), v);
  for (const v of [g!.competing_claims, a!.notes]) {
    assert.ok(!/\b30\b/.test(v!), v);
    assert.ok(!/wounded|blogger/.test(v!), v);
  }
});
