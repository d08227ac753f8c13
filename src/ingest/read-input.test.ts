import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { InputError } from '../core/errors.ts';
import { readInput, type ReadOptions } from './read-input.ts';

const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures/ingest');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-read-input-'));
test.after(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const read = (origin: string, options: ReadOptions = {}) => readInput({ origin, size: null }, options);

async function readError(origin: string, options: ReadOptions = {}): Promise<InputError> {
  try {
    await read(origin, options);
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    assert.equal(error.subject, origin);
    assert.doesNotMatch(error.message, /\n|^[A-Z]/);
    return error;
  }
  assert.fail(`expected ${origin} to fail`);
}

test('plain text: the decoded file text, unchanged', async () => {
  const text = 'Gunmen attack Aktobe\n\nOn 5 June 2016  gunmen\r\nattacked\ttwo shops.\n';
  const [doc] = await read(write('plain.txt', text));
  assert.deepEqual(doc, { origin: path.join(dir, 'plain.txt'), format: 'text', text, metadata: { title: 'Gunmen attack Aktobe' } });
  const [bom] = await read(write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
  assert.equal(bom!.text, text);
});

test('the seed articles read as their exact file text, with a title', async (t) => {
  const seeds = path.resolve(import.meta.dirname, '../../..', 'shared', 'seeds');
  if (!fs.existsSync(seeds)) {
    t.skip('../shared/seeds absent');
    return;
  }
  for (const name of fs.readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
    const file = path.join(seeds, name);
    const [doc] = await read(file);
    assert.equal(doc!.text, fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), name);
    assert.equal(doc!.format, 'text');
    assert.ok(doc!.metadata.title, `${name} has a title`);
  }
});

test('markdown: text unchanged, metadata from front matter', async () => {
  const text = '---\ntitle: Border attack\ndate: 2019-11-06\nsource: Kommersant\n---\n\nAttackers struck.\n';
  const [doc] = await read(write('note.md', text));
  assert.equal(doc!.format, 'markdown');
  assert.equal(doc!.text, text);
  assert.equal(doc!.metadata.title, 'Border attack');
  assert.equal(doc!.metadata.published, '2019-11-06');
  assert.equal(doc!.metadata.outlet, 'Kommersant');
});

test('html: article text and metadata; a declared legacy charset is honoured', async () => {
  const html = '<html><head><meta charset="windows-1252"><title>Caf\xe9 attack</title></head><body><p>A caf\xe9 was attacked.</p></body></html>';
  const [doc] = await read(write('page.htm', Buffer.from(html, 'latin1')));
  assert.equal(doc!.format, 'html');
  assert.equal(doc!.text, 'A café was attacked.');
  assert.equal(doc!.metadata.title, 'Café attack');
});

test('pdf by extension and by magic', async () => {
  const bytes = fs.readFileSync(path.join(fixtures, 'two-pages.pdf'));
  const [byName] = await read(write('report.pdf', bytes));
  const [byMagic] = await read(write('report-no-extension', bytes));
  assert.equal(byName!.format, 'pdf');
  assert.equal(byMagic!.format, 'pdf');
  assert.equal(byName!.text, byMagic!.text);
  assert.equal(byName!.metadata.title, 'Attacks in Aktobe');
});

test('feed: several documents, item origins', async () => {
  const xml = `<rss version="2.0"><channel><title>Wire</title>
    <item><title>One</title><description>First.</description></item>
    <item><title>Two</title><link>https://wire.example/2</link><description>Second.</description></item>
  </channel></rss>`;
  const file = write('wire.xml', xml);
  const docs = await read(file);
  assert.deepEqual(
    docs.map((d) => [d.origin, d.format, d.text, d.metadata.outlet]),
    [
      [`${file}#item-1`, 'feed', 'One\n\nFirst.', 'Wire'],
      ['https://wire.example/2', 'feed', 'Two\n\nSecond.', 'Wire'],
    ],
  );
});

test('stdin is read and sniffed', async () => {
  const html = '<!doctype html><html><head><title>From stdin</title></head><body><p>Piped text.</p></body></html>';
  const [doc] = await read('-', { stdin: Readable.from([Buffer.from(html)]) });
  assert.deepEqual([doc!.origin, doc!.format, doc!.text, doc!.metadata.title], ['-', 'html', 'Piped text.', 'From stdin']);
  const [plain] = await read('-', { stdin: Readable.from(['just ', 'words']) });
  assert.equal(plain!.text, 'just words');
  assert.equal(plain!.format, 'text');
});

test('a format hint overrides detection', async () => {
  const [doc] = await read('-', { stdin: Readable.from(['<p>kept as text</p>']), formatHint: 'text' });
  assert.equal(doc!.text, '<p>kept as text</p>');
});

test('bad inputs, each with its code and reason', async (t) => {
  const pdf = fs.readFileSync(path.join(fixtures, 'two-pages.pdf'));
  const huge = path.join(dir, 'huge.txt');
  fs.closeSync(fs.openSync(huge, 'w'));
  fs.truncateSync(huge, 105 * 1024 * 1024); // sparse: no disk used
  const rows: Array<[string, () => string, string, RegExp, ReadOptions?]> = [
    ['missing', () => path.join(dir, 'nope.txt'), 'NOT_FOUND', /^no such file or directory$/],
    ['directory', () => (fs.mkdirSync(path.join(dir, 'sub'), { recursive: true }), path.join(dir, 'sub')), 'UNSUPPORTED', /^is a directory$/],
    ['empty', () => write('empty.txt', ''), 'EMPTY', /^empty file$/],
    ['whitespace', () => write('blank.md', '\n  \n\t\n'), 'EMPTY', /^only whitespace$/],
    ['too large', () => huge, 'TOO_LARGE', /^105 MB exceeds the 50 MB limit; raise it with --max-size$/],
    ['over a custom limit', () => write('small.txt', 'x'.repeat(2048)), 'TOO_LARGE', /^2 KB exceeds the 1 KB limit/, { maxBytes: 1024 }],
    ['png named .txt', () => write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), 'UNSUPPORTED', /^unsupported file type: png image$/],
    ['binary', () => write('blob.dat', Buffer.from([0x41, 0, 0x42, 0, 0x43])), 'BINARY', /^binary content/],
    ['invalid utf-8', () => write('latin1.txt', Buffer.from('Caf\xe9 attack', 'latin1')), 'INVALID_UTF8', /^invalid utf-8 at byte 3;/],
    ['truncated pdf', () => write('cut.pdf', pdf.subarray(0, 700)), 'BAD_PDF', /^truncated pdf/],
    ['encrypted pdf', () => write('locked.pdf', fs.readFileSync(path.join(fixtures, 'encrypted.pdf'))), 'ENCRYPTED_PDF', /^password-protected/],
    ['scanned pdf', () => write('scan.pdf', fs.readFileSync(path.join(fixtures, 'no-text.pdf'))), 'NO_TEXT', /^no text layer; OCR it first$/],
    ['malformed feed', () => write('broken.rss', '<rss><channel><item></channel>'), 'BAD_FEED', /^malformed xml/],
    ['page without text', () => write('blank.html', '<html><body><script>x()</script></body></html>'), 'EMPTY', /^no visible text/],
  ];
  for (const [name, make, code, message, options] of rows) {
    await t.test(name, async () => {
      const error = await readError(make(), options);
      assert.equal(error.code, code, error.message);
      assert.match(error.message, message);
    });
  }
});

test('stdin: empty, and over the limit', async () => {
  const empty = await readError('-', { stdin: Readable.from([]) });
  assert.deepEqual([empty.code, empty.message], ['EMPTY', 'empty input']);
  const big = await readError('-', { stdin: Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]), maxBytes: 1024 });
  assert.equal(big.code, 'TOO_LARGE');
  assert.match(big.message, /^input exceeds the 1 KB limit/);
});

test('permission denied is UNREADABLE', async (t) => {
  if (process.getuid?.() === 0) {
    t.skip('running as root: file permissions are not enforced');
    return;
  }
  const file = write('secret.txt', 'hidden');
  fs.chmodSync(file, 0o000);
  const error = await readError(file);
  assert.deepEqual([error.code, error.message], ['UNREADABLE', 'permission denied']);
});
