import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from './split-sentences.ts';

/** [rule, analysis text (see normalize-text.ts: ASCII quotes, paragraph breaks as "\n\n"), sentences]. */
const ROWS: Array<[string, string, string[]]> = [
  ['full stop and a space', 'Gunmen attacked a police post. Two officers were killed.', ['Gunmen attacked a police post.', 'Two officers were killed.']],
  ['question and exclamation marks', 'Who fired first? Nobody knows! The inquiry goes on.', ['Who fired first?', 'Nobody knows!', 'The inquiry goes on.']],
  ['title abbreviations', 'Dr. Karimov treated the wounded. Gen. Sharif visited St. Petersburg on Monday.',
    ['Dr. Karimov treated the wounded.', 'Gen. Sharif visited St. Petersburg on Monday.']],
  ['stacked ranks', 'Lt. Col. Ahmed led the raid. It ended at dawn.', ['Lt. Col. Ahmed led the raid.', 'It ended at dawn.']],
  ['a month abbreviation before a day', 'The bomb went off on Jan. 5 near the market. Police came.', ['The bomb went off on Jan. 5 near the market.', 'Police came.']],
  ['"No." before a number', 'Checkpoint No. 4 was hit by mortar fire. Two guards died.', ['Checkpoint No. 4 was hit by mortar fire.', 'Two guards died.']],
  ['"approx." before a lower-case word', 'They fired approx. five rockets. Nobody was hurt.', ['They fired approx. five rockets.', 'Nobody was hurt.']],
  ['dotted abbreviations: U.N., U.S.', 'A U.N. convoy and the U.S. embassy were hit. Staff left.', ['A U.N. convoy and the U.S. embassy were hit.', 'Staff left.']],
  ['"i.e." inside a sentence', 'The group, i.e. the local cell, said so. It lied.', ['The group, i.e. the local cell, said so.', 'It lied.']],
  ['initials', 'The report by J. R. Ortega was published. It named no one.', ['The report by J. R. Ortega was published.', 'It named no one.']],
  ['caseless text: a full stop before a lower-case word is a boundary', 'the attack happened at night. two soldiers died.',
    ['the attack happened at night.', 'two soldiers died.']],
  ['caseless text: abbreviations still hold', 'the u.s. embassy was shut. staff left.', ['the u.s. embassy was shut.', 'staff left.']],
  ['caseless text: a number after the full stop', 'police said 5 people died. 12 more were hurt.', ['police said 5 people died.', '12 more were hurt.']],
  ['upper-case text', 'GUNMEN STORMED THE BANK. TWO GUARDS DIED.', ['GUNMEN STORMED THE BANK.', 'TWO GUARDS DIED.']],
  ['a closing double quote after the full stop', 'He said: "We will retaliate." The army denied it.', ['He said: "We will retaliate."', 'The army denied it.']],
  ['a closing single quote after the full stop', "He said: 'We will retaliate.' The army denied it.", ["He said: 'We will retaliate.'", 'The army denied it.']],
  ['a closing bracket after the full stop', 'The toll rose (officials said.) Rescue work continued.', ['The toll rose (officials said.)', 'Rescue work continued.']],
  ['a square bracket after the full stop', 'The toll rose [later revised.] Work continued.', ['The toll rose [later revised.]', 'Work continued.']],
  ['a full stop inside brackets with an abbreviation', 'The blast [at 10 p.m.] hit a market. Police came.', ['The blast [at 10 p.m.] hit a market.', 'Police came.']],
  ['a sentence-final abbreviation before a capitalised sentence start', 'The envoy flew to the U.S. He returned on Friday.',
    ['The envoy flew to the U.S.', 'He returned on Friday.']],
  ['a clock abbreviation ends a sentence before a capitalised word', 'Shots were heard at 9 a.m. Police sealed the area.',
    ['Shots were heard at 9 a.m.', 'Police sealed the area.']],
  ['a clock abbreviation before a day name does not', 'Shots were heard at 9 a.m. Monday near the base. Police came.',
    ['Shots were heard at 9 a.m. Monday near the base.', 'Police came.']],
  ['a dotted abbreviation before a capitalised name does not', 'The U.S. Embassy was shut. Staff left.', ['The U.S. Embassy was shut.', 'Staff left.']],
  ['caseless text: no split after an abbreviation', 'the envoy flew to the u.s. he returned on friday.', ['the envoy flew to the u.s. he returned on friday.']],
  ['upper-case text: no capitals to tell', 'THE ENVOY FLEW TO THE U.S. EMBASSY. HE LEFT.', ['THE ENVOY FLEW TO THE U.S. EMBASSY.', 'HE LEFT.']],
  ['a lower-case word after a quoted question continues the sentence', '"Is it over?" he asked. Nobody answered.',
    ['"Is it over?" he asked.', 'Nobody answered.']],
  ['caseless text: a quoted question ends the sentence', '"is it over?" he asked.', ['"is it over?"', 'he asked.']],
  ['a paragraph break ends a sentence without a full stop', 'Attack on border post\n\nGunmen killed two guards.', ['Attack on border post', 'Gunmen killed two guards.']],
  ['several blank lines are one break', 'First report.\n\n\n\nSecond report.', ['First report.', 'Second report.']],
  ['a decimal number', 'The cost was 3.5 million. Aid arrived.', ['The cost was 3.5 million.', 'Aid arrived.']],
  ['a decimal number at the end of a sentence', 'The magnitude was 4.5. Nobody was hurt.', ['The magnitude was 4.5.', 'Nobody was hurt.']],
  ['a number with thousands separators', 'Some 1,250 people fled. Aid arrived.', ['Some 1,250 people fled.', 'Aid arrived.']],
  ['a dotted date', 'The attack on 05.06.2016 was planned. Police knew.', ['The attack on 05.06.2016 was planned.', 'Police knew.']],
  ['an ellipsis', 'Police said... the toll rose. Aid arrived.', ['Police said...', 'the toll rose.', 'Aid arrived.']],
  ['no space after the full stop: no boundary', 'Six were killed.The army came.', ['Six were killed.The army came.']],
  ['surrounding spaces are trimmed', '  Shots were fired.  Nobody died.  ', ['Shots were fired.', 'Nobody died.']],
  ['no final punctuation', 'Shots were fired. Nobody died', ['Shots were fired.', 'Nobody died']],
  ['an empty text', '', []],
  ['only spaces and breaks', '  \n\n  ', []],
];

