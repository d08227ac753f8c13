import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Claim, Incident, PerpetratorStatus, Precision, ResolvedPlace, SourceKind, Stance } from '../core/types.ts';
import { deriveDate, deriveIncident, derivePerpetrators, derivePlace } from './derive-incident.ts';

const base = (stance: Stance = 'asserts', voice: SourceKind = 'document', document = 'd1') => ({
  source: voice === 'document' ? 'document' : voice, source_kind: voice, stance, quote: 'q', document, start: 0, end: 1, reported_at: '2016-06-06',
});

const date = (value: string): Claim => ({ field: 'date', value, ...base() });

const PLACES: Record<string, ResolvedPlace> = {
  Aktobe: { name: 'Aktobe', admin1: 'Aktobe Region', country: 'Kazakhstan', country_code: 'KZ', lat: 50.28, lon: 57.21, precision: 'city' },
  'Aktobe Region': { name: 'Aktobe Region', admin1: 'Aktobe Region', country: 'Kazakhstan', country_code: 'KZ', lat: 48.5, lon: 58.0, precision: 'admin1' },
  Kazakhstan: { name: 'Kazakhstan', admin1: null, country: 'Kazakhstan', country_code: 'KZ', lat: 48.0, lon: 67.0, precision: 'country' },
  Almaty: { name: 'Almaty', admin1: 'Almaty', country: 'Kazakhstan', country_code: 'KZ', lat: 43.25, lon: 76.95, precision: 'city' },
  Ishqobod: { name: 'Ishqobod', admin1: 'Khatlon', country: 'Tajikistan', country_code: 'TJ', lat: 37.2, lon: 68.3, precision: 'point' },
  Tajikistan: { name: 'Tajikistan', admin1: null, country: 'Tajikistan', country_code: 'TJ', lat: 38.9, lon: 71.3, precision: 'country' },
  Moscow: { name: 'Moscow', admin1: 'Moscow', country: 'Russia', country_code: 'RU', lat: 55.75, lon: 37.62, precision: 'city' },
};
const place = (name: string, field: 'place' | 'place_mentioned' = 'place'): Claim =>
  ({ field, value: { ...PLACES[name]!, mention: name }, ...base() });

const perp = (name: string, stance: Stance, status: PerpetratorStatus = 'blamed', kind: 'organization' | 'individual' = 'organization'): Claim =>
  ({ field: 'perpetrator', value: { name, kind, status }, ...base(stance, stance === 'claims' ? 'group_media' : 'official') });

const killed = (value: number, field: 'killed' | 'killed_perpetrators' | 'wounded' = 'killed', reported_at = '2016-06-06'): Claim =>
  ({ field, value, figure: { value, low: value, high: value, qualifier: 'exact', derived: false }, ...base(), reported_at });

// ---- date ----

/** [rule, date claims, derived date]. */
const DATE_ROWS: Array<[string, string[], string | null]> = [
  ['no date claim', [], null],
  ['one date', ['2016-06-05'], '2016-06-05'],
  ['the date most sources support', ['2016-06-05', '2016-06-06', '2016-06-05'], '2016-06-05'],
  ['the most specific value within the supported one', ['2016-06', '2016-06-05', '2016'], '2016-06-05'],
  ['a day without a year takes the year others give', ['--06-05', '2016'], '2016-06-05'],
  ['a year alone', ['2019'], '2019'],
  ['two days with equal support at one place in the text: the earlier date, in either order', ['2016-06-06', '2016-06-05'], '2016-06-05'],
  ['two days with equal support at one place in the text: the earlier date (reversed)', ['2016-06-05', '2016-06-06'], '2016-06-05'],
  ['a day without a year: the year most claims give', ['--06-05', '2015', '2016', '2016'], '2016-06-05'],
  ['a day of the year alone stays without a year', ['--11-06'], '--11-06'],
  ['two supported days of one month: the month does not win over both', ['2019-11-06', '2019-11-06', '2019-11-07', '2019-11'], '2019-11-06'],
];

for (const [rule, values, expected] of DATE_ROWS) {
  test(`deriveDate: ${rule}`, () => {
    assert.equal(deriveDate(values.map(date)), expected);
  });
}

test('deriveDate: two days with equal support: the one named first in the text, in either order', () => {
  const a = { ...date('2016-06-06'), start: 10, end: 20 };
  const b = { ...date('2016-06-05'), start: 90, end: 99 };
  assert.equal(deriveDate([a, b]), '2016-06-06');
  assert.equal(deriveDate([b, a]), '2016-06-06');
});

