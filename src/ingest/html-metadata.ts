/**
 * Metadata from an HTML document's head and markup: title (og:title, twitter:title,
 * `<title>`), author (meta author and common variants), outlet (og:site_name,
 * application-name), published (article:published_time, meta date tags, JSON-LD
 * datePublished, `<time datetime>`), url (canonical link, og:url). Values are raw strings;
 * dates are normalised later.
 */
import type { DocumentMetadata } from '../core/types.ts';

/** The subset of a DOM document this module reads. */
export interface MetadataDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title'];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'twitter:creator'];
const OUTLET_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
];
const URL_KEYS = ['og:url', 'twitter:url'];

export function htmlMetadata(document: MetadataDocument): DocumentMetadata {
  const meta = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const pick = (keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };
  const first = (selector: string, attribute: string | null): string | null => {
    for (const el of Array.from(document.querySelectorAll(selector))) {
      const value = (attribute ? el.getAttribute(attribute) : el.textContent)?.trim();
      if (value) return value;
    }
    return null;
  };

  const author = pick(AUTHOR_KEYS);
  return {
    title: pick(TITLE_KEYS) ?? first('title', null),
    author: author && !/^https?:\/\//.test(author) ? author.replace(/^by\s+/i, '') : null,
    outlet: pick(OUTLET_KEYS),
    published:
      pick(PUBLISHED_KEYS) ??
      jsonLdPublished(document) ??
      first('time[pubdate][datetime], [itemprop="datePublished"][datetime]', 'datetime') ??
      first('time[datetime]', 'datetime'),
    url: first('link[rel="canonical"][href]', 'href') ?? pick(URL_KEYS),
  };
}

function jsonLdPublished(document: MetadataDocument): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}
