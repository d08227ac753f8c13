import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentFormat } from '../core/types.ts';
import { binaryKindFromExtension, detectBinaryKind } from './binary-kind.ts';
import { detectFormat } from './detect-format.ts';

const rows: Array<[string, string, DocumentFormat]> = [
  ['a.txt', '<html><body>x</body></html>', 'text'],
  ['a.MD', 'plain', 'markdown'],
  ['a.markdown', 'plain', 'markdown'],
  ['a.htm', 'plain', 'html'],
  ['a.rss', '<rss/>', 'feed'],
  ['a.xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
  ['a.xml', '<?xml version="1.0"?>\n<!DOCTYPE html><html><body>x</body></html>', 'html'],
  ['-', '%PDF-1.4\n...', 'pdf'],
  ['noext', '  <?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'feed'],
  ['noext', '<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
  ['-', '<!DOCTYPE html>\n<html lang="en">', 'html'],
  ['-', '\n<html>', 'html'],
  ['-', '<div class="story"><p>Text</p></div>', 'html'],
  ['-', '---\ntitle: Attack\ndate: 2016-06-05\n---\nBody', 'markdown'],
  ['-', '# Heading\n\nBody', 'markdown'],
  ['-', 'Gunmen attacked a post.\n# not a heading at the top', 'text'],
  ['-', '---\nnot front matter', 'text'],
  ['report.2016', 'Plain words.', 'text'],
];

test('detectFormat', async (t) => {
  for (const [name, head, expected] of rows) {
    await t.test(`${name}: ${JSON.stringify(head.slice(0, 30))}`, () => {
      assert.equal(detectFormat(name, Buffer.from(head, 'utf8')), expected);
    });
  }
});

test('a format hint wins over extension and content', () => {
  assert.equal(detectFormat('a.txt', Buffer.from('<html>'), 'markdown'), 'markdown');
});

const magic: Array<[string, number[] | string, string | null]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], 'png image'],
  ['jpeg', [0xff, 0xd8, 0xff, 0xe0], 'jpeg image'],
  ['gif', 'GIF89a....', 'gif image'],
  ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14], 'zip archive'],
  ['gzip', [0x1f, 0x8b, 0x08, 0x00], 'gzip archive'],
  ['elf', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 'elf executable'],
  ['webp', 'RIFF\x10\x00\x00\x00WEBPVP8 ', 'webp image'],
  ['text that starts with MZ', 'MZ is a two-letter code used in this report, nothing more, and it goes on for a while longer than that.', null],
  ['text', 'Gunmen attacked', null],
  ['pdf is a document', '%PDF-1.7', null],
];

test('detectBinaryKind', async (t) => {
  for (const [name, input, expected] of magic) {
    await t.test(name, () => {
      const data = typeof input === 'string' ? Buffer.from(input, 'latin1') : Buffer.from(input);
      assert.equal(detectBinaryKind(data), expected);
    });
  }
});

test('binaryKindFromExtension', () => {
  assert.equal(binaryKindFromExtension('photos/IMG_1.JPG'), 'jpg image');
  assert.equal(binaryKindFromExtension('dump.tar'), 'tar archive');
  assert.equal(binaryKindFromExtension('tool.exe'), 'exe executable');
  assert.equal(binaryKindFromExtension('report.docx'), 'docx office document');
  assert.equal(binaryKindFromExtension('report.txt'), null);
  assert.equal(binaryKindFromExtension('README'), null);
});
