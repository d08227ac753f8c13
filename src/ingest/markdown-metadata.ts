/**
 * Metadata of a Markdown document. Front matter (`---` lines at the very top holding simple
 * `key: value` pairs) gives title, published (or date), outlet (or source, publisher, site),
 * author (or authors, byline) and url (or link, canonical_url); failing a front-matter title,
 * the first `# heading` (or a `===` underlined heading) is the title. The text is not changed.
 */
import type { DocumentMetadata } from '../core/types.ts';

const KEYS: Record<string, keyof DocumentMetadata> = {
  title: 'title',
  published: 'published',
  date: 'published',
  pubdate: 'published',
  published_at: 'published',
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
  site: 'outlet',
  site_name: 'outlet',
  author: 'author',
  authors: 'author',
  byline: 'author',
  url: 'url',
  link: 'url',
  canonical_url: 'url',
};

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function markdownMetadata(text: string): DocumentMetadata {
  const metadata: DocumentMetadata = {};
  let body = text;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    body = text.slice(front[0].length);
    for (const line of (front[1] ?? '').split(/\r?\n/)) {
      const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (!pair) continue;
      const field = KEYS[pair[1]!.toLowerCase().replace(/-/g, '_')];
      const value = unquote(pair[2]!);
      if (field && value && metadata[field] == null) metadata[field] = value;
    }
  }
  if (!metadata.title) {
    const title = firstHeading(body);
    if (title) metadata.title = title;
  }
  return metadata;
}

function unquote(raw: string): string {
  let value = raw.trim().replace(/\s+#.*$/, '');
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1).split(',')[0]?.trim() ?? '';
  if (/^(["']).*\1$/.test(value) && value.length >= 2) value = value.slice(1, -1);
  return value.trim();
}

function firstHeading(body: string): string | null {
  const lines = body.split(/\r?\n/);
  let inFence = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const atx = /^#\s+(.+?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) return stripInline(atx[1]!);
    const next = lines[i + 1];
    if (line.trim() && next !== undefined && /^=+\s*$/.test(next)) return stripInline(line.trim());
  }
  return null;
}

function stripInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .trim();
}
