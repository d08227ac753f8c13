/**
 * The text layer of a PDF via pdfjs-dist (legacy build, in-process, no fonts, no network).
 * Text items are joined into lines by their end-of-line flags and positions; pages are
 * separated by a blank line. Hyphenation and line breaks are kept exactly as the text layer
 * has them (a later stage repairs them with an offset map); only empty items are dropped.
 * Title and author come from the info dictionary. Errors: `BAD_PDF` (corrupt, truncated),
 * `ENCRYPTED_PDF` (password-protected), `NO_TEXT` (no text layer, e.g. a scan).
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../core/errors.ts';
import type { DocumentMetadata } from '../core/types.ts';
import { joinTextItems, type TextItemLike } from './join-text-items.ts';

export interface PdfText {
  text: string;
  metadata: DocumentMetadata;
}

export async function readPdf(bytes: Uint8Array, origin: string): Promise<PdfText> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new InputError('BAD_PDF', origin, 'not a pdf (no %PDF- header)');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString('latin1');
  if (!tail.includes('%%EOF')) throw new InputError('BAD_PDF', origin, 'truncated pdf (no end-of-file marker)');

  // pdfjs may transfer (detach) the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((item) => 'str' in item) as unknown as TextItemLike[];
      const text = joinTextItems(items);
      if (text.trim() !== '') pages.push(text);
      page.cleanup();
    }
    if (pages.length === 0) throw new InputError('NO_TEXT', origin, 'no text layer; OCR it first');
    return {
      text: pages.join('\n\n'),
      metadata: { title: infoString(info.Title), author: infoString(info.Author) },
    };
  } catch (error) {
    throw pdfError(error, origin);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function infoString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function pdfError(error: unknown, origin: string): InputError {
  if (error instanceof InputError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  if (name === 'PasswordException') {
    return new InputError('ENCRYPTED_PDF', origin, 'password-protected pdf; remove the password first', error);
  }
  const detail = message.replace(/^\w/, (c) => c.toLowerCase()).replace(/\.$/, '');
  return new InputError('BAD_PDF', origin, `corrupt pdf: ${detail || 'cannot be parsed'}`, error);
}
