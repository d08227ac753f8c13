import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentMetadata } from '../core/types.ts';
import { markdownMetadata } from './markdown-metadata.ts';
import { plainTextTitle } from './plain-text-title.ts';

const rows: Array<[string, string, DocumentMetadata]> = [
  [
    'front matter',
    '---\ntitle: "Attack on a border post"\npublished: 2019-11-06\nsource: Kommersant\nauthor: \'A. Writer\'\nurl: https://example.org/a\n---\n# Other heading\n\nBody.',
    { title: 'Attack on a border post', published: '2019-11-06', outlet: 'Kommersant', author: 'A. Writer', url: 'https://example.org/a' },
  ],
  ['date and outlet aliases', '---\ndate: 2016-06-05T10:00:00Z\noutlet: Daily\nauthors: [Jane Roe, John Doe]\n---\nBody', { published: '2016-06-05T10:00:00Z', outlet: 'Daily', author: 'Jane Roe', title: null }],
  ['heading only', 'Intro line\n\n# Gunmen *attack* [Aktobe](https://x)\n\nBody', { title: 'Gunmen attack Aktobe' }],
  ['setext heading', 'Gunmen attack\n=============\n\nBody', { title: 'Gunmen attack' }],
  ['heading inside a code fence is skipped', '```\n# comment\n```\n# Real title', { title: 'Real title' }],
  ['front matter without title falls back to the heading', '---\noutlet: Daily\n---\n# Heading title\n', { outlet: 'Daily', title: 'Heading title' }],
  ['nothing', 'Just text.', {}],
];

test('markdownMetadata', async (t) => {
  for (const [name, input, expected] of rows) {
    await t.test(name, () => {
      const found = markdownMetadata(input);
      for (const [key, value] of Object.entries(expected)) {
        assert.equal(found[key as keyof DocumentMetadata] ?? null, value, key);
      }
      if (Object.keys(expected).length === 0) assert.deepEqual(found, {});
    });
  }
});

const titles: Array<[string, string | null]> = [
  ['Gunmen attack gun shops in Aktobe (June 5, 2016)\n\nOn this day in 2016, terrorists...', 'Gunmen attack gun shops in Aktobe (June 5, 2016)'],
  [
    ' Did the US-funded Afghan Border Outpost Help\nTajikistan in Neutralizing ISIS Terrorists?\n On November 6th, early in the morning at 7:50 AM local time, the Interior Ministry of the\nRepublic',
    'Did the US-funded Afghan Border Outpost Help Tajikistan in Neutralizing ISIS Terrorists?',
  ],
  ['\n\n  Title after blank lines  \n\nBody', 'Title after blank lines'],
  [`${'A long opening sentence that runs on and on, well past any heading length, '.repeat(2)}and more.`, null],
  [
    'A hard-wrapped opening paragraph that keeps going\nover several short lines, each of them under the\nline limit, until together they are far too long\nto be any kind of title at all.',
    null,
  ],
];

test('plainTextTitle', async (t) => {
  for (const [input, expected] of titles) {
    await t.test(input.slice(0, 40), () => assert.equal(plainTextTitle(input), expected));
  }
});
