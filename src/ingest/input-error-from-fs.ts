/**
 * Maps a Node file-system error (ENOENT, EACCES, ...) to an `InputError` with a short
 * one-line reason and a stable code: NOT_FOUND, UNREADABLE or UNSUPPORTED.
 */
import { InputError } from '../core/errors.ts';

export function inputErrorFromFs(error: unknown, origin: string): InputError {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError('NOT_FOUND', origin, 'no such file or directory', error);
    case 'EACCES':
    case 'EPERM':
      return new InputError('UNREADABLE', origin, 'permission denied', error);
    case 'ELOOP':
      return new InputError('UNREADABLE', origin, 'too many levels of symbolic links', error);
    case 'EISDIR':
      return new InputError('UNSUPPORTED', origin, 'is a directory', error);
    default: {
      const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      return new InputError('UNREADABLE', origin, `cannot read: ${detail}`, error);
    }
  }
}