// ---- place ----

/** [rule, place claims (name, field), derived place name]. */
const PLACE_ROWS: Array<[string, Array<[string, 'place' | 'place_mentioned']>, string | null]> = [
  ['no place at all', [], null],
  ['one place where it happened', [['Aktobe', 'place']], 'Aktobe'],
  ['the most precise place', [['Kazakhstan', 'place'], ['Aktobe', 'place'], ['Aktobe Region', 'place']], 'Aktobe'],
  ['within the country most claims name', [['Moscow', 'place'], ['Aktobe Region', 'place'], ['Kazakhstan', 'place']], 'Aktobe Region'],
  ['two countries with one claim each: the country the places merely mentioned name', [['Moscow', 'place'], ['Aktobe', 'place'], ['Kazakhstan', 'place_mentioned']], 'Aktobe'],
  ['two countries with one claim each: the more precise place, in either order', [['Aktobe', 'place'], ['Ishqobod', 'place']], 'Ishqobod'],
  ['two countries with one claim each (reversed)', [['Ishqobod', 'place'], ['Aktobe', 'place']], 'Ishqobod'],
  ['two places of one precision: the one named more often', [['Almaty', 'place'], ['Aktobe', 'place'], ['Aktobe', 'place']], 'Aktobe'],
  ['places merely mentioned are not where it happened', [['Aktobe Region', 'place'], ['Moscow', 'place_mentioned']], 'Aktobe Region'],
  ['no place where it happened: the country mentioned', [['Tajikistan', 'place_mentioned'], ['Moscow', 'place_mentioned']], 'Tajikistan'],
  ['no place where it happened: the country mentioned most often, in any order',
    [['Kazakhstan', 'place_mentioned'], ['Tajikistan', 'place_mentioned'], ['Tajikistan', 'place_mentioned']], 'Tajikistan'],
  ['no place where it happened and no country mentioned: none', [['Moscow', 'place_mentioned']], null],
];

for (const [rule, specs, expected] of PLACE_ROWS) {
  test(`derivePlace: ${rule}`, () => {
    const p = derivePlace(specs.map(([n, f]) => place(n, f)));
    assert.equal(p?.name ?? null, expected);
    if (p) assert.equal('mention' in p, false, 'the mention is not part of the place');
  });
}

test('derivePlace: two countries, one place each, of one precision: the one named first in the text, in either order', () => {
  const a = { ...place('Moscow'), start: 50, end: 56 };
  const b = { ...place('Aktobe'), start: 100, end: 106 };
  assert.equal(derivePlace([a, b])?.name, 'Moscow');
  assert.equal(derivePlace([b, a])?.name, 'Moscow');
});

// ---- perpetrators ----

/** [rule, perpetrator claims, derived "name: status"]. */
const PERP_ROWS: Array<[string, Claim[], string[]]> = [
  ['a source asserts it: blamed', [perp('Islamic State', 'asserts', 'blamed')], ['Islamic State: blamed']],
  ['hedged: suspected', [perp('Islamic State', 'asserts', 'suspected')], ['Islamic State: suspected']],
  ['the group claims it: claimed', [perp('Islamic State', 'claims', 'claimed')], ['Islamic State: claimed']],
  ['claimed and blamed: claimed', [perp('Islamic State', 'asserts', 'blamed'), perp('Islamic State', 'claims', 'claimed')], ['Islamic State: claimed']],
  ['asserted and doubted: disputed', [perp('Islamic State', 'asserts', 'blamed'), perp('Islamic State', 'doubts', 'disputed')], ['Islamic State: disputed']],
  ['claimed and denied: disputed', [perp('Taliban', 'claims', 'claimed'), perp('Taliban', 'denies', 'disputed')], ['Taliban: disputed']],
  ['only doubted, never put forward: left out', [perp('Islamic State', 'doubts', 'disputed')], []],
  ['each group keeps its own status', [perp('Islamic State', 'claims', 'claimed'), perp('Taliban', 'asserts', 'suspected')],
    ['Islamic State: claimed', 'Taliban: suspected']],
  ['organisations before generic descriptors', [perp('gunmen', 'asserts', 'blamed', 'individual'), perp('Islamic State', 'asserts', 'suspected')],
    ['Islamic State: suspected']],
  ['descriptors are descriptions, not perpetrators (GTD: Unknown)', [perp('gunmen', 'asserts', 'blamed', 'individual')], []],
  ['a named person is a perpetrator', [perp('Abdulla Khodjaev', 'asserts', 'blamed', 'individual')], ['Abdulla Khodjaev: blamed']],
  ['a capitalised descriptor is still one', [perp('Suspected Islamist militants', 'asserts', 'suspected', 'individual')], []],
];

