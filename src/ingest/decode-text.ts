/**
 * Bytes to text, strictly. A UTF-8 BOM is stripped; a UTF-16 BOM selects UTF-16. Otherwise
 * the bytes must be valid UTF-8 (`INVALID_UTF8` names the byte offset of the first bad
 * sequence), unless the document itself declares another charset (HTML `<meta charset>`,
 * XML `encoding=`), which is honoured when the runtime knows it. NUL bytes or a high share
 * of control characters mean `BINARY`; nothing but whitespace means `EMPTY`.
 */
import { InputError } from '../core/errors.ts';
import { findInvalidUtf8 } from './find-invalid-utf8.ts';

/** Share of control characters above which content is judged binary. */
const CONTROL_SHARE_LIMIT = 0.1;
const SAMPLE_BYTES = 64 * 1024;

export interface DecodeOptions {
  /** A charset label the document declares about itself, e.g. `windows-1252`. */
  declaredCharset?: string | null;
}

export function decodeText(bytes: Uint8Array, origin: string, options: DecodeOptions = {}): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(2));
    const share = controlShare(text.slice(0, SAMPLE_BYTES), (s, i) => s.charCodeAt(i));
    if (text.includes('\0') || share > CONTROL_SHARE_LIMIT) throw binary(origin, text.includes('\0') ? null : share);
  } else {
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
    const body = bytes.subarray(bom);
    if (body.includes(0)) throw binary(origin, null);
    const share = controlShare(body.subarray(0, SAMPLE_BYTES), (b, i) => b[i]!);
    if (share > CONTROL_SHARE_LIMIT) throw binary(origin, share);
    const declared = normaliseCharset(options.declaredCharset);
    if (declared) {
      text = new TextDecoder(declared, { ignoreBOM: true }).decode(body);
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      } catch {
        const offset = findInvalidUtf8(body);
        throw new InputError(
          'INVALID_UTF8',
          origin,
          `invalid utf-8 at byte ${Math.max(offset, 0) + bom}; save the file as utf-8`,
        );
      }
    }
  }
  if (text.trim() === '') throw new InputError('EMPTY', origin, 'only whitespace');
  return text;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function isControl(code: number): boolean {
  // C0 controls except tab, line feed, vertical tab, form feed, carriage return; and DEL.
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function controlShare<T extends { length: number }>(sample: T, codeAt: (s: T, i: number) => number): number {
  if (sample.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < sample.length; i += 1) if (isControl(codeAt(sample, i))) count += 1;
  return count / sample.length;
}

function binary(origin: string, share: number | null): InputError {
  const why = share === null ? 'NUL bytes' : `${Math.round(share * 100)}% control characters`;
  return new InputError('BINARY', origin, `binary content (${why}), not text`);
}

/** A non-UTF-8 charset label the runtime can decode, or null (UTF-8 or unknown labels). */
function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
    return encoding === 'utf-8' || encoding.startsWith('utf-16') ? null : encoding;
  } catch {
    return null;
  }
}
