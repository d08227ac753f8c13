/**
 * An HTML page to its article text and metadata. The main text comes from
 * @mozilla/readability run on a linkedom document and is rendered as paragraphs separated
 * by blank lines (see `domToText`); when readability finds nothing, the whole body is used.
 * Title: readability, og:title, `<title>`. Author: byline, meta author. Outlet: og:site_name.
 * Published: article:published_time, meta date tags, `<time datetime>`. URL: canonical, og:url.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMetadata } from '../core/types.ts';
import { domToText, type TextNodeLike } from './dom-to-text.ts';
import { htmlMetadata } from './html-metadata.ts';

export interface HtmlText {
  text: string;
  metadata: DocumentMetadata;
}

export function readHtml(html: string): HtmlText {
  const { document } = parseHTML(asDocument(html));
  const found = htmlMetadata(document);

  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    article = null;
  }
  let text = article?.content ? htmlFragmentToText(article.content) : '';
  if (text.trim() === '') {
    const { document: fresh } = parseHTML(asDocument(html));
    text = domToText((fresh.body ?? fresh.documentElement) as unknown as TextNodeLike);
  }

  const byline = article?.byline?.trim().replace(/^by\s+/i, '');
  return {
    text,
    metadata: {
      title: article?.title?.trim() || found.title,
      author: byline && byline.length <= 100 ? byline : found.author,
      outlet: article?.siteName?.trim() || found.outlet,
      published: found.published ?? (article?.publishedTime?.trim() || null),
      url: found.url,
    },
  };
}

/** linkedom builds no implied `<html>`/`<body>`, so a bare fragment is wrapped in a page. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Paragraph text of an HTML fragment (feed item content, readability output). */
export function htmlFragmentToText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${fragment}</body></html>`);
  return domToText(document.body as unknown as TextNodeLike);
}
