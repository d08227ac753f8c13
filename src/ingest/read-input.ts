/**
 * Reads one input (a file path, or `-` for stdin) into documents; pure reading, no store.
 * Order of checks: the stat size against `maxBytes` before reading (`TOO_LARGE`; stdin
 * stops reading past the limit), zero bytes (`EMPTY`), known binary magic (`UNSUPPORTED`),
 * then the format's reader: plain text and Markdown keep the decoded text unchanged (only a
 * UTF-8 BOM is stripped), HTML keeps its article text, PDF its text layer, and a feed yields
 * one document per item. Every problem is an `InputError` with a short one-line reason.
 */
import fs from 'node:fs/promises';
import { InputError } from '../core/errors.ts';
import type { DocumentFormat, DocumentMetadata } from '../core/types.ts';
import { detectBinaryKind } from './binary-kind.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat } from './detect-format.ts';
import type { InputRef } from './enumerate-inputs.ts';
import { formatSize } from './format-size.ts';
import { inputErrorFromFs } from './input-error-from-fs.ts';
import { markdownMetadata } from './markdown-metadata.ts';
import { plainTextTitle } from './plain-text-title.ts';
import { readFeed } from './read-feed.ts';
import { readHtml } from './read-html.ts';
import { readPdf } from './read-pdf.ts';

export type ReadDocument = { origin: string; format: DocumentFormat; text: string; metadata: DocumentMetadata };
export type ReadFailure = { origin: string; error: InputError };

export interface ReadOptions {
  /** The stream read for `-` (defaults to `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Largest input accepted, in bytes (default 50 MiB). */
  maxBytes?: number;
  /** Skip detection and read as this format. */
  formatHint?: DocumentFormat;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export async function readInput(ref: InputRef, options: ReadOptions = {}): Promise<ReadDocument[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const origin = ref.origin;
  const bytes =
    origin === '-' ? await readStream(options.stdin ?? process.stdin, maxBytes) : await readFileChecked(origin, maxBytes);
  if (bytes.length === 0) throw new InputError('EMPTY', origin, origin === '-' ? 'empty input' : 'empty file');
  const kind = detectBinaryKind(bytes);
  if (kind) throw new InputError('UNSUPPORTED', origin, `unsupported file type: ${kind}`);

  const format = detectFormat(origin, bytes, options.formatHint);
  switch (format) {
    case 'pdf': {
      const { text, metadata } = await readPdf(bytes, origin);
      return [{ origin, format, text, metadata }];
    }
    case 'html': {
      const { text, metadata } = readHtml(decodeText(bytes, origin, { declaredCharset: declaredCharset(bytes) }));
      if (text.trim() === '') throw new InputError('EMPTY', origin, 'no visible text in the page');
      return [{ origin, format, text, metadata }];
    }
    case 'feed': {
      const xml = decodeText(bytes, origin, { declaredCharset: declaredCharset(bytes) });
      return readFeed(xml, origin).map((item) => ({ ...item, format }));
    }
    case 'markdown': {
      const text = decodeText(bytes, origin);
      return [{ origin, format, text, metadata: markdownMetadata(text) }];
    }
    case 'text': {
      const text = decodeText(bytes, origin);
      return [{ origin, format, text, metadata: { title: plainTextTitle(text) } }];
    }
  }
}

async function readFileChecked(origin: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fs.stat(origin);
    if (stat.isDirectory()) throw new InputError('UNSUPPORTED', origin, 'is a directory');
    if (!stat.isFile()) throw new InputError('UNSUPPORTED', origin, 'not a regular file');
    size = stat.size;
  } catch (error) {
    throw error instanceof InputError ? error : inputErrorFromFs(error, origin);
  }
  if (size > maxBytes) throw tooLarge(origin, formatSize(size), maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(origin);
  } catch (error) {
    throw inputErrorFromFs(error, origin);
  }
  if (bytes.length > maxBytes) throw tooLarge(origin, formatSize(bytes.length), maxBytes);
  return bytes;
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) throw tooLarge('-', 'input', maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(origin: string, what: string, maxBytes: number): InputError {
  return new InputError(
    'TOO_LARGE',
    origin,
    `${what} exceeds the ${formatSize(maxBytes)} limit; raise it with --max-size`,
  );
}

/** The charset an HTML or XML document declares in its first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}
