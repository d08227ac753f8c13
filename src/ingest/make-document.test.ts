import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { UsageError } from '../core/errors.ts';
import { makeDocument } from './make-document.ts';
import type { ReadDocument } from './read-input.ts';

const read: ReadDocument = {
  origin: 'a.md',
  format: 'markdown',
  text: '# Attack\n\nGunmen attacked a post.\n',
  metadata: { title: 'Attack', author: '  ', outlet: 'Daily', url: null, published: 'Sun, 05 Jun 2016 10:00:00 +0600' },
};

test('hash is the sha256 of the exact text and id its first 15 hex digits', () => {
  const doc = makeDocument(read, {});
  const expected = createHash('sha256').update(read.text, 'utf8').digest('hex');
  assert.equal(doc.hash, expected);
  assert.equal(doc.id, `d${expected.slice(0, 15)}`);
  assert.match(doc.id, /^d[0-9a-f]{15}$/);
  assert.equal(doc.text, read.text);
});

test('hashing is stable: same text, same id, whatever the metadata or origin', () => {
  const a = makeDocument(read, {});
  const b = makeDocument({ ...read, origin: 'other/place.txt', format: 'text', metadata: {} }, { title: 'X' });
  assert.equal(a.id, b.id);
  assert.equal(a.hash, b.hash);
  const c = makeDocument({ ...read, text: `${read.text} ` }, {});
  assert.notEqual(a.id, c.id);
  // A known value, so a change of hashing scheme cannot pass unnoticed.
  assert.equal(makeDocument({ ...read, text: 'abc' }, {}).hash, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('file metadata is kept, blanks become null, published is normalised', () => {
  const doc = makeDocument(read, {});
  assert.deepEqual(
    { title: doc.title, author: doc.author, outlet: doc.outlet, url: doc.url, published: doc.published, origin: doc.origin, format: doc.format },
    { title: 'Attack', author: null, outlet: 'Daily', url: null, published: '2016-06-05', origin: 'a.md', format: 'markdown' },
  );
});

test('overrides win; empty overrides do not erase file metadata', () => {
  const doc = makeDocument(read, { title: 'Given title', outlet: '', author: 'Desk', published: '2016-06' });
  assert.equal(doc.title, 'Given title');
  assert.equal(doc.outlet, 'Daily');
  assert.equal(doc.author, 'Desk');
  assert.equal(doc.published, '2016-06');
});

test('an unparseable published date in the file is dropped; one given by the user is an error', () => {
  assert.equal(makeDocument({ ...read, metadata: { published: 'soon' } }, {}).published, null);
  assert.throws(() => makeDocument(read, { published: 'last week' }), UsageError);
});
