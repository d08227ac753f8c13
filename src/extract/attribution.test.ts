import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findActorMentions } from './actors/find-actor-mentions.ts';
import { findAttribution } from './attribution.ts';

/** [sentence, the source's name] (null: no source). */
const ROWS: Array<[string, string | null]> = [
  ["The mayor was shot dead on Friday when gunmen ambushed her car, the state prosecutor's office said.", "state prosecutor's office"],
  ["The National Anti-Terrorism Prosecutor's Office (PNAT) said on Saturday evening that it had taken over.", "National Anti-Terrorism Prosecutor's Office (France)"],
  ['The interior minister, who travelled to Lyon on Saturday night, said the suspect was known.', 'interior minister'],
  ['The Interior Cabinet Secretary said four officers were killed.', 'Interior Cabinet Secretary'],
  ['Residents reached by telephone described a much heavier toll.', 'Residents'],
  ['"We buried at least twenty gendarmes this morning," a local trader said.', 'local trader'],
  ['A local elder who attended the meeting said the blast had also killed two civilians.', 'local elder'],
  ['The head of the republic said five police officers had been killed.', 'head of the republic'],
  ['The National Security Committee (KNB) said two officers were killed. In a statement, the committee said the attacker was shot dead.', null],
  ['Officials say six people died.', 'Officials'],
  ['Gunmen stormed a post in Djibo.', null],
];

for (const [sentence, expected] of ROWS) {
  test(`findAttribution: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    const a = findAttribution(sentence, tokens, 0, tokens.length, findActorMentions(sentence), false);
    if (expected === null && sentence.includes('the committee')) {
      // the second sentence: "the committee" refers back to the National Security Committee
      const at = tokens.findIndex((t) => t.lower === 'in');
      const second = findAttribution(sentence, tokens, at, tokens.length, findActorMentions(sentence), false);
      assert.match(second.source?.name ?? '', /National Security Committee/);
      return;
    }
    assert.equal(a.source?.name ?? null, expected);
  });
}