for (const [rule, text, expected] of ROWS) {
  test(`splitSentences: ${rule}`, () => {
    const spans = splitSentences(text);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), expected);
  });
}

// ---- properties ----

const piece = fc.constantFrom(
  'Gunmen', 'attacked', 'the', 'post', 'Dr.', 'J.', 'U.S.', 'approx.', 'no.', '3.5', '1,250', 'killed.', 'died!', 'why?', '"Go."', '(said.)',
  'al-Qaeda', "group's", 'two', 'POLICE', '...', '.', '\n\n', '\n', ' ', '  ',
);
const analysisText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));

test('property: spans slice exactly to the text, in order, trimmed, never across a line break', () => {
  fc.assert(fc.property(analysisText, (text) => {
    const spans = splitSentences(text);
    let last = 0;
    for (const s of spans) {
      assert.ok(s.start >= last && s.end > s.start && s.end <= text.length, JSON.stringify({ text, s }));
      const sentence = text.slice(s.start, s.end);
      assert.equal(sentence, sentence.trim());
      assert.equal(sentence.includes('\n'), false);
      last = s.end;
    }
  }), { numRuns: 1000 });
});

test('property: sentences cover every word of the text', () => {
  fc.assert(fc.property(analysisText, (text) => {
    const covered = new Array<boolean>(text.length).fill(false);
    for (const s of splitSentences(text)) for (let i = s.start; i < s.end; i++) covered[i] = true;
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) assert.ok(covered[i], `${JSON.stringify(text)} at ${i}`);
  }), { numRuns: 1000 });
});
