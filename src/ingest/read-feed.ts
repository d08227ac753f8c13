/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds to one document per item, via fast-xml-parser.
 * Per item: title, link, published (pubDate, dc:date, published, updated), author (author,
 * dc:creator, Atom author name) and the channel title as outlet. The text is the item's
 * content (content:encoded, Atom content) or, failing that, its title and summary
 * (description, Atom summary), HTML rendered as paragraphs. origin is the item link, or
 * `FILE#item-N` (1-based) without one. Malformed XML is `BAD_FEED`; XML that is not a feed
 * is `UNSUPPORTED`; a feed without readable items is `EMPTY`.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../core/errors.ts';
import type { DocumentMetadata } from '../core/types.ts';
import { htmlFragmentToText } from './read-html.ts';

export interface FeedItem {
  origin: string;
  text: string;
  metadata: DocumentMetadata;
}

type Node = Record<string, unknown>;

const ARRAY_TAGS = new Set(['item', 'entry', 'link', 'author', 'dc:creator', 'category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ARRAY_TAGS.has(name),
});
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text' });

export function readFeed(xml: string, origin: string): FeedItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    const detail = msg.replace(/^\w/, (c) => c.toLowerCase()).replace(/\.$/, '');
    throw new InputError('BAD_FEED', origin, `malformed xml at line ${line}: ${detail}`);
  }
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new InputError('BAD_FEED', origin, `malformed xml: ${detail}`, error);
  }

  let channel: Node;
  let items: Node[];
  let atom = false;
  if (isNode(root.rss)) {
    channel = asNode(root.rss.channel);
    items = nodes(channel.item);
  } else if (isNode(root.feed)) {
    channel = root.feed;
    items = nodes(channel.entry);
    atom = true;
  } else if (isNode(root['rdf:RDF'])) {
    const rdf = root['rdf:RDF'];
    channel = asNode(rdf.channel);
    items = nodes(rdf.item);
  } else {
    throw new InputError('UNSUPPORTED', origin, 'xml document is not an rss or atom feed');
  }

  const outlet = plain(text(channel.title));
  const documents: FeedItem[] = [];
  items.forEach((item, index) => {
    const title = plain(text(item.title));
    const link = atom ? atomLink(item.link) : text(first(item.link)) || permalink(item.guid);
    const body = markup(item['content:encoded']) || markup(item.content);
    const summary = markup(item.description) || markup(item.summary);
    let itemText = body ? htmlFragmentToText(body) : '';
    if (itemText.trim() === '') {
      itemText = [title ?? '', summary ? htmlFragmentToText(summary) : ''].filter((s) => s.trim() !== '').join('\n\n');
    }
    if (itemText.trim() === '') return;
    documents.push({
      origin: /^https?:\/\//i.test(link) ? link : `${origin}#item-${index + 1}`,
      text: itemText,
      metadata: {
        title,
        url: link || null,
        published: text(item.pubDate) || text(item['dc:date']) || text(item.published) || text(item.updated) || null,
        author: author(item),
        outlet,
      },
    });
  });
  if (documents.length === 0) throw new InputError('EMPTY', origin, 'feed has no items with text');
  return documents;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asNode(value: unknown): Node {
  return isNode(value) ? value : {};
}

function nodes(value: unknown): Node[] {
  return (Array.isArray(value) ? value : [value]).filter(isNode);
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** The text of an element parsed as a string or as `{ '#text': ..., '@_attr': ... }`. */
function text(value: unknown): string {
  const v = first(value);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (isNode(v) && typeof v['#text'] === 'string') return v['#text'].trim();
  return '';
}

/** HTML carried by an element: escaped or CDATA text, or inline XHTML rebuilt as markup. */
function markup(value: unknown): string {
  const v = first(value);
  if (isNode(v) && v['#text'] === undefined) {
    const children = Object.fromEntries(Object.entries(v).filter(([key]) => !key.startsWith('@_')));
    return builder.build(children) as string;
  }
  return text(v);
}

/** A title or name as plain text (titles may carry escaped HTML). */
function plain(value: string): string | null {
  const cleaned = value.includes('<') ? htmlFragmentToText(value).replace(/\s+/g, ' ') : value;
  return cleaned.trim() === '' ? null : cleaned.trim();
}

function atomLink(value: unknown): string {
  const links = (Array.isArray(value) ? value : [value]).filter(isNode);
  const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? links[0];
  return typeof alternate?.['@_href'] === 'string' ? alternate['@_href'].trim() : '';
}

function permalink(guid: unknown): string {
  const value = text(guid);
  const isPermaLink = isNode(guid) ? guid['@_isPermaLink'] !== 'false' : true;
  return isPermaLink && /^https?:\/\//i.test(value) ? value : '';
}

function author(item: Node): string | null {
  const atomAuthor = first(item.author);
  if (isNode(atomAuthor) && atomAuthor.name !== undefined) return plain(text(atomAuthor.name));
  const raw = text(item.author) || text(item['dc:creator']);
  // RSS 2.0 gives `email (Name)`; keep the name.
  const named = /\(([^)]+)\)\s*$/.exec(raw);
  return plain(named?.[1] ?? raw);
}
