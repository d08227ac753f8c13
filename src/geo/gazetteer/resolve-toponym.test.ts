import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Precision } from '../../core/types.ts';
import { countryOfPoint } from './country-of-point.ts';
import { findCountryMentions } from './find-country-mentions.ts';
import { defaultGazetteer } from './load-gazetteer.ts';
import { lookupName } from './lookup-name.ts';
import { resolveToponym, type ToponymContext } from './resolve-toponym.ts';

const g = defaultGazetteer();
console.log(`# gazetteer loaded in ${g.loadMs.toFixed(0)} ms (${g.size} entries)`);

const TJ: ToponymContext = { countryCodes: ['TJ'] };
const AF: ToponymContext = { countryCodes: ['AF'] };

/** [mention, context, expected id, expected country, expected precision] */
const ROWS: Array<[string, ToponymContext, string, string, Precision]> = [
  ['Aktobe', {}, 'gn:610611', 'KZ', 'city'],
  ['Aqtobe', {}, 'gn:610611', 'KZ', 'city'],
  ['Aqtöbe', {}, 'gn:610611', 'KZ', 'city'],
  ['Aktyubinsk', {}, 'gn:610611', 'KZ', 'city'],
  ['aktobe', {}, 'gn:610611', 'KZ', 'city'],
  ['AKTOBE', { countryCodes: ['KZ'] }, 'gn:610611', 'KZ', 'city'],
  ['Qala-i-Zal', {}, 'gn:7053317', 'AF', 'district'],
  ['Qalay-I-Zal', AF, 'gn:7053317', 'AF', 'district'],
  ["Qal'ah-ye Zal", {}, 'gn:7053317', 'AF', 'district'],
  ['Qala-Zal', {}, 'gn:7053317', 'AF', 'district'],
  ['Qabodiyon', TJ, 'gn:1221583', 'TJ', 'city'],
  ['Kabodiyon', {}, 'gn:1221583', 'TJ', 'city'],
  ['Kabadian', {}, 'gn:1221583', 'TJ', 'city'],
  ['Kobadian', {}, 'gn:1221583', 'TJ', 'city'],
  ['Guatemala City', {}, 'gn:3598132', 'GT', 'city'],
  ['America, Colombia', {}, 'country:CO', 'CO', 'country'],
  ['Cifuentes, Honduras', {}, 'country:HN', 'HN', 'country'],
  ['Qabodiyon district', TJ, 'gn:8221255', 'TJ', 'district'],
  ['Shahrituz', TJ, 'gn:1220576', 'TJ', 'city'],
  ['Shahritus', {}, 'gn:1220576', 'TJ', 'city'],
  ['Shaartuz', {}, 'gn:1220576', 'TJ', 'city'],
  ['Shahrtuz', {}, 'gn:1220576', 'TJ', 'city'],
  ['Shahritus region', { countryCodes: ['TJ'], admin1Names: ['Khatlon province'] }, 'gn:8221292', 'TJ', 'district'],
  ['Khatlon province', {}, 'gn:1347488', 'TJ', 'admin1'],
  ['Ishqobod', TJ, 'sup:ishqobod-border-post', 'TJ', 'country'],
  ['Ishqobod border post', {}, 'sup:ishqobod-border-post', 'TJ', 'country'],
  ['Okultun', TJ, 'sup:okultun-border-post', 'TJ', 'district'],
  ['Teshiktosh', TJ, 'sup:teshiktosh', 'TJ', 'admin1'],
  ['Kazakh', {}, 'country:KZ', 'KZ', 'country'],
  ['Kazakh city', {}, 'country:KZ', 'KZ', 'country'],
  ['north-western Kazakhstan', {}, 'country:KZ', 'KZ', 'country'],
  ['Tajik', {}, 'country:TJ', 'TJ', 'country'],
  ['Tajikistan', {}, 'country:TJ', 'TJ', 'country'],
  ['Salvadoran', {}, 'country:SV', 'SV', 'country'],
  ['Peruvian', {}, 'country:PE', 'PE', 'country'],
  ['Kunduz', {}, 'gn:1135689', 'AF', 'city'],
  ['Qunduz', {}, 'gn:1135689', 'AF', 'city'],
  ['Kobul', AF, 'gn:1138958', 'AF', 'city'],
  ['Mazar-i-Sharif', {}, 'gn:1133616', 'AF', 'city'],
  ['Mazar-e Sharif', {}, 'gn:1133616', 'AF', 'city'],
  ['Dushanbeh', {}, 'gn:1221874', 'TJ', 'city'],
  ['Alma-Ata', {}, 'gn:1526384', 'KZ', 'city'],
  ['Chimkent', {}, 'gn:1518980', 'KZ', 'city'],
  ['san salvador', {}, 'gn:3583361', 'SV', 'city'],
  ['usulutan', {}, 'gn:3582883', 'SV', 'city'],
  ['Usulután', {}, 'gn:3582883', 'SV', 'city'],
  ['ayacucho', {}, 'gn:3947019', 'PE', 'city'],
  ['lima', { countryCodes: ['PE'] }, 'gn:3936456', 'PE', 'city'],
  ['bogota', {}, 'gn:3688689', 'CO', 'city'],
  ['medellin', {}, 'gn:3674962', 'CO', 'city'],
  ['chalatenango', {}, 'gn:3587091', 'SV', 'city'],
  ['San Miguel', { countryCodes: ['SV'] }, 'gn:3583446', 'SV', 'city'],
  ['San Miguel', { countryCodes: ['PE'] }, 'gn:3929403', 'PE', 'city'],
  ['Aktobe, Kazakhstan', {}, 'gn:610611', 'KZ', 'city'],
  // a reading outside the context's countries, far from its places, must stand on its own
  ['Gami', { countryCodes: ['ML'] }, 'country:ML', 'ML', 'country'],
  ['Gami', { countryCodes: ['ML'], nearPoints: [{ lat: 14.48, lon: -4.18 }] }, 'country:ML', 'ML', 'country'],
  ['Boni', { countryCodes: ['ML'] }, 'sup:boni-mali', 'ML', 'city'],
  ['Boni', { countryCodes: ['DE'] }, 'gn:2946447', 'DE', 'city'],
  ['Lido', { countryCodes: ['SO'] }, 'country:SO', 'SO', 'country'],
  ['Bonn', { countryCodes: ['ML'] }, 'gn:2946447', 'DE', 'city'],
  ['Moscow', { countryCodes: ['TJ'] }, 'gn:524901', 'RU', 'city'],
  ['Termez', { countryCodes: ['TJ'] }, 'gn:1215957', 'UZ', 'city'],
  ['Termez', { countryCodes: ['TJ'], nearPoints: [{ lat: 37.26, lon: 68.14 }] }, 'gn:1215957', 'UZ', 'city'],
];

