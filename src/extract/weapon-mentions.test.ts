import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findTargetsAndVictims } from './target-mentions.ts';
import { findWeaponMentions } from './weapon-mentions.ts';

const VEHICLE = 'Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)';

/** [rule, sentence, weapons as "text: GTD weapon type"]; target phrases of the sentence are excluded, as in the pipeline. */
const ROWS: Array<[string, string, string[]]> = [
  ['Explosives: a car bomb, not a car', 'A car bomb exploded near a hotel.', ['car bomb: Explosives']],
  ['Explosives, with a modifier', 'A homemade bomb damaged the church.', ['homemade bomb: Explosives']],
  ['Explosives: a hyphenated modifier', 'a remote-controlled bomb hit the convoy.', ['remote-controlled bomb: Explosives']],
  ['Explosives: a number as modifier', 'gunmen fired two rockets at the base.', ['two rockets: Explosives']],
  ['Explosives: a multi-word name', 'Militants fired mortar rounds at the airport.', ['mortar rounds: Explosives']],
  ['Explosives: a suicide vest', 'A suicide bomber detonated an explosive vest.', ['explosive vest: Explosives']],
  ['Explosives: a drone and what it dropped', 'A drone dropped explosives on the police station.', ['drone: Explosives', 'explosives: Explosives']],
  ['Firearms', 'Gunmen opened fire with automatic weapons.', ['automatic weapons: Firearms']],
  ['Firearms: a named rifle', 'The attacker carried a Kalashnikov.', ['Kalashnikov: Firearms']],
  ['Explosives and Incendiary in one list', 'The attackers threw hand grenades and Molotov cocktails.', ['hand grenades: Explosives', 'Molotov cocktails: Incendiary']],
  ['Incendiary: petrol bombs are not bombs', 'Arsonists torched a newspaper office with petrol bombs.', ['petrol bombs: Incendiary']],
  ['Melee: a knife', 'Attackers stabbed two worshippers with a knife.', ['knife: Melee']],
  ['Melee: machetes', 'The gang attacked villagers with machetes.', ['machetes: Melee']],
  ['Chemical', 'Attackers released chlorine in the metro.', ['chlorine: Chemical']],
  ['Vehicle: a truck driven into a crowd', 'A man rammed a truck into a crowd.', [`truck: ${VEHICLE}`]],
  ['Vehicle: a van ploughed into people', 'A driver ploughed a van into pedestrians.', [`van: ${VEHICLE}`]],
  ['a vehicle that was not driven into anyone is no weapon', 'The truck carried 20 soldiers, and a bomb hit it.', ['bomb: Explosives']],
  ['"gun shops" are a target, not a weapon', 'Gunmen attacked two gun shops.', []],
  ['a weapon word before "squad" is no weapon', 'The bomb squad arrived after the blast.', []],
  ['a weapon word before "factory" is no weapon', 'Police found a bomb factory.', []],
  ['a bomb at a gun shop: the bomb only', 'Police defused a bomb at a gun shop.', ['bomb: Explosives']],
  ['no weapon named', 'Two soldiers were wounded.', []],
  ['a model before its kind is one weapon', 'The gunmen carried AK-47 rifles.', ['AK-47 rifles: Firearms']],
  ['a named rifle before its kind is one weapon', 'Police seized two Kalashnikov rifles and a pistol.', ['two Kalashnikov rifles: Firearms', 'pistol: Firearms']],
];

for (const [rule, sentence, expected] of ROWS) {
  test(`findWeaponMentions: ${rule}`, () => {
    const tokens = tokenize(sentence);
    const { targets } = findTargetsAndVictims(sentence, tokens, 0, tokens.length);
    const found = findWeaponMentions(sentence, tokens, 0, tokens.length, targets);
    assert.deepEqual(found.map((w) => `${w.text}: ${w.type}`), expected);
    for (const w of found) assert.equal(sentence.slice(w.start, w.end), w.text);
  });
}

test('findWeaponMentions: words inside an excluded phrase are no weapon', () => {
  const sentence = 'Rebels seized a gun at the checkpoint.';
  const tokens = tokenize(sentence);
  const gun = sentence.indexOf('gun');
  assert.deepEqual(findWeaponMentions(sentence, tokens, 0, tokens.length, []).map((w) => w.text), ['gun']);
  assert.deepEqual(findWeaponMentions(sentence, tokens, 0, tokens.length, [{ text: 'gun', start: gun, end: gun + 3 }]), []);
});

test('findWeaponMentions: only within [from, end), with spans into the whole text', () => {
  const text = 'A bomb went off. Later, gunmen fired rifles.';
  const tokens = tokenize(text);
  const second = tokens.findIndex((t) => t.text === 'Later');
  const found = findWeaponMentions(text, tokens, second, tokens.length, []);
  assert.deepEqual(found.map((w) => [w.text, w.type, text.slice(w.start, w.end)]), [['rifles', 'Firearms', 'rifles']]);
});
