import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinTextItems, type TextItemLike } from './join-text-items.ts';

/** An item of 12-point text at (x, y), about 6 points per character. */
const item = (str: string, x: number, y: number, hasEOL = false): TextItemLike => ({
  str,
  hasEOL,
  transform: [12, 0, 0, 12, x, y],
  width: str.length * 6,
  height: 12,
});

const rows: Array<[string, TextItemLike[], string]> = [
  ['hasEOL ends lines', [item('first line', 72, 700, true), item('second', 72, 686)], 'first line\nsecond'],
  ['a baseline move ends a line without hasEOL', [item('wound-', 72, 700), item('ed here', 72, 686)], 'wound-\ned here'],
  ['a gap on one line becomes a space', [item('Aktobe', 72, 700), item('city', 72 + 36 + 4, 700)], 'Aktobe city'],
  ['adjacent items join without a space', [item('Akto', 72, 700), item('be', 72 + 24, 700)], 'Aktobe'],
  ['explicit space items are kept, not doubled', [item('a', 72, 700), item(' ', 78, 700), item('b', 90, 700)], 'a b'],
  ['empty items are dropped', [item('a', 72, 700), item('', 200, 100), item('b', 78, 700)], 'ab'],
  ['an empty end-of-line item ends the line', [item('a', 72, 700), item('', 78, 700, true), item('b', 72, 686)], 'a\nb'],
  ['blank lines between paragraphs survive', [item('a', 72, 700, true), item('', 72, 686, true), item('b', 72, 672)], 'a\n\nb'],
  ['trailing spaces are trimmed at line ends', [item('a  ', 72, 700, true), item('b', 72, 686)], 'a\nb'],
  ['nothing', [], ''],
];

test('joinTextItems', async (t) => {
  for (const [name, items, expected] of rows) {
    await t.test(name, () => assert.equal(joinTextItems(items), expected));
  }
});
