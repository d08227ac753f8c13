import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../nlp/tokenize.ts';
import { findPlaceMentions } from './find-place-mentions.ts';
import { defaultGazetteer } from './gazetteer/load-gazetteer.ts';

const g = defaultGazetteer();

function mentions(text: string, caseless = false) {
  return findPlaceMentions(text, tokenize(text), g, { caseless });
}

/** One mention as `name|country|precision|admin1`, found by its surface text (first occurrence). */
function resolved(text: string, surface: string): string | null {
  const m = mentions(text).find((x) => x.text === surface);
  return m ? `${m.place.name}|${m.place.country_code ?? '-'}|${m.place.precision}|${m.place.admin1 ?? '-'}` : null;
}

/**
 * [text, mention, expected `name|country|precision|admin1`, or null when the name is not a place here].
 * A reading in a country the text is not about, far from every place it names, loses to the
 * context unless it stands on its own; the name then takes the finest unit the text supports.
 */
const ROWS: Array<[string, string, string | null]> = [
  // "Gami" (the Needles of Gami, by Hombori) reads alone as Gamovo in Russia (an alternate name): in a
  // Malian text it is placed in the region named beside it ...
  ['Mali: raid near Gami\n\nBAMAKO, Feb 7 (Wire) - Gunmen attacked herders on the road between Gami and Hombori in the Mopti region.', 'Gami', 'Gami|ML|admin1|Mopti'],
  // ... or, with no admin unit in its sentence, in the country the text is about
  ['Gunmen attacked a market near Gami in central Mali on Monday, killing three people. The army blamed JNIM.', 'Gami', 'Gami|ML|country|-'],
  ['Gunmen attacked an army post 12 km west of Gami on Monday, the Malian army said.', 'Gami', 'Gami|ML|country|-'],
  // a curated place of the text's country is taken at its own precision (Boni, Mali, not Bonn)
  ['A bomb exploded near Boni in central Mali on Monday, killing three soldiers.', 'Boni', 'Boni|ML|city|Mopti'],
  // a place that stands on its own (its own name, a large place) is kept wherever it is
  ['The Malian minister spoke in Bonn after the attack near Gao in Mali.', 'Bonn', 'Bonn|DE|city|North Rhine-Westphalia'],
  ['Fighters of the group were trained in Kabul, the Malian army said after the attack in Gao.', 'Kabul', 'Kabul|AF|city|Kabul'],
  // a small place abroad near the places the text names is a border area, not a namesake: kept
  ['Guards in Tajikistan fired on a boat near Shahritus; the smugglers fled towards Termez.', 'Termez', 'Tirmiz|UZ|city|Surxondaryo'],
  // a text that names no country is about the countries of the places that stand on their own
  ['Gunmen stormed a hotel near the Lido area of Mogadishu on Friday.', 'Lido', 'Lido|SO|country|-'],
  ['Gunmen stormed a hotel near the Lido area of Mogadishu on Friday.', 'Mogadishu', 'Mogadishu|SO|city|Banaadir'],
  // ... and its ambiguous names are read in those countries ("Cauca": the Colombian department, not Coca in Spain)
  ['Officials in Popayán said a drone struck the police station; violence has grown in Cauca this year.', 'Cauca', 'Cauca|CO|admin1|Cauca'],
  // the first word of a longer name, a group's name and a name without a preposition of place are not placed
  ['Rockets struck at Ain al-Asad air base in western Iraq on Tuesday.', 'Ain', null],
  ['The attack in Egypt was claimed.\nSinai Province, the Egyptian branch of the Islamic State, said it was behind it.', 'Sinai Province', null],
  ['The bomber in Kabul targeted "a gathering of Taliban apostates", an Italian aid group said.', 'Taliban', null],
  // a dateline names a place even after a headline line
  ['Mali: convoy hit\n\nBAMAKO, Feb 7 (Sahel Wire) - A bomb hit an army convoy.', 'BAMAKO', 'Bamako|ML|city|Bamako'],
];

test('place mentions weigh the text\'s geography: countries named, admin units, datelines, distances', () => {
  const failures: string[] = [];
  for (const [text, surface, expected] of ROWS) {
    const got = resolved(text, surface);
    if (got !== expected) failures.push(`${surface} in "${text.slice(0, 60)}…": got ${got}, want ${expected}`);
  }
  assert.deepEqual(failures, []);
});

test('a name placed only in a unit says so, and never carries a far-away namesake\'s coordinates', () => {
  const text = 'Mali: raid near Gami\n\nBAMAKO, Feb 7 (Wire) - Gunmen attacked herders between Gami and Hombori in the Mopti region.';
  const gami = mentions(text).filter((m) => m.text === 'Gami');
  assert.equal(gami.length, 2, 'every occurrence is placed alike');
  for (const m of gami) {
    const place = m.place as typeof m.place & { note?: string };
    assert.equal(place.id, null);
    assert.equal(place.precision, 'admin1');
    assert.match(place.note ?? '', /Gamovo/);
    assert.match(place.note ?? '', /finest unit the text supports/);
    assert.ok(place.lat !== null && Math.abs(place.lat - 57.9) > 10, 'not at Gamovo');
  }
});

test('caseless text: a fallback name is written in title case', () => {
  const text = 'gunmen attacked herders near gami in the mopti region of mali on monday.';
  const m = findPlaceMentions(text, tokenize(text), g, { caseless: true }).find((x) => x.text === 'gami');
  assert.equal(m?.place.name, 'Gami');
  assert.equal(m?.place.country_code, 'ML');
});
