/**
 * Joins the text items of one PDF page into lines: a line ends after an item flagged
 * `hasEOL` or where the baseline moves by more than half a line height; a space goes
 * between items on one line separated by a visible gap. Item text is never altered
 * (hyphens stay), empty items are dropped, trailing spaces of lines are trimmed.
 */

/** The fields of a pdfjs text item this module reads. */
export interface TextItemLike {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, x, y] */
  transform: number[];
  width: number;
  height: number;
}

/** Lines from text items: a break after `hasEOL` or where the baseline moves; a space across visible gaps. */
export function joinTextItems(items: TextItemLike[]): string {
  let out = '';
  let lineOpen = false;
  let lastY = 0;
  let lastEndX = 0;
  let lastHeight = 0;
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 1;
    if (lineOpen && item.str !== '') {
      if (Math.abs(y - lastY) > Math.max(height, lastHeight) * 0.5) {
        out = out.replace(/[ \t]+$/, '') + '\n';
      } else if (x - lastEndX > height * 0.15 && !/\s$/.test(out) && !/^\s/.test(item.str)) {
        out += ' ';
      }
    }
    out += item.str;
    if (item.str !== '') {
      lineOpen = true;
      lastY = y;
      lastEndX = x + item.width;
      lastHeight = height;
    }
    if (item.hasEOL) {
      out = out.replace(/[ \t]+$/, '') + '\n';
      lineOpen = false;
    }
  }
  return out.replace(/^\n+/, '').trimEnd();
}
