import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countEnumeration } from './count-enumeration.ts';

/** [text after the verb, expected count, expected covered text] or null. */
const ROWS: Array<[string, number | null, string?]> = [
  ['a vendor, a security guard and a visitor.', 3, 'a vendor, a security guard and a visitor'],
  ['a vendor, a security guard, and a visitor.', 3, 'a vendor, a security guard, and a visitor'],
  ['two policemen and a civilian', 3, 'two policemen and a civilian'],
  ['a woman and her child', 2, 'a woman and her child'],
  ['the driver and two passengers in the bus', 3, 'the driver and two passengers'],
  ['a member of the national guard and a civilian', 2, 'a member of the national guard and a civilian'],
  ['three soldiers', 3, 'three soldiers'],
  ['a police officer and a civilian', 2, 'a police officer and a civilian'],
  ['a guard, then fled in a car', 1, 'a guard'],
  ['a guard; police arrived later', 1, 'a guard'],
  ['a vendor who was passing by', 1, 'a vendor'],
  ['a vendor which', 1, 'a vendor'],
  ['a peasant in the city of flores', 1, 'a peasant'],
  ['a policeman and wounded two others', 1, 'a policeman'],
  ['a retired army colonel and his bodyguard', 2, 'a retired army colonel and his bodyguard'],
  ['TWO POLICEMEN AND A CIVILIAN', 3, 'TWO POLICEMEN AND A CIVILIAN'],
  ['12 soldiers and 3 civilians', 15, '12 soldiers and 3 civilians'],
  ['a 63-year-old man and injuring three other people', 1, 'a 63-year-old man'],
  ['policemen and civilians', null],
  ['the guards', null],
  ['a woman and her children', null],
  ['several soldiers', null],
  ['. a guard', null],
];

for (const [input, count, covered] of ROWS) {
  test(`countEnumeration: ${input}`, () => {
    const text = `gunmen killed ${input}`;
    const start = 'gunmen killed '.length;
    const got = countEnumeration(text, start);
    if (count === null) return assert.equal(got, null);
    assert.ok(got);
    assert.equal(got.count, count);
    assert.equal(text.slice(start, got.end), covered);
  });
}

test('countEnumeration reports a qualified item as not exact', () => {
  const text = 'killing at least two policemen and a civilian';
  const got = countEnumeration(text, 'killing '.length);
  assert.deepEqual(got && { count: got.count, exact: got.exact, items: got.items }, { count: 3, exact: false, items: 2 });
});