test('resolution table: seeds, spelling variants and MUC-4 places', () => {
  const failures: string[] = [];
  for (const [mention, ctx, id, cc, precision] of ROWS) {
    const r = resolveToponym(mention, ctx, g);
    const got = r.place ? `${r.place.id} ${r.place.country_code} ${r.place.precision}` : 'null';
    if (got !== `${id} ${cc} ${precision}`) failures.push(`${mention}: got ${got}, want ${id} ${cc} ${precision}`);
  }
  assert.deepEqual(failures, []);
});

test('Aktobe at city precision with coordinates, never Yuba City', () => {
  const rows: Array<[string, ToponymContext]> = [
    ['Aktobe', {}], ['Aqtobe', {}], ['Aktyubinsk', {}], ['Aktöbe', {}], ['Aktobo', { countryCodes: ['KZ'] }],
  ];
  for (const [spelling, ctx] of rows) {
    const r = resolveToponym(spelling, ctx, g);
    assert.equal(r.place?.name, 'Aktobe', spelling);
    assert.equal(r.place?.precision, 'city');
    assert.ok(Math.abs((r.place?.lat ?? 0) - 50.28) < 0.05 && Math.abs((r.place?.lon ?? 0) - 57.21) < 0.05);
    assert.ok(!r.candidates.some((c) => c.name === 'Yuba City'), spelling);
  }
});

