import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldTags } from './gold-tags.ts';
import { buildTaggingContext } from './tagging-context.ts';

const cases: Array<[string, string, Record<string, string[][]>, string[]]> = [
  ['a role on token boundaries', 'guerrillas killed a peasant .', { Victim: [['peasant']], PerpInd: [['guerrillas']] },
    ['B-PerpInd', 'O', 'O', 'B-Victim', 'O']],
  ['every occurrence, several tokens', 'the fmln attacked . the fmln denied .', { PerpOrg: [['the fmln']] },
    ['B-PerpOrg', 'I-PerpOrg', 'O', 'O', 'B-PerpOrg', 'I-PerpOrg', 'O', 'O']],
  ['a possessive is split off', "fmln's rebels", { PerpOrg: [['fmln']] }, ['B-PerpOrg', 'O', 'O', 'O']],
  ['not inside a longer word', 'the bombers bombed', { Weapon: [['bomb']] }, ['O', 'O', 'O']],
  ['longer mentions win', 'a car bomb exploded', { Weapon: [['bomb'], ['car bomb']] }, ['O', 'B-Weapon', 'I-Weapon', 'O']],
];

for (const [name, text, template, expected] of cases) {
  test(`gold tags: ${name}`, () => {
    const result = goldTags(buildTaggingContext(text), [template]);
    assert.deepEqual(result.tags, expected);
  });
}

test('gold tags count mentions that found no place', () => {
  const result = goldTags(buildTaggingContext('a car bomb exploded'), [{ Weapon: [['bomb'], ['grenade']] }]);
  assert.equal(result.mentions, 2);
  assert.equal(result.placed, 1);
});
