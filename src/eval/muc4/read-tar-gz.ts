/**
 * A minimal reader for gzip-compressed tar archives: regular files only, ustar prefixes and
 * GNU long names supported. Enough for the MUC-3/4 release; not a general tar implementation.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../core/errors.ts';
import { Muc4Error } from './muc4-types.ts';

const BLOCK = 512;

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString('latin1');
}

/** Parses an uncompressed tar image into a map from member path to contents. */
export function parseTar(image: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | null = null;
  while (offset + BLOCK <= image.length) {
    const header = image.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const sizeField = field(header, 124, 12).trim();
    const size = Number.parseInt(sizeField === '' ? '0' : sizeField, 8);
    if (!Number.isFinite(size) || size < 0) throw new Muc4Error('MUC4_BAD_ARCHIVE', `bad tar header at byte ${offset}`);
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = field(header, 257, 6).startsWith('ustar') ? field(header, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    const body = image.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length < size) throw new Muc4Error('MUC4_BAD_ARCHIVE', `truncated tar member ${name}`);
    longName = null;
    if (type === 'L') longName = body.toString('latin1').replace(/\0+$/, '');
    else if (type === '0' || type === '\0') files.set(name.replace(/^\.\//, ''), Buffer.from(body));
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}

/** Reads and unpacks a `.tar.gz` file into memory. */
export function readTarGz(path: string): Map<string, Buffer> {
  let compressed: Buffer;
  try {
    compressed = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
    throw new InputError(code, path, code === 'NOT_FOUND' ? 'file not found' : 'cannot read file', error);
  }
  try {
    return parseTar(gunzipSync(compressed));
  } catch (error) {
    if (error instanceof Muc4Error) throw error;
    throw new Muc4Error('MUC4_BAD_ARCHIVE', 'not a gzip-compressed tar archive', path);
  }
}
