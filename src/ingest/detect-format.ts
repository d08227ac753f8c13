/**
 * Chooses a reader: an explicit hint wins, then the file extension (`.txt`, `.md`,
 * `.markdown`, `.html`, `.htm`, `.pdf`, `.xml`, `.rss`, `.atom`), then the content: `%PDF-`
 * magic, an RSS/Atom/RDF root, HTML markup, Markdown front matter or an opening `# heading`;
 * anything else is plain text. Used for stdin and files without a known extension.
 */
import type { DocumentFormat } from '../core/types.ts';

const EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
};

/** The format implied by a file name's extension, or null when it is unknown or absent. */
export function formatFromExtension(fileName: string): DocumentFormat | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.replace(/#.*$/, ''));
  return match?.[1] ? (EXTENSIONS[match[1].toLowerCase()] ?? null) : null;
}

export function detectFormat(fileName: string, bytes: Uint8Array, hint?: DocumentFormat): DocumentFormat {
  if (hint) return hint;
  const byName = fileName === '-' ? null : formatFromExtension(fileName);
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (byName === 'feed' && /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/i.test(stripBom(head))) {
    return 'html';
  }
  return byName ?? sniffFormat(head);
}

function stripBom(head: string): string {
  return head.replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '');
}

function sniffFormat(head: string): DocumentFormat {
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf';
  const start = stripBom(head).replace(/^\s+/, '');
  const lower = start.toLowerCase();
  const afterProlog = lower.replace(/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*/, '');
  if (/^<(?:rss|feed|rdf:rdf)[\s>]/.test(afterProlog)) return 'feed';
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/.test(afterProlog)) return 'html';
  if (lower.startsWith('<?xml')) return 'feed';
  if (lower.startsWith('<') && /<(?:p|div|article|title|h1|h2|meta|section|table)[\s>]/.test(lower)) return 'html';
  if (/^---[ \t]*\r?\n(?:[A-Za-z][\w-]*[ \t]*:.*\r?\n)+(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(start)) return 'markdown';
  if (/^#{1,6}[ \t]+\S/.test(start)) return 'markdown';
  return 'text';
}