test('a place in no gazetteer resolves to the unit the supplement supports and says so', () => {
  const r = resolveToponym('Ishqobod border post', {}, g);
  assert.equal(r.place?.country, 'Tajikistan');
  assert.equal(r.place?.precision, 'country');
  assert.match(r.place?.note ?? '', /Uzbek/);
  const qz = resolveToponym('Qala-i-Zal', {}, g);
  assert.equal(qz.place?.admin1, 'Kunduz');
  assert.match(qz.place?.note ?? '', /approximate/);
});

test('a name whose readings all lie far from the context falls back to its country and says why', () => {
  const r = resolveToponym('Gami', { countryCodes: ['ML'] }, g);
  assert.equal(r.place?.precision, 'country');
  assert.match(r.place?.note ?? '', /no reading in or near Mali/);
  assert.ok(r.candidates.some((c) => c.name === 'Gamovo'), 'the turned-down readings stay among the candidates');
  // without context the name keeps its best reading
  assert.equal(resolveToponym('Gami', {}, g).place?.name, 'Gamovo');
});

test('unknown place → null with candidates listed when any', () => {
  const r = resolveToponym('Zzyzxqq', {}, g);
  assert.equal(r.place, null);
  assert.equal(r.query, 'Zzyzxqq');
  // A loose match far from any context is offered, not taken.
  const loose = resolveToponym('Aktobo', {}, g);
  assert.equal(loose.place, null);
  assert.equal(loose.candidates[0]?.name, 'Aktobe');
});

test('country context changes the answer for an ambiguous name', () => {
  const sv = resolveToponym('San Miguel', { countryCodes: ['SV'] }, g);
  const pe = resolveToponym('San Miguel', { countryCodes: ['PE'] }, g);
  assert.equal(sv.place?.country_code, 'SV');
  assert.equal(pe.place?.country_code, 'PE');
  assert.ok(pe.candidates.length > 0);
  assert.ok(pe.candidates.every((c, i) => i === 0 || c.score <= pe.candidates[i - 1]!.score));
});

test('admin context and distance break ties', () => {
  const withAdmin = resolveToponym('San Miguel', { admin1Names: ['Ayacucho'] }, g);
  assert.equal(withAdmin.place?.country_code, 'PE');
  const near = resolveToponym('San Miguel', { nearPoints: [{ lat: -13.16, lon: -74.22 }] }, g);
  assert.equal(near.place?.country_code, 'PE');
});

test('bounded edit distance within country context', () => {
  const r = resolveToponym('Qabodiyonn', TJ, g);
  assert.equal(r.place?.country_code, 'TJ');
  const none = resolveToponym('Aktobeqq', { countryCodes: ['US'] }, g);
  assert.notEqual(none.place?.name, 'Yuba City');
});

test('lookupName, countryOfPoint, findCountryMentions', () => {
  assert.ok(lookupName('Aqtobe', g).some((p) => p.id === 'gn:610611'));
  assert.equal(countryOfPoint(50.28, 57.21), 'KZ');
  assert.equal(countryOfPoint(37.26, 68.14), 'TJ');
  assert.equal(countryOfPoint(37.0, 68.45), 'AF');
  assert.equal(countryOfPoint(0, -140), null);
  const text = 'attacks in north-western Kazakhstan; a Tajik border post near Uzbekistan, said the US and us.';
  const found = findCountryMentions(text, g).map((m) => [text.slice(m.start, m.end), m.country_code]);
  assert.deepEqual(found, [
    ['Kazakhstan', 'KZ'],
    ['Tajik', 'TJ'],
    ['Uzbekistan', 'UZ'],
    ['US', 'US'],
  ]);
});