for (const [rule, claims, expected] of PERP_ROWS) {
  test(`derivePerpetrators: ${rule}`, () => {
    assert.deepEqual(derivePerpetrators(claims).map((p) => `${p.name}: ${p.status}`), expected);
  });
}

// ---- the whole incident ----

test('deriveIncident: attack types by support, Unknown only when nothing else', () => {
  const at = (value: string): Claim => ({ field: 'attack_type', value, ...base() });
  assert.deepEqual(deriveIncident('i', [at('Armed Assault'), at('Hijacking'), at('Armed Assault'), at('Unknown')]).attack_types, ['Armed Assault', 'Hijacking']);
  assert.deepEqual(deriveIncident('i', [at('Unknown')]).attack_types, ['Unknown']);
});

test('deriveIncident: targets, victims and weapons once each, whatever their case', () => {
  const claims: Claim[] = [
    { field: 'target', value: { text: 'gun shops', type: 'Business' }, ...base() },
    { field: 'target', value: { text: 'Gun shops', type: 'Business' }, ...base() },
    { field: 'target', value: { text: 'an army unit', type: 'Military' }, ...base() },
    { field: 'victim', value: { text: 'a security guard' }, ...base() },
    { field: 'weapon', value: { text: 'firearms', type: 'Firearms' }, ...base() },
    { field: 'weapon', value: { text: 'Firearms', type: 'Firearms' }, ...base() },
  ];
  const inc = deriveIncident('i', claims);
  assert.deepEqual(inc.targets.map((t) => `${t.text.toLowerCase()}: ${t.type}`), ['gun shops: Business', 'an army unit: Military']);
  assert.deepEqual(inc.victims, [{ text: 'a security guard' }]);
  assert.deepEqual(inc.weapons.map((w) => w.type), ['Firearms']);
});

test('deriveIncident: killed victims and killed perpetrators kept apart', () => {
  const inc = deriveIncident('i', [killed(6, 'killed', '2016-06-05'), killed(20, 'killed', '2016-06-10'), killed(4, 'killed_perpetrators'), killed(9, 'wounded')]);
  assert.deepEqual(inc.killed, { low: 6, best: 20, high: 20, disputed: true });
  assert.deepEqual(inc.killed_perpetrators, { low: 4, best: 4, high: 4, disputed: false });
  assert.deepEqual(inc.wounded, { low: 9, best: 9, high: 9, disputed: false });
  assert.deepEqual(inc.kidnapped, { low: null, best: null, high: null, disputed: false });
});

test('deriveIncident: documents from the claims, or as given; related and background as given', () => {
  const claims: Claim[] = [{ ...date('2016-06-05'), document: 'd1' }, { ...date('2016-06-05'), document: 'd2' }, { ...date('2016-06-05'), document: 'd1' }];
  assert.deepEqual(deriveIncident('i', claims).documents, ['d1', 'd2']);
  const inc = deriveIncident('i', claims, { documents: ['d9'], related: ['j'], background: true });
  assert.deepEqual([inc.documents, inc.related, inc.background], [['d9'], ['j'], true]);
  assert.equal('background' in deriveIncident('i', claims), false);
});

test('deriveIncident: descriptors are kept as descriptions', () => {
  const inc = deriveIncident('i', [perp('gunmen', 'asserts', 'blamed', 'individual'), perp('Gunmen', 'asserts', 'blamed', 'individual'), perp('Taliban', 'asserts')]);
  assert.deepEqual(inc.perpetrator_descriptions, ['gunmen']);
  assert.deepEqual(inc.perpetrators.map((p) => p.name), ['Taliban']);
});

test('deriveIncident: nothing claimed, nothing derived', () => {
  const inc = deriveIncident('i', []);
  assert.deepEqual([inc.date, inc.place, inc.attack_types, inc.targets, inc.perpetrators, inc.killed.best], [null, null, [], [], [], null]);
});

// ---- properties ----

