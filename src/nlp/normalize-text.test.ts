import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontMatterLength, normalizeText, toStoredSpan } from './normalize-text.ts';

/** [stored text, analysis text]. */
const ROWS: Array<[string, string]> = [
  ['---\ntitle: Gunmen storm a post\npublished: 2024-03-14\n---\nGunmen stormed a post.\n\nMore.', 'Gunmen stormed a post.\n\nMore.'],
  ['---\ntitle: A\n...\nBody text.', 'Body text.'],
  // a rule line, not front matter
  ['---\nThis is prose under a rule.\n---\nMore.', '--- This is prose under a rule. --- More.'],
  ['No front matter here.', 'No front matter here.'],
];

for (const [stored, expected] of ROWS) {
  test(`normalizeText: ${JSON.stringify(stored.slice(0, 40))}`, () => {
    const n = normalizeText(stored);
    assert.equal(n.text, expected);
    const at = n.text.indexOf('More');
    if (at >= 0) {
      const s = toStoredSpan(n, at, at + 4);
      assert.equal(stored.slice(s.start, s.end), 'More');
    }
  });
}

test('frontMatterLength: only key-value blocks at the very top', () => {
  assert.equal(frontMatterLength('---\na: 1\n---\nx'), 13);
  assert.equal(frontMatterLength('x\n---\na: 1\n---\n'), 0);
});
