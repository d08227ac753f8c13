import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findActorMentions } from './actors/find-actor-mentions.ts';
import { findAttribution } from './attribution.ts';
import { findPerpetratorMentions, type PerpetratorMention } from './perpetrator-mentions.ts';

function find(sentence: string): PerpetratorMention[] {
  const tokens = tokenize(sentence);
  const actors = findActorMentions(sentence);
  const cues = findAttribution(sentence, tokens, 0, tokens.length, actors, false);
  return findPerpetratorMentions(sentence, tokens, 0, tokens.length, actors, cues);
}

const show = (p: PerpetratorMention) => `${p.mention} → ${p.name} (${p.kind}): ${p.status}/${p.stance}${p.channel ? ` via ${p.channel}` : ''}`;

/** [rule, sentence, perpetrators as "mention → name (kind): status/stance [via channel]"]. */
const ROWS: Array<[string, string, string[]]> = [
  ['a group claims it: claimed', 'The Islamic State claimed responsibility for the attack.',
    ['Islamic State → Islamic State (organization): claimed/claims']],
  ['a claim through the group\'s channel names the channel', 'The Islamic State claimed the attack through Amaq.',
    ['Islamic State → Islamic State (organization): claimed/claims via Amaq News Agency']],
  ['a source blames a group: blamed', 'Officials blamed the Taliban for the bombing.', ['Taliban → Taliban (organization): blamed/asserts']],
  ['two groups blamed', 'Police blamed Boko Haram and the Islamic State for the attacks.',
    ['Boko Haram → Boko Haram (organization): blamed/asserts', 'Islamic State → Islamic State (organization): blamed/asserts']],
  ['a group denies it: disputed', 'The Taliban denied any involvement in the blast.', ['Taliban → Taliban (organization): disputed/denies']],
  ['a source doubts it: disputed', 'An expert doubted that the Islamic State was behind the attack.',
    ['Islamic State → Islamic State (organization): disputed/doubts']],
  ['"hallmarks of": suspected', 'Officials said the attack bore the hallmarks of al-Shabaab.', ['al-Shabaab → al-Shabaab (organization): suspected/asserts']],
  ['"-linked": suspected, under its canonical name', 'An ISIS-linked cell carried out the attack.', ['ISIS → Islamic State (organization): suspected/asserts']],
  ['"linked to" before the group: suspected', 'Police said the attackers were linked to the Islamic State.',
    ['Islamic State → Islamic State (organization): suspected/asserts', 'attackers → attackers (individual): suspected/asserts']],
  ['"believed to be" after a descriptor: suspected', 'Two terrorists believed to be from the Islamic State attacked a checkpoint.',
    ['Islamic State → Islamic State (organization): suspected/asserts', 'Two terrorists → two terrorists (individual): suspected/asserts']],
  ['a group that is fought is no perpetrator', 'Airstrikes against the Islamic State continued.', []],
  ['a group and its fighters', 'Al-Shabaab fighters attacked a base.',
    ['Al-Shabaab → al-Shabaab (organization): blamed/asserts', 'fighters → fighters (individual): blamed/asserts']],
  ['a generic descriptor', 'Gunmen opened fire on a bus.', ['Gunmen → gunmen (individual): blamed/asserts']],
  ['a descriptor with its modifier', 'Masked gunmen attacked a police post.', ['Masked gunmen → masked gunmen (individual): blamed/asserts']],
  ['"a group of" is left out of the descriptor', 'A group of armed men attacked the village.', ['armed men → armed men (individual): blamed/asserts']],
  ['a suspicion verb before a descriptor: suspected', 'Investigators suspect militants attacked the post.',
    ['militants → militants (individual): suspected/asserts']],
  ['nobody named', 'Two soldiers were wounded in the blast.', []],
  ['a singular word before an act describes the act', 'A guerrilla attack destroyed the bridge.', []],
  ['a singular word before a unit: the unit is the perpetrator', 'A guerrilla column attacked the farm.',
    ['guerrilla column → guerrilla column (individual): blamed/asserts']],
  ['a plural before a verb stays a perpetrator', 'Gunmen attack gun shops in Aktobe.', ['Gunmen → gunmen (individual): blamed/asserts']],
  ['"suspected" inside the descriptor: suspected', 'Suspected Islamist militants stormed a hotel.',
    ['Suspected Islamist militants → suspected islamist militants (individual): suspected/asserts']],
  ['the people acted on are no perpetrators', 'The army killed five militants near the border.', []],
  ['a channel claiming alone names its group by its canonical name', 'Amaq claimed responsibility for the attack.',
    ['Amaq → Islamic State (organization): claimed/claims via Amaq News Agency']],
];

for (const [rule, sentence, expected] of ROWS) {
  test(`findPerpetratorMentions: ${rule}`, () => {
    const found = find(sentence);
    assert.deepEqual(found.map(show), expected);
    for (const p of found) assert.equal(sentence.slice(p.start, p.end), p.mention);
  });
}

test('findPerpetratorMentions: the sentence\'s cues set the status of every group in it', () => {
  const sentence = 'Police said the Taliban attacked the post.';
  const tokens = tokenize(sentence);
  const actors = findActorMentions(sentence);
  const status = (responsibility: boolean, denial: boolean, doubt: boolean) =>
    findPerpetratorMentions(sentence, tokens, 0, tokens.length, actors, { responsibility, denial, doubt })
      .filter((p) => p.kind === 'organization').map((p) => `${p.status}/${p.stance}`);
  assert.deepEqual(status(false, false, false), ['blamed/asserts']);
  assert.deepEqual(status(true, false, false), ['claimed/claims']);
  assert.deepEqual(status(false, true, false), ['disputed/denies']);
  assert.deepEqual(status(false, false, true), ['disputed/doubts']);
  // a claim that is doubted is a doubt
  assert.deepEqual(status(true, false, true), ['disputed/doubts']);
});
