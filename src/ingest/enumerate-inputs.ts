/**
 * Expands the paths given on the command line into inputs. `-` is stdin. A file is an
 * input; a directory is walked recursively in sorted (code point) order, skipping hidden
 * entries (`.git`, `.DS_Store`, ...) and symbolic-link loops. Nothing is dropped silently:
 * a missing path is `NOT_FOUND`, an unreadable directory `UNREADABLE`, and a file that is
 * clearly not a document (image, archive, executable, ... by extension or magic bytes) is
 * `UNSUPPORTED` with its kind. The same file named twice is read once.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.ts';
import { binaryKindFromExtension, detectBinaryKind } from './binary-kind.ts';
import { formatFromExtension } from './detect-format.ts';
import { inputErrorFromFs } from './input-error-from-fs.ts';
import type { ReadFailure } from './read-input.ts';

export interface InputRef {
  /** The path as given (directory entries joined onto it), or `-` for stdin. */
  origin: string;
  /** Size in bytes from stat; null for stdin. */
  size: number | null;
}

export async function enumerateInputs(paths: string[]): Promise<{ inputs: InputRef[]; failures: ReadFailure[] }> {
  const inputs: InputRef[] = [];
  const failures: ReadFailure[] = [];
  const seenFiles = new Set<string>();
  const fail = (origin: string, error: InputError): void => {
    failures.push({ origin, error });
  };

  const addFile = async (origin: string, size: number): Promise<void> => {
    const real = await fs.realpath(origin).catch(() => path.resolve(origin));
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    const kind = binaryKindFromExtension(origin) ?? (formatFromExtension(origin) ? null : await peekKind(origin));
    if (kind) fail(origin, new InputError('UNSUPPORTED', origin, `unsupported file type: ${kind}`));
    else inputs.push({ origin, size });
  };

  const walk = async (dir: string, ancestors: Set<string>): Promise<void> => {
    let names: string[];
    let real: string;
    try {
      real = await fs.realpath(dir);
      names = (await fs.readdir(dir)).filter((name) => !name.startsWith('.')).sort(byCodePoint);
    } catch (error) {
      fail(dir, inputErrorFromFs(error, dir));
      return;
    }
    if (ancestors.has(real)) return;
    const inside = new Set(ancestors).add(real);
    for (const name of names) {
      const entry = path.join(dir, name);
      let stat;
      try {
        stat = await fs.stat(entry);
      } catch (error) {
        fail(entry, inputErrorFromFs(error, entry));
        continue;
      }
      if (stat.isDirectory()) await walk(entry, inside);
      else if (stat.isFile()) await addFile(entry, stat.size);
      else fail(entry, new InputError('UNSUPPORTED', entry, 'not a regular file'));
    }
  };

  for (const given of paths) {
    if (given === '-') {
      if (!inputs.some((input) => input.origin === '-')) inputs.push({ origin: '-', size: null });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (error) {
      fail(given, inputErrorFromFs(error, given));
      continue;
    }
    if (stat.isDirectory()) await walk(given, new Set());
    else if (stat.isFile()) await addFile(given, stat.size);
    else fail(given, new InputError('UNSUPPORTED', given, 'not a regular file'));
  }
  return { inputs, failures };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The binary kind of a file from its first bytes; null when unknown or unreadable (the reader reports that). */
async function peekKind(file: string): Promise<string | null> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return detectBinaryKind(buffer.subarray(0, bytesRead));
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
