import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { InputError } from '../core/errors.ts';
import { enumerateInputs } from './enumerate-inputs.ts';
import { readInput, type ReadDocument, type ReadFailure } from './read-input.ts';

const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures/ingest');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-enumerate-'));
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

function write(rel: string, content: string | Uint8Array): string {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const pdf = fs.readFileSync(path.join(fixtures, 'two-pages.pdf'));

// A directory of mixed files, as an analyst's download folder looks.
const mixed = path.join(root, 'mixed');
write('mixed/a-report.txt', 'Gunmen attack Aktobe\n\nFour attackers were killed.\n');
write('mixed/b-notes.md', '---\ntitle: Notes\n---\nSome notes.\n');
write('mixed/c-page.html', '<html><head><title>Page</title></head><body><p>Attack reported.</p></body></html>');
write('mixed/d-two-pages.pdf', pdf);
write('mixed/e-photo.png', png);
write('mixed/f-empty.txt', '');
write('mixed/g-blob.bin.txt', Buffer.from([0x00, 0x01, 0x02, 0x41, 0x00, 0x42]));
write('mixed/h-latin1.txt', Buffer.from('Caf\xe9 attack', 'latin1'));
write('mixed/i-truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)));
write('mixed/j-encrypted.pdf', fs.readFileSync(path.join(fixtures, 'encrypted.pdf')));
write('mixed/k-archive', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0]));
write('mixed/nested/deeper/l-feed.rss', '<rss version="2.0"><channel><title>W</title><item><title>One</title><description>x</description></item><item><title>Two</title></item></channel></rss>');
write('mixed/n-report.docx', 'text inside, but a docx by name');
write('mixed/.hidden.txt', 'never read');
write('mixed/.git/config', '[core]');
const huge = path.join(mixed, 'm-huge.txt');
fs.closeSync(fs.openSync(huge, 'w'));
fs.truncateSync(huge, 100 * 1024 * 1024); // sparse: 100 MB on paper, no disk used
fs.symlinkSync(mixed, path.join(mixed, 'nested', 'loop'));

/** Everything the batch yields, as `name → code` for failures and `name → format` for documents. */
async function ingest(paths: string[]): Promise<{ documents: ReadDocument[]; failures: ReadFailure[] }> {
  const { inputs, failures } = await enumerateInputs(paths);
  const documents: ReadDocument[] = [];
  for (const input of inputs) {
    try {
      documents.push(...(await readInput(input, {})));
    } catch (error) {
      assert.ok(error instanceof InputError, String(error));
      failures.push({ origin: input.origin, error });
    }
  }
  return { documents, failures };
}

const rel = (origin: string): string => path.relative(mixed, origin);

test('a directory of mixed files: good ones read, every bad one reported by name and reason', async () => {
  const { documents, failures } = await ingest([mixed]);

  assert.deepEqual(
    documents.map((d) => [rel(d.origin), d.format]),
    [
      ['a-report.txt', 'text'],
      ['b-notes.md', 'markdown'],
      ['c-page.html', 'html'],
      ['d-two-pages.pdf', 'pdf'],
      ['nested/deeper/l-feed.rss#item-1', 'feed'],
      ['nested/deeper/l-feed.rss#item-2', 'feed'],
    ],
  );

  const reported = Object.fromEntries(failures.map((f) => [rel(f.origin), `${f.error.code}: ${f.error.message}`]));
  assert.deepEqual(reported, {
    'e-photo.png': 'UNSUPPORTED: unsupported file type: png image',
    'k-archive': 'UNSUPPORTED: unsupported file type: gzip archive',
    'f-empty.txt': 'EMPTY: empty file',
    'g-blob.bin.txt': 'BINARY: binary content (NUL bytes), not text',
    'h-latin1.txt': 'INVALID_UTF8: invalid utf-8 at byte 3; save the file as utf-8',
    'i-truncated.pdf': 'BAD_PDF: truncated pdf (no end-of-file marker)',
    'j-encrypted.pdf': 'ENCRYPTED_PDF: password-protected pdf; remove the password first',
    'n-report.docx': 'UNSUPPORTED: unsupported file type: docx office document',
    'm-huge.txt': 'TOO_LARGE: 100 MB exceeds the 50 MB limit; raise it with --max-size',
  });
  for (const failure of failures) {
    assert.equal(failure.error.subject, failure.origin);
    assert.equal(failure.error.toLine(), `${failure.origin}: ${failure.error.message}`);
  }
});

test('enumeration: sorted, recursive, hidden entries and link loops skipped, sizes from stat', async () => {
  const { inputs } = await enumerateInputs([mixed]);
  const names = inputs.map((i) => rel(i.origin));
  assert.deepEqual(names, [...names].sort());
  assert.ok(!names.some((n) => n.includes('.hidden') || n.includes('.git') || n.includes('loop')));
  assert.equal(inputs.find((i) => rel(i.origin) === 'm-huge.txt')?.size, 100 * 1024 * 1024);
});

test('missing paths, stdin, duplicates, files given directly and empty directories', async () => {
  const empty = path.join(root, 'empty-dir');
  fs.mkdirSync(path.join(empty, 'also-empty'), { recursive: true });
  const report = path.join(mixed, 'a-report.txt');
  const missing = path.join(root, 'no-such-file.txt');
  const { inputs, failures } = await enumerateInputs([missing, '-', report, empty, report, '-', path.join(mixed, 'e-photo.png')]);
  assert.deepEqual(inputs, [
    { origin: '-', size: null },
    { origin: report, size: fs.statSync(report).size },
  ]);
  assert.deepEqual(
    failures.map((f) => [f.origin, f.error.code, f.error.message]),
    [
      [missing, 'NOT_FOUND', 'no such file or directory'],
      [path.join(mixed, 'e-photo.png'), 'UNSUPPORTED', 'unsupported file type: png image'],
    ],
  );
});

test('a hidden file named explicitly is read', async () => {
  const { inputs } = await enumerateInputs([path.join(mixed, '.hidden.txt')]);
  assert.equal(inputs.length, 1);
});
