import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findTargetsAndVictims } from './target-mentions.ts';

/** [rule, sentence, targets as "text: GTD target type", victims]. */
const ROWS: Array<[string, string, string[], string[]]> = [
  ['coordinated targets, each typed: Business and Military', 'Gunmen launched attacks on two gun shops and an army unit.',
    ['two gun shops: Business', 'army unit: Military'], []],
  ['Police', 'The militants stormed a police station in the city.', ['police station: Police'], []],
  ['Military: an ambushed convoy', 'Insurgents ambushed a military convoy.', ['military convoy: Military'], []],
  ['Military: a border post', 'Fighters overran a border post before dawn.', ['border post: Military'], []],
  ['Transportation: a hijacked train', 'Gunmen hijacked a passenger train.', ['passenger train: Transportation'], []],
  ['Transportation: a seized bus', 'The attackers seized a bus.', ['bus: Transportation'], []],
  ['Religious Figures/Institutions: set fire to', 'Attackers set fire to a mosque.', ['mosque: Religious Figures/Institutions'], []],
  ['Utilities', 'The rebels dynamited power lines.', ['power lines: Utilities'], []],
  ['Business, with a modifier', 'A suicide bomber struck a crowded market.', ['crowded market: Business'], []],
  ['Educational Institution and kidnapped victims', 'Militants raided a school and kidnapped 20 students.',
    ['school: Educational Institution'], ['20 students']],
  ['Journalists & Media', 'Arsonists torched a newspaper office.', ['newspaper office: Journalists & Media'], []],
  ['Airports & Aircraft: "at" after a firing verb', 'Militants fired mortar rounds at the airport.', ['airport: Airports & Aircraft'], []],
  ['Government (Diplomatic)', 'A grenade was thrown at the consulate.', ['consulate: Government (Diplomatic)'], []],
  ['the head before an "of" complement', 'Gunmen attacked the embassy of France.', ['embassy: Government (Diplomatic)'], []],
  ['Tourists: the compound before its last word', 'A bomb hit a tour bus.', ['tour bus: Tourists'], []],
  ['Private Citizens & Property, with victims', 'gunmen attacked a village, killing five villagers.', ['village: Private Citizens & Property'], ['five villagers']],
  ['two coordinated targets of one type', 'Militants attacked a church and a mosque.',
    ['church: Religious Figures/Institutions', 'mosque: Religious Figures/Institutions'], []],
  ['a target with its victims after "killing"', 'Gunmen opened fire on a bus, killing a vendor, a security guard and a visitor.',
    ['bus: Transportation'], ['vendor', 'security guard', 'visitor']],
  ['victims keep their numbers', 'gunmen attacked the police station, killing two policemen.', ['police station: Police'], ['two policemen']],
  ['a victim after "shot"', 'The gunmen shot the mayor.', [], ['mayor']],
  ['victims after "stabbed"', 'Attackers stabbed two worshippers with a knife.', [], ['two worshippers']],
  ['"at least" is not a place of attack', 'At least two soldiers were wounded at least twice.', [], []],
  ['"to" and "into" are motion, not attack', 'They drove to the airport and into the market.', [], []],
  ['no cue, no target', 'The bank reopened on Monday.', [], []],
  ['an abbreviation inside the phrase', 'A bomb exploded outside the U.S. embassy.', ['U.S. embassy: Government (Diplomatic)'], []],
  ['a time word ends the phrase', 'Arsonists torched a newspaper office overnight.', ['newspaper office: Journalists & Media'], []],
  ['a phrasal verb: "blew up"', 'Rebels blew up a pylon.', ['pylon: Utilities'], []],
  ['a phrasal verb: "burned down"', 'Militants burned down a church.', ['church: Religious Figures/Institutions'], []],
  ['a typed owner before a generic head', 'Gunmen targeted a Red Cross convoy.', ['Red Cross convoy: NGO'], []],
  ['an army truck is Military', 'A mine hit an army truck.', ['army truck: Military'], []],
  ['the vehicle rammed is the weapon, what it rammed into the target', 'The attacker rammed a truck into a crowd.', ['crowd: Private Citizens & Property'], []],
  ['a rammed vehicle without "into" is the target', 'The attacker rammed a police car.', ['police car: Police'], []],
  ['"drove into" without an object is motion', 'They drove into the market.', [], []],
  ['"drove X into" is ramming', 'He drove a car into the market.', ['market: Business'], []],
];

for (const [rule, sentence, targets, victims] of ROWS) {
  test(`findTargetsAndVictims: ${rule}`, () => {
    const tokens = tokenize(sentence);
    const found = findTargetsAndVictims(sentence, tokens, 0, tokens.length);
    assert.deepEqual(found.targets.map((t) => `${t.text}: ${t.type}`), targets);
    assert.deepEqual(found.victims.map((v) => v.text), victims);
    for (const m of [...found.targets, ...found.victims]) assert.equal(sentence.slice(m.start, m.end), m.text);
  });
}

test('findTargetsAndVictims: only within [from, end) of a longer text, with spans into the whole text', () => {
  const text = 'Gunmen stormed a bank. Later, rebels bombed a bridge.';
  const tokens = tokenize(text);
  const second = tokens.findIndex((t) => t.text === 'Later');
  const found = findTargetsAndVictims(text, tokens, second, tokens.length);
  assert.deepEqual(found.targets.map((t) => [t.text, t.type, text.slice(t.start, t.end)]), [['bridge', 'Transportation', 'bridge']]);
});
