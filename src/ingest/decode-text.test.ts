import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../core/errors.ts';
import { decodeText } from './decode-text.ts';
import { findInvalidUtf8 } from './find-invalid-utf8.ts';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function codeOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof InputError);
    return { code: error.code, message: error.message };
  }
  assert.fail('expected an InputError');
}

test('valid UTF-8 is returned unchanged; only a UTF-8 BOM is stripped', () => {
  const text = 'Aktobe — Ақтөбе\r\n\tline two\n';
  assert.equal(decodeText(bytes(text), 'f'), text);
  assert.equal(decodeText(bytes([0xef, 0xbb, 0xbf], text), 'f'), text);
});

test('UTF-16 with a BOM is decoded', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ишкобод post', 'utf16le')]);
  assert.equal(decodeText(le, 'f'), 'Ишкобод post');
  const be = Buffer.from(Buffer.from('Ишкобод post', 'utf16le')).swap16();
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'f'), 'Ишкобод post');
});

test('a declared legacy charset is honoured', () => {
  assert.equal(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'f', { declaredCharset: 'windows-1252' }), 'café');
  assert.equal(decodeText(bytes('ok'), 'f', { declaredCharset: 'UTF-8' }), 'ok');
});

const bad: Array<[string, Uint8Array, string, RegExp]> = [
  ['latin-1 byte', bytes('caf', [0xe9], ' au lait'), 'INVALID_UTF8', /^invalid utf-8 at byte 3;/],
  ['offset counts the BOM', bytes([0xef, 0xbb, 0xbf], 'ab', [0xc3, 0x28]), 'INVALID_UTF8', /at byte 5;/],
  ['truncated sequence at the end', bytes('abc', [0xe2, 0x82]), 'INVALID_UTF8', /at byte 3;/],
  ['NUL bytes', bytes('abc', [0], 'def'), 'BINARY', /^binary content \(NUL bytes\)/],
  ['control characters', bytes([1, 2, 3, 4], 'abcdef'), 'BINARY', /^binary content \(40% control characters\)/],
  ['only whitespace', bytes(' \n\t\r\n  '), 'EMPTY', /^only whitespace$/],
  ['BOM then whitespace', bytes([0xef, 0xbb, 0xbf], '\n\n'), 'EMPTY', /^only whitespace$/],
];

test('bad text', async (t) => {
  for (const [name, input, code, message] of bad) {
    await t.test(name, () => {
      const error = codeOf(() => decodeText(input, 'f.txt'));
      assert.equal(error.code, code);
      assert.match(error.message, message);
    });
  }
});

test('a few stray control characters in real text are tolerated', () => {
  const text = `${'word '.repeat(50)}\x07 bell`;
  assert.equal(decodeText(bytes(text), 'f'), text);
});

const utf8Rows: Array<[number[], number]> = [
  [[0x61, 0x62], -1],
  [[0xe2, 0x82, 0xac], -1],
  [[0xf0, 0x9f, 0x92, 0xa9], -1],
  [[0x61, 0xc0, 0x80], 1], // overlong
  [[0x61, 0x62, 0xed, 0xa0, 0x80], 2], // surrogate
  [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
  [[0x80], 0], // stray continuation
  [[0x61, 0xe2, 0x28, 0xa1], 1],
];

test('findInvalidUtf8 agrees with the strict decoder', async (t) => {
  for (const [input, expected] of utf8Rows) {
    await t.test(Buffer.from(input).toString('hex'), () => {
      const data = Uint8Array.from(input);
      assert.equal(findInvalidUtf8(data), expected);
      const strictOk = (() => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(data);
          return true;
        } catch {
          return false;
        }
      })();
      assert.equal(strictOk, expected === -1);
    });
  }
});