const anyClaim: fc.Arbitrary<Claim> = fc.oneof(
  fc.constantFrom('2016-06-05', '2016-06-06', '2016-06', '2016', '--06-05', '2015-06-05').map(date),
  fc.constantFrom(...Object.keys(PLACES)).chain((n) => fc.constantFrom<'place' | 'place_mentioned'>('place', 'place_mentioned').map((f) => place(n, f))),
  fc.tuple(fc.constantFrom('Islamic State', 'Taliban'), fc.constantFrom<Stance>('asserts', 'claims', 'doubts', 'denies'), fc.constantFrom<PerpetratorStatus>('blamed', 'suspected'))
    .map(([n, s, st]) => perp(n, s, s === 'claims' ? 'claimed' : st)),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom<'killed' | 'killed_perpetrators' | 'wounded'>('killed', 'killed_perpetrators', 'wounded'),
    fc.constantFrom('2016-06-05', '2016-06-06', '2016-06-07')).map(([v, f, at]) => killed(v, f, at)),
  fc.constantFrom('Armed Assault', 'Hijacking', 'Bombing/Explosion', 'Unknown').map((value): Claim => ({ field: 'attack_type', value, ...base() })),
);

/** The incident's values, with its lists compared as sets. */
function values(inc: Incident) {
  const sorted = <T>(xs: T[], key: (x: T) => string) => xs.map(key).sort();
  return {
    date: inc.date, place: inc.place, killed: inc.killed, killed_perpetrators: inc.killed_perpetrators, wounded: inc.wounded,
    attack_types: inc.attack_types,
    places_mentioned: sorted(inc.places_mentioned, (p) => p.name),
    perpetrators: sorted(inc.perpetrators, (p) => `${p.name}|${p.kind}|${p.status}`),
    documents: [...inc.documents].sort(),
  };
}

test('property: the same claims in any order give the same incident', () => {
  const arb = fc.array(anyClaim, { maxLength: 10 }).chain((claims) =>
    fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length })));
  fc.assert(fc.property(arb, ([claims, shuffled]) => {
    assert.deepEqual(values(deriveIncident('i', shuffled)), values(deriveIncident('i', claims)));
  }), { numRuns: 1000 });
});

test('property: every derived value is traceable to a claim', () => {
  fc.assert(fc.property(fc.array(anyClaim, { maxLength: 10 }), (claims) => {
    const inc = deriveIncident('i', claims);
    const dates = claims.filter((c) => c.field === 'date').map((c) => c.value as string);
    if (inc.date !== null) {
      // a claimed value, or a claimed day of the year with a claimed year
      const d = inc.date;
      const ok = dates.includes(d) || (dates.includes(`--${d.slice(5)}`) && dates.some((e) => e.startsWith(d.slice(0, 4))));
      assert.ok(ok, `${inc.date} from ${JSON.stringify(dates)}`);
    }
    if (inc.place) assert.ok(claims.some((c) => (c.field === 'place' || c.field === 'place_mentioned') && c.value.name === inc.place!.name));
    for (const p of inc.perpetrators) assert.ok(claims.some((c) => c.field === 'perpetrator' && c.value.name === p.name && (c.stance === 'asserts' || c.stance === 'claims')));
    for (const t of inc.attack_types) assert.ok(claims.some((c) => c.field === 'attack_type' && c.value === t));
    for (const f of ['killed', 'killed_perpetrators', 'wounded'] as const) {
      for (const v of [inc[f].low, inc[f].best, inc[f].high]) if (v !== null) assert.ok(claims.some((c) => c.field === f && c.value === v));
    }
  }), { numRuns: 1000 });
});

test('property: a place where it happened is in the country most of those claims name', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...Object.keys(PLACES)), { minLength: 1, maxLength: 6 }), (names) => {
    const p = derivePlace(names.map((n) => place(n)))!;
    const votes = new Map<string, number>();
    for (const n of names) votes.set(PLACES[n]!.country_code!, (votes.get(PLACES[n]!.country_code!) ?? 0) + 1);
    const top = Math.max(...votes.values());
    assert.equal(votes.get(p.country_code!), top);
    const precision: Record<Precision, number> = { point: 5, city: 4, district: 3, admin1: 2, country: 1 };
    for (const n of names) if (PLACES[n]!.country_code === p.country_code) assert.ok(precision[PLACES[n]!.precision] <= precision[p.precision]);
  }), { numRuns: 300 });
});
