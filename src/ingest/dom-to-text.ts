/**
 * The visible text of a DOM subtree as paragraphs separated by blank lines: block elements
 * (p, div, headings, list items, table rows, ...) end a paragraph, whitespace inside a
 * paragraph collapses to single spaces, `<br>` is a line break (two in a row end the
 * paragraph), table cells are separated by a space. Scripts, styles and similar are skipped.
 */

/** The minimal node shape this walker needs (linkedom and browser DOMs both fit). */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

const BLOCK = new Set(
  (
    'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary ' +
    'table tbody tfoot thead tr ul caption legend option'
  ).split(' '),
);
const SKIP = new Set('script style noscript template svg math iframe head title canvas select button object embed'.split(' '));
const CELL = new Set(['td', 'th']);

/** Stands for a `<br>` until paragraphs are assembled; never occurs in parsed HTML text. */
const BREAK = '\u0000';

export function domToText(root: TextNodeLike): string {
  const paragraphs: string[] = [];
  let current = '';

  const flush = (): void => {
    if (current === '') return;
    const collapsed = current.replace(/[ \t\n\r\f\v\u00a0]+/g, ' ');
    for (const block of collapsed.split(new RegExp(`${BREAK} *(?:${BREAK} *)+`))) {
      const lines = block
        .split(BREAK)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
    }
    current = '';
  };

  const walk = (node: TextNodeLike): void => {
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? '').replaceAll(BREAK, '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      current += BREAK;
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i += 1) walk(children[i]!);
    if (block) flush();
    else if (CELL.has(tag)) current += ' ';
  };

  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
