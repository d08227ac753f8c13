import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, Incident, ResolvedPlace, SourceEntity } from '../core/types.ts';
import { deriveIncident } from '../reconcile/derive-incident.ts';
import { identityClass, incidentsToStixBundle, perpetratorType, stixTimestamp, type DocumentInfo, type StixObject } from './incidents-stix.ts';

const NOW = '2024-03-01T12:00:00.000Z';

type ClaimSpec = Partial<Omit<Claim, 'field' | 'value'>> & Pick<Claim, 'field' | 'value'> & { figure?: unknown };
let offset = 0;
/** A claim with a quote and offsets of its own; `source` defaults to the document's voice. */
function claim(spec: ClaimSpec): Claim {
  const quote = spec.quote ?? `quote ${offset}`;
  const start = spec.start ?? (offset += 100);
  const base = {
    source: 'document', source_kind: 'document' as const, stance: 'asserts' as const, document: 'doc-a', reported_at: null, ...spec,
    quote, start, end: start + quote.length,
  };
  if (typeof spec.value === 'number' && !spec.figure) {
    return { ...base, figure: { value: spec.value, low: spec.value, high: spec.value, qualifier: 'exact', derived: false } } as Claim;
  }
  return base as Claim;
}

const AKTOBE: ResolvedPlace & { mention: string } = {
  name: 'Aktobe', admin1: 'Aqtöbe', country: 'Kazakhstan', country_code: 'KZ', lat: 50.27969, lon: 57.20718, precision: 'city', id: 'gn:610611', mention: 'Aktobe',
};
const BORDER: ResolvedPlace & { mention: string } = {
  name: 'Ishqobod border post', admin1: null, country: 'Tajikistan', country_code: 'TJ', lat: null, lon: null, precision: 'point', mention: 'Ishqobod',
};

const DOCUMENTS = new Map<string, DocumentInfo>([
  ['doc-a', { id: 'doc-a', title: 'Gunmen attack gun shops in Aktobe', outlet: 'Tengrinews', url: 'https://tengrinews.example/aktobe', published: '2016-06-05' }],
  ['doc-b', { id: 'doc-b', title: 'Aktobe toll rises to 20', outlet: 'Kommersant', url: 'https://kommersant.example/aktobe', published: '2016-06-10' }],
  ['doc-c', { id: 'doc-c', title: 'Attack on border post', outlet: null, url: null, published: null }],
]);

const SOURCES: SourceEntity[] = [
  { id: 'src-amaq', name: 'Amaq News Agency', kind: 'group_media', reliability: 'E', aliases: ['Amaq'], claims: 1 },
  { id: 'src-tengri', name: 'Tengrinews', kind: 'media', reliability: 'B', aliases: [], claims: 4 },
];

/** An incident as the store gives it: values derived from the claims that stand, every claim kept. */
function incidentOf(id: string, claims: Claim[], extra: { related?: string[] } = {}): Incident {
  return { ...deriveIncident(id, claims.filter((c) => !c.rejected), extra), claims };
}

/** Aktobe: a place, a figure dispute (6 vs 20, a denial, a rejected 30), a claimed + doubted perpetrator, a descriptor, two documents. */
const aktobe = (() => {
  const i = incidentOf('aktobe-1', [
    claim({ field: 'date', value: '2016-06-05' }),
    claim({ field: 'place', value: AKTOBE }),
    claim({ field: 'attack_type', value: 'Armed Assault' }),
    claim({ field: 'perpetrator', value: { name: 'gunmen', kind: 'individual', status: 'blamed', mention: 'Gunmen' } }),
    claim({ field: 'killed', value: 6, source: 'officials', source_kind: 'official', reported_at: '2016-06-05', quote: 'six people were killed, officials said' }),
    claim({ field: 'killed', value: 20, document: 'doc-b', reported_at: '2016-06-10', quote: 'the toll rose to 20' }),
    claim({ field: 'killed', value: 20, document: 'doc-b', source: 'Interior Ministry', source_kind: 'state_body', stance: 'denies', quote: 'the ministry denied that 20 died' }),
    claim({ field: 'killed', value: 30, document: 'doc-b', rejected: { why: 'misread: 30 were arrested', by: 'analyst', at: '2016-06-12T09:30:00Z' } }),
    claim({ field: 'perpetrator', value: { name: 'Islamic State', kind: 'organization', status: 'claimed', mention: 'ISIS' }, document: 'doc-b',
      source: 'Amaq', source_kind: 'group_media', source_id: 'src-amaq', stance: 'claims', reported_at: '2016-06-07', quote: 'ISIS claimed the attack on Amaq' }),
    claim({ field: 'perpetrator', value: { name: 'Islamic State', kind: 'organization', status: 'disputed' }, document: 'doc-b',
      source: 'Edward Lemon', source_kind: 'expert', stance: 'doubts', reported_at: '2016-06-08', speaker: 'Edward Lemon', quote: 'could just be opportunism on the part of ISIS' }),
  ], { related: ['aktobe-2'] });
  return { ...i, sources: SOURCES };
})();

