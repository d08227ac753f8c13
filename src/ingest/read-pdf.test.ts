import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { InputError } from '../core/errors.ts';
import { readPdf } from './read-pdf.ts';

const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures/ingest');
const fixture = (name: string): Buffer => fs.readFileSync(path.join(fixtures, name));

test('two pages: lines from the text layer, hyphenation kept, pages split by a blank line', async () => {
  const { text, metadata } = await readPdf(fixture('two-pages.pdf'), 'two-pages.pdf');
  assert.equal(
    text,
    [
      'Gunmen attacked two gun shops in Aktobe on 5 June 2016.',
      'Officials said the attackers hijacked a bus and rammed the gates of an army',
      'unit; four attackers were killed and nine soldiers were wound-',
      'ed in the fighting.',
      '',
      'Second page: the interior ministry blamed',
      'followers of a radical movement.',
    ].join('\n'),
  );
  assert.deepEqual(metadata, { title: 'Attacks in Aktobe', author: 'Field Desk' });
});

test('a PDF with only an owner password (restrictions, no user password) reads normally', async () => {
  const plain = await readPdf(fixture('two-pages.pdf'), 'a.pdf');
  const locked = await readPdf(fixture('owner-locked.pdf'), 'b.pdf');
  assert.equal(locked.text, plain.text);
  assert.equal(locked.metadata.title, 'Attacks in Aktobe');
});

test('the caller keeps its buffer (pdfjs gets a copy)', async () => {
  const bytes = fixture('two-pages.pdf');
  await readPdf(bytes, 'x.pdf');
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
});

async function failure(bytes: Uint8Array): Promise<InputError> {
  try {
    await readPdf(bytes, 'bad.pdf');
  } catch (error) {
    assert.ok(error instanceof InputError);
    assert.equal(error.subject, 'bad.pdf');
    return error;
  }
  assert.fail('expected an InputError');
}

test('bad PDFs', async (t) => {
  const whole = fixture('two-pages.pdf');
  const rows: Array<[string, Uint8Array, string, RegExp]> = [
    ['truncated', whole.subarray(0, Math.floor(whole.length / 2)), 'BAD_PDF', /^truncated pdf/],
    ['cut, with an end marker glued on', Buffer.concat([whole.subarray(0, 600), Buffer.from('\n%%EOF\n')]), 'BAD_PDF', /^corrupt pdf: /],
    ['garbage after the header', Buffer.from('%PDF-1.4\nnot really a pdf\n%%EOF\n'), 'BAD_PDF', /^corrupt pdf: /],
    ['no header', Buffer.from('hello world'), 'BAD_PDF', /^not a pdf/],
    ['password-protected', fixture('encrypted.pdf'), 'ENCRYPTED_PDF', /^password-protected pdf/],
    ['no text layer', fixture('no-text.pdf'), 'NO_TEXT', /^no text layer; OCR it first$/],
  ];
  for (const [name, bytes, code, message] of rows) {
    await t.test(name, async () => {
      const error = await failure(bytes);
      assert.equal(error.code, code);
      assert.match(error.message, message);
      assert.doesNotMatch(error.message, /\n/);
    });
  }
});
