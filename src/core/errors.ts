/**
 * One error base class with a stable machine-readable `code`. The CLI prints
 * `error [CODE] message` on one line; the server answers `{ error: { code, message } }`.
 */
export class SitrepError extends Error {
  readonly code: string;
  /** The file, URL or item the error is about, when there is one. */
  readonly subject: string | null;

  constructor(code: string, message: string, options: { subject?: string | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SitrepError';
    this.code = code;
    this.subject = options.subject ?? null;
  }

  /** One line for a human: `path: reason`. */
  toLine(): string {
    return this.subject ? `${this.subject}: ${this.message}` : this.message;
  }
}

/** A file or stream that cannot be read as a document. */
export class InputError extends SitrepError {
  constructor(code: InputErrorCode, subject: string, message: string, cause?: unknown) {
    super(code, message, { subject, cause });
    this.name = 'InputError';
  }
}

export type InputErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'EMPTY'
  | 'BINARY'
  | 'INVALID_UTF8'
  | 'TOO_LARGE'
  | 'BAD_PDF'
  | 'ENCRYPTED_PDF'
  | 'NO_TEXT'
  | 'BAD_FEED'
  | 'UNSUPPORTED';

/** Wrong usage: a bad option value, an unknown id. */
export class UsageError extends SitrepError {
  constructor(message: string, code = 'USAGE') {
    super(code, message);
    this.name = 'UsageError';
  }
}

export class NotFoundError extends SitrepError {
  constructor(message: string) {
    super('NOT_FOUND', message);
    this.name = 'NotFoundError';
  }
}

/** The database cannot be opened, migrated or written. */
export class StoreError extends SitrepError {
  constructor(message: string, cause?: unknown) {
    super('STORE', message, { cause });
    this.name = 'StoreError';
  }
}

export function isSitrepError(error: unknown): error is SitrepError {
  return error instanceof SitrepError;
}

/** A one-line description of any thrown value, for reporting. */
export function describeError(error: unknown): string {
  if (error instanceof SitrepError) return error.toLine();
  if (error instanceof Error) return error.message.split('\n')[0] ?? String(error);
  return String(error);
}