/** A second part of the attack: no dates anywhere, a place without coordinates, a named individual. */
const border: Incident = incidentOf('aktobe-2', [
  claim({ field: 'place', value: BORDER, document: 'doc-c' }),
  claim({ field: 'attack_type', value: 'Armed Assault', document: 'doc-c' }),
  claim({ field: 'perpetrator', value: { name: 'Abu Example', kind: 'individual', status: 'blamed' }, document: 'doc-c', source: 'witnesses', source_kind: 'witness' }),
  claim({ field: 'date', value: '--11-06', document: 'doc-c' }),
], { related: ['aktobe-1'] });

const bundle = incidentsToStixBundle([aktobe, border], DOCUMENTS, { now: NOW });
const byId = new Map(bundle.objects.map((o) => [o.id, o]));
const ofType = (type: string) => bundle.objects.filter((o) => o.type === type);
const one = (type: string, pred: (o: StixObject) => boolean) => {
  const found = ofType(type).filter(pred);
  assert.equal(found.length, 1, `one ${type} expected, found ${found.length}`);
  return found[0]!;
};
const named = (type: string, name: string) => one(type, (o) => o.name === name);
const noteOf = (quote: string) => one('note', (o) => (o.x_sitrep_claim as { quote: string }).quote === quote);

const report = one('report', (o) => String(o.name).includes('Aktobe'));
const incident = one('incident', (o) => String(o.name).includes('Aktobe'));
const borderReport = one('report', (o) => String(o.name).includes('Ishqobod'));
const islamicState = named('intrusion-set', 'Islamic State');
const aktobeLocation = named('location', 'Aktobe');
const relation = (type: string, from: string, to: string) => one('relationship', (o) => o.relationship_type === type && o.source_ref === from && o.target_ref === to);

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

test('bundle: type, id, objects', () => {
  assert.equal(bundle.type, 'bundle');
  assert.match(bundle.id, new RegExp(`^bundle--${UUID}$`));
  assert.ok(bundle.objects.length > 0);
  assert.equal(new Set(bundle.objects.map((o) => o.id)).size, bundle.objects.length, 'ids are unique');
});

test('every object has the STIX common properties', () => {
  for (const o of bundle.objects) {
    assert.equal(typeof o.type, 'string');
    assert.equal(o.spec_version, '2.1', o.id);
    assert.match(o.id, new RegExp(`^${o.type}--${UUID}$`));
    assert.match(o.created, TIMESTAMP, o.id);
    assert.match(o.modified, TIMESTAMP, o.id);
    assert.ok(o.modified >= o.created, `${o.id}: modified before created`);
  }
});

const has = (o: StixObject, k: string) => o[k] !== undefined && o[k] !== null && o[k] !== '';
const nonEmptyList = (o: StixObject, k: string) => Array.isArray(o[k]) && (o[k] as unknown[]).length > 0;

/** [type, how many at least, the type's required properties]. */
const REQUIRED: Array<[string, number, (o: StixObject) => boolean]> = [
  ['report', 2, (o) => has(o, 'name') && TIMESTAMP.test(String(o.published)) && nonEmptyList(o, 'object_refs')],
  ['incident', 2, (o) => has(o, 'name')],
  ['identity', 5, (o) => has(o, 'name') && ['individual', 'group', 'system', 'organization', 'class', 'unknown'].includes(String(o.identity_class))],
  ['location', 2, (o) => has(o, 'region') || has(o, 'country') || (typeof o.latitude === 'number' && typeof o.longitude === 'number')],
  ['note', 14, (o) => has(o, 'content') && nonEmptyList(o, 'object_refs')],
  ['opinion', 2, (o) => ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'].includes(String(o.opinion)) && nonEmptyList(o, 'object_refs')],
  ['relationship', 4, (o) => has(o, 'relationship_type') && has(o, 'source_ref') && has(o, 'target_ref')],
  ['intrusion-set', 1, (o) => has(o, 'name')],
  ['threat-actor', 1, (o) => has(o, 'name')],
];

for (const [type, atLeast, valid] of REQUIRED) {
  test(`${type}: its required properties`, () => {
    const list = ofType(type);
    assert.ok(list.length >= atLeast, `${type}: ${list.length} < ${atLeast}`);
    for (const o of list) assert.ok(valid(o), `${o.id} lacks a required property: ${JSON.stringify(o)}`);
  });
}

test('only known object types', () => {
  const known = new Set(REQUIRED.map(([t]) => t));
  for (const o of bundle.objects) assert.ok(known.has(o.type), o.type);
});

/** Every `*_ref` / `*_refs` at any depth. */
function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.endsWith('_ref') && typeof v === 'string') out.push(v);
      else if (k.endsWith('_refs') && Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
      else refsOf(v, out);
    }
  }
  return out;
}

