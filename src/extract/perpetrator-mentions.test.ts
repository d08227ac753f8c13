import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findActorMentions } from './actors/find-actor-mentions.ts';
import { findAttribution } from './attribution.ts';
import { findPerpetratorMentions } from './perpetrator-mentions.ts';

/** [sentence, organisations as "mention: status"]. */
const ROWS: Array<[string, string[]]> = [
  ["A security source said the device bore the hallmarks of Jama'at Nusrat al-Islam wal-Muslimin (JNIM).", ["Jama'at Nusrat al-Islam wal-Muslimin: suspected", 'JNIM: suspected']],
  ['Local media reported that investigators suspect the Jalisco New Generation Cartel (CJNG), which has been fighting rival gangs.', ['Jalisco New Generation Cartel: suspected', 'CJNG: suspected']],
  ['Police officials said the investigation was focusing on the local cell of the Islamic State Khorasan Province (ISKP).', ['Islamic State Khorasan Province: suspected', 'ISKP: suspected']],
  ['The Baloch Liberation Army (BLA) claimed the hijacking within hours.', ['Baloch Liberation Army: claimed', 'BLA: claimed']],
  ['Gunmen from the Baloch Liberation Army blew up a section of track.', ['Baloch Liberation Army: blamed']],
];

for (const [sentence, expected] of ROWS) {
  test(`findPerpetratorMentions: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    const actors = findActorMentions(sentence);
    const cues = findAttribution(sentence, tokens, 0, tokens.length, actors, false);
    const found = findPerpetratorMentions(sentence, tokens, 0, tokens.length, actors, cues).filter((p) => p.kind === 'organization');
    assert.deepEqual(found.map((p) => `${p.mention}: ${p.status}`), expected);
  });
}