test('every reference points to an object in the bundle', () => {
  for (const o of bundle.objects) for (const ref of refsOf(o)) assert.ok(byId.has(ref), `${o.id} -> ${ref}`);
});

test('no reference cycle (importers resolve references depth-first)', () => {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done') return;
    assert.notEqual(state.get(id), 'open', `cycle: ${[...path, id].join(' -> ')}`);
    state.set(id, 'open');
    for (const ref of refsOf(byId.get(id))) visit(ref, [...path, id]);
    state.set(id, 'done');
  };
  for (const o of bundle.objects) visit(o.id, []);
});

test('no null and no empty list anywhere (STIX forbids empty lists)', () => {
  const walk = (v: unknown, path: string) => {
    assert.notEqual(v, null, path);
    if (Array.isArray(v)) {
      assert.ok(v.length > 0, `${path} is an empty list`);
      v.forEach((x, k) => walk(x, `${path}[${k}]`));
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  for (const o of bundle.objects) walk(o, o.id);
});

test('deterministic: the same input gives the same bundle, ids and all', () => {
  const again = incidentsToStixBundle(structuredClone([aktobe, border]), new Map(DOCUMENTS), { now: NOW });
  assert.deepEqual(again, bundle);
  const alone = incidentsToStixBundle([structuredClone(aktobe)], DOCUMENTS, { now: '2030-01-01T00:00:00Z' });
  const aloneIds = new Set(alone.objects.map((o) => o.id));
  for (const id of [report.id, incident.id, islamicState.id, aktobeLocation.id, noteOf('the toll rose to 20').id]) {
    assert.ok(aloneIds.has(id), `${id}: the natural key, not the batch, makes the id`);
  }
});

test('an invalid clock is an error with a code', () => {
  assert.throws(() => incidentsToStixBundle([], DOCUMENTS, { now: 'yesterday' }), (e: { code?: string }) => e.code === 'INVALID_TIMESTAMP');
});

test('no incidents: an empty bundle', () => {
  assert.deepEqual(incidentsToStixBundle([], DOCUMENTS, { now: NOW }).objects, []);
});

/** [what, check]: what analysts rely on when the bundle lands in OpenCTI or MISP. */
const BEHAVIOUR: Array<[string, () => void]> = [
  ['the report contains the incident, its place, its actors, its sources and the relationships', () => {
    const refs = report.object_refs as string[];
    for (const id of [incident.id, aktobeLocation.id, islamicState.id, named('identity', 'Amaq News Agency').id, relation('attributed-to', incident.id, islamicState.id).id]) {
      assert.ok(refs.includes(id), id);
    }
    assert.deepEqual(report.report_types, ['threat-report']);
  }],
  ['the report cites its documents: outlet as source_name, title, url', () => {
    const ext = report.external_references as Array<Record<string, string>>;
    assert.deepEqual(ext.find((e) => e.external_id === 'doc-a'), {
      source_name: 'Tengrinews', description: '"Gunmen attack gun shops in Aktobe", 2016-06-05', url: 'https://tengrinews.example/aktobe', external_id: 'doc-a',
    });
    assert.equal(ext.find((e) => e.external_id === 'doc-b')?.source_name, 'Kommersant');
    assert.deepEqual(ext[0], { source_name: 'sitrep', external_id: 'aktobe-1' });
  }],
  ['dates: created at the first known date, modified and published at the last', () => {
    assert.equal(report.created, '2016-06-05T00:00:00.000Z');
    assert.equal(report.modified, '2016-06-10T00:00:00.000Z');
    assert.equal(report.published, '2016-06-10T00:00:00.000Z');
  }],
  ['the description keeps what is not an object: descriptors, figures with their dispute', () => {
    assert.equal(report.description, incident.description);
    assert.equal(report.description, 'Armed Assault in Aktobe, Aqtöbe, Kazakhstan on 2016-06-05. Perpetrators: Islamic State (disputed). '
      + 'Perpetrators described as: gunmen. Killed: 6 to 20, best 20 (disputed). 10 claims (1 rejected by an analyst) in 2 documents; sitrep incident aktobe-1.');
  }],
  ['dates: no known date (--11-06 has no year) falls back to options.now', () => {
    assert.equal(borderReport.created, NOW);
    assert.equal(borderReport.published, NOW);
  }],
  ['an organisation is an intrusion-set with its mentions as aliases; descriptors are not actors', () => {
    assert.deepEqual(islamicState.aliases, ['ISIS']);
    assert.equal(ofType('intrusion-set').length + ofType('threat-actor').length, 2);
    assert.ok(!bundle.objects.some((o) => String(o.name).toLowerCase() === 'gunmen'));
    assert.match(String(report.description), /described as: gunmen/);
  }],
  ['a named person is a threat-actor at the individual resource level', () => {
    const abu = named('threat-actor', 'Abu Example');
    assert.equal(abu.resource_level, 'individual');
    assert.deepEqual(abu.threat_actor_types, ['terrorist']);
  }],
  ['the incident is attributed to the group (incident -> intrusion-set), the status and its sources in the description', () => {
    const r = relation('attributed-to', incident.id, islamicState.id);
    assert.equal(r.x_sitrep_status, 'disputed');
    assert.equal(r.description, 'disputed; claimed by Amaq News Agency; doubted by Edward Lemon');
  }],
  ['the incident targets its place (incident -> location)', () => {
    relation('targets', incident.id, aktobeLocation.id);
  }],
  ['the two parts of one attack are related', () => {
    assert.equal(ofType('relationship').filter((o) => o.relationship_type === 'related-to').length, 1);
  }],
  ['location: coordinates, ISO country, admin1, city, STIX region, sitrep precision, OpenCTI type', () => {
    const { id: _id, created: _c, modified: _m, ...rest } = aktobeLocation;
    assert.deepEqual(rest, {
      type: 'location', spec_version: '2.1', name: 'Aktobe', description: 'Aktobe, Aqtöbe, Kazakhstan (precision: city)',
      latitude: 50.27969, longitude: 57.20718, country: 'KZ', administrative_area: 'Aqtöbe', city: 'Aktobe', region: 'central-asia',
      x_sitrep_precision: 'city', x_sitrep_gazetteer_id: 'gn:610611', x_opencti_location_type: 'City',
    });
  }],
  ['location without coordinates: country and region suffice', () => {
    const l = named('location', 'Ishqobod border post');
    assert.equal(l.latitude, undefined);
    assert.equal(l.country, 'TJ');
    assert.equal(l.region, 'central-asia');
    assert.equal(l.x_sitrep_precision, 'point');
  }],
  ['a note per claim: content with field, value, stance and the exact quote; authored and created by its source; about the report', () => {
    assert.equal(ofType('note').length, aktobe.claims.length + border.claims.length);
    const n = noteOf('six people were killed, officials said');
    assert.match(String(n.content), /^killed: 6\nstance: asserts\nsource: officials \(official\)\nreported: 2016-06-05\nquote: "six people were killed, officials said"\n/);
    assert.deepEqual(n.authors, ['officials']);
    assert.equal(n.created_by_ref, named('identity', 'officials').id);
    assert.ok((n.object_refs as string[]).includes(report.id));
    assert.equal(n.created, '2016-06-05T00:00:00.000Z');
  }],
  ['a claim of responsibility: note created by the graded source entity, about the group too', () => {
    const n = noteOf('ISIS claimed the attack on Amaq');
    const amaq = named('identity', 'Amaq News Agency');
    assert.equal(n.created_by_ref, amaq.id);
    assert.ok((n.object_refs as string[]).includes(islamicState.id));
    assert.equal(amaq.x_sitrep_reliability, 'E');
    assert.equal(amaq.x_opencti_reliability, 'E - Unreliable');
  }],
  ['the document\'s own voice is its outlet, graded from the incident\'s sources', () => {
    const n = noteOf('the toll rose to 20');
    assert.equal(n.created_by_ref, named('identity', 'Kommersant').id);
    const tengri = named('identity', 'Tengrinews');
    assert.equal(tengri.identity_class, 'organization');
    assert.equal(tengri.x_sitrep_reliability, 'B');
    assert.equal(named('identity', 'Kommersant').x_sitrep_reliability, undefined, 'ungraded: left out, not guessed');
  }],
  ['a document with no outlet: an identity of unknown class for its author', () => {
    assert.equal(named('identity', 'Author of "Attack on border post"').identity_class, 'unknown');
  }],
  ['a doubt is an opinion (disagree) on the attribution and on the claim it doubts', () => {
    const o = one('opinion', (x) => x.created_by_ref === named('identity', 'Edward Lemon').id);
    assert.equal(o.opinion, 'disagree');
    assert.deepEqual(o.object_refs, [relation('attributed-to', incident.id, islamicState.id).id, noteOf('ISIS claimed the attack on Amaq').id]);
    assert.match(String(o.explanation), /could just be opportunism on the part of ISIS/);
  }],
  ['a denial is an opinion (strongly-disagree) on the claims of that figure', () => {
    const o = one('opinion', (x) => x.opinion === 'strongly-disagree');
    assert.deepEqual(o.authors, ['Interior Ministry']);
    assert.deepEqual(o.object_refs, [noteOf('the toll rose to 20').id]);
  }],
  ['a rejected claim stays as a note labelled rejected, with the reason; it makes no opinion', () => {
    const n = one('note', (o) => Array.isArray(o.labels) && o.labels.includes('rejected'));
    assert.deepEqual(n.labels, ['rejected']);
    assert.match(String(n.content), /rejected by analyst on 2016-06-12T09:30:00Z: misread: 30 were arrested/);
    assert.equal(n.modified, '2016-06-12T09:30:00.000Z');
    assert.equal(ofType('opinion').length, 2);
  }],
];

for (const [what, check] of BEHAVIOUR) test(what, check);

/** [kind, name, identity_class]. */
const CLASSES: Array<[Parameters<typeof identityClass>[0], string, string]> = [
  ['official', 'officials', 'class'],
  ['witness', 'witnesses', 'class'],
  ['official', 'Kassym-Jomart Tokayev', 'individual'],
  ['expert', 'Edward Lemon', 'individual'],
  ['state_body', 'Interior Ministry of Tajikistan', 'organization'],
  ['state_body', 'the Interior Ministry', 'organization'],
  ['media', 'Kommersant', 'organization'],
  ['group_media', 'Amaq News Agency', 'organization'],
  ['group_media', 'al-Naba', 'organization'],
  ['armed_group', 'Islamic State', 'group'],
  ['unknown', 'Someone', 'unknown'],
];
for (const [kind, name, expected] of CLASSES) {
  test(`identity class: ${kind} "${name}" -> ${expected}`, () => assert.equal(identityClass(kind, name), expected));
}

/** [perpetrator, exported as]. */
const PERPETRATORS: Array<[{ name: string; kind: 'organization' | 'individual' | 'unknown' }, string | null]> = [
  [{ name: 'Islamic State', kind: 'organization' }, 'intrusion-set'],
  [{ name: 'al-Shabaab', kind: 'organization' }, 'intrusion-set'],
  [{ name: 'gunmen', kind: 'individual' }, null],
  [{ name: 'suspected islamist militants', kind: 'individual' }, null],
  [{ name: 'Abu Example', kind: 'individual' }, 'threat-actor'],
  [{ name: 'unknown assailants', kind: 'unknown' }, null],
];
for (const [p, expected] of PERPETRATORS) {
  test(`perpetrator "${p.name}" (${p.kind}) -> ${expected ?? 'description only'}`, () => assert.equal(perpetratorType(p), expected));
}

/** [value, STIX timestamp]. */
const TIMES: Array<[string | null, string | null]> = [
  ['2016-06-05', '2016-06-05T00:00:00.000Z'],
  ['2016-06', '2016-06-01T00:00:00.000Z'],
  ['2016', '2016-01-01T00:00:00.000Z'],
  ['--11-06', null],
  ['2016-02-30', null],
  ['2016-06-12T09:30:00Z', '2016-06-12T09:30:00.000Z'],
  ['2016-06-12T11:30:00+02:00', '2016-06-12T09:30:00.000Z'],
  ['soon', null],
  [null, null],
];
for (const [value, expected] of TIMES) {
  test(`timestamp of ${value}`, () => assert.equal(stixTimestamp(value), expected));
}
