/**
 * Normalisation for analysis, with an offset map back to the stored text.
 *
 * The stored text keeps every byte of the source (PDF damage included) so that quotes are
 * exact. Analysis runs on a cleaned copy: Unicode quotes and dashes folded to ASCII, runs of
 * whitespace collapsed, lines broken mid-sentence joined, words hyphenated across a line break
 * rejoined, page furniture ("Page 3 of 7", lone page numbers, stray `*` lines) dropped, and
 * paragraph breaks kept as "\n\n", and a Markdown front-matter block (`---` lines at the very top:
 * metadata, not prose) left out. `origin[i]` is the stored-text index of analysis character i.
 */

export interface NormalizedText {
  /** The analysis text. */
  text: string;
  /** Stored-text index of each analysis character; `origin[text.length]` is the stored length. */
  origin: Int32Array;
  /** True when the text has (almost) no upper-case letters, or no lower-case ones: capitals carry no cue. */
  caseless: boolean;
}

const CHAR_FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u200B': '', '\u200C': '', '\u200D': '', '\uFEFF': '', '\u00AD': '',
  '\u2026': '...',
};

/** Words that cannot end a sentence: a paragraph break right after one is a broken line. */
const CONTINUATION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'and', 'or', 'but', 'by', 'for', 'with', 'from', 'that',
  'as', 'its', 'their', 'his', 'her', 'our', 'into', 'onto', 'than', 'about', 'after', 'before', 'between',
  'near', 'during', 'which', 'who', 'whose', 'were', 'was', 'is', 'are', 'be', 'been', 'has', 'have', 'had',
  'this', 'these', 'those', 'some', 'such', 'not', 'also', 'said', 'says', 'told', 'over', 'under', 'across',
]);

const PAGE_FURNITURE = /^(?:page\s+\d+(?:\s+(?:of|\/)\s+\d+)?|\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\*+|[•·]+)$/i;

interface Line {
  start: number;
  end: number;
  /** Trimmed content bounds. */
  contentStart: number;
  contentEnd: number;
}

function splitLines(stored: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= stored.length; i++) {
    const ch = i < stored.length ? stored.charCodeAt(i) : 10;
    if (ch === 10 || ch === 13) {
      let contentStart = start;
      let contentEnd = i;
      while (contentStart < contentEnd && isSpaceCode(stored.charCodeAt(contentStart))) contentStart++;
      while (contentEnd > contentStart && isSpaceCode(stored.charCodeAt(contentEnd - 1))) contentEnd--;
      lines.push({ start, end: i, contentStart, contentEnd });
      if (ch === 13 && stored.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 || code === 0x2007 ||
    code === 0x202f || code === 0x2009 || code === 0x200a || code === 0x2002 || code === 0x2003 ||
    code === 0x200b || code === 0xfeff;
}

function lastWord(s: string): string {
  const m = /([A-Za-z]+)[^A-Za-z]*$/.exec(s);
  return m ? m[1]!.toLowerCase() : '';
}

function isHeadingLine(content: string): boolean {
  return /^#{1,6}\s/.test(content) || /^[-*+]\s/.test(content) || /^>\s?/.test(content) || /^\d+[.)]\s/.test(content);
}

/** Decide what joins two consecutive non-empty lines: ' ' (same paragraph) or '\n\n'. */
function joinerBetween(previous: string, next: string, blankLinesBetween: boolean): ' ' | '\n\n' {
  if (isHeadingLine(previous) || isHeadingLine(next)) return '\n\n';
  const prevEnd = previous.charAt(previous.length - 1);
  const nextStart = next.charAt(0);
  const continues = /[,;(\-]$/.test(previous) || CONTINUATION_WORDS.has(lastWord(previous)) || /^[a-z]/.test(next);
  if (blankLinesBetween) {
    // A blank line is a paragraph break unless the sentence plainly goes on across it (a page break).
    if (/[.!?:"')\]]$/.test(prevEnd)) return '\n\n';
    return continues ? ' ' : '\n\n';
  }
  // A single line break: a broken line, unless the previous line is a title-like short line.
  if (continues) return ' ';
  if (/[.!?:"')\]]$/.test(prevEnd)) return ' ';
  if (previous.length < 60 && /^[A-Z0-9"']/.test(nextStart) && !/[a-z]$/.test(prevEnd)) return '\n\n';
  return ' ';
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\r?\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Length of the Markdown front matter at the top of a stored text (0 when there is none). */
export function frontMatterLength(stored: string): number {
  const m = FRONT_MATTER.exec(stored);
  if (!m) return 0;
  // only `key: value` lines (and blank or list lines) inside: otherwise it is a rule, not metadata
  const inner = m[0].split(/\r?\n/).slice(1, -2);
  return inner.every((l) => l.trim() === '' || /^[A-Za-z][\w-]*\s*:/.test(l) || /^\s+/.test(l) || /^-\s/.test(l)) ? m[0].length : 0;
}

/** Build the analysis text and its offset map from the stored text. */
export function normalizeText(stored: string): NormalizedText {
  const skip = frontMatterLength(stored);
  const lines = splitLines(stored).filter((l) => l.start >= skip);
  const out: string[] = [];
  const origin: number[] = [];
  let previousContent: string | null = null;
  let blankSincePrevious = false;

  const push = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      origin.push(at);
    }
  };

  for (const line of lines) {
    const content = stored.slice(line.contentStart, line.contentEnd);
    if (content.length === 0) {
      blankSincePrevious = true;
      continue;
    }
    if (PAGE_FURNITURE.test(content)) {
      continue;
    }
    if (previousContent !== null) {
      const joiner = joinerBetween(previousContent, content, blankSincePrevious);
      const lastOut = out[out.length - 1];
      // Word hyphenated across the break: "radi-\ncalise" -> "radicalise".
      if (joiner === ' ' && lastOut === '-' && /[a-z]-$/.test(previousContent) && /^[a-z]/.test(content)) {
        out.pop();
        origin.pop();
      } else {
        const at = Math.max(0, line.contentStart - 1);
        push(joiner, at);
      }
    }
    appendContent(stored, line.contentStart, line.contentEnd, out, origin);
    previousContent = content;
    blankSincePrevious = false;
  }

  origin.push(stored.length);
  const text = out.join('');
  return { text, origin: Int32Array.from(origin), caseless: isCaseless(text) };
}

function appendContent(stored: string, from: number, to: number, out: string[], origin: number[]): void {
  let pendingSpace = -1;
  for (let i = from; i < to; i++) {
    const ch = stored[i]!;
    const code = ch.charCodeAt(0);
    if (isSpaceCode(code) && code !== 0x200b && code !== 0xfeff) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    const folded = CHAR_FOLD[ch];
    if (folded === '') continue;
    if (pendingSpace >= 0) {
      out.push(' ');
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    if (folded !== undefined) {
      for (let k = 0; k < folded.length; k++) {
        out.push(folded[k]!);
        origin.push(i);
      }
    } else {
      out.push(ch);
      origin.push(i);
    }
  }
}

function isCaseless(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  if (upper + lower === 0) return true;
  return upper / (upper + lower) < 0.005 || lower / (upper + lower) < 0.05;
}

/** Map an analysis-text span to the stored-text span it came from. */
export function toStoredSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = normalized.origin[Math.max(0, Math.min(start, normalized.text.length))]!;
  const e = end <= start ? s : normalized.origin[Math.min(end, normalized.text.length) - 1]! + 1;
  return { start: s, end: Math.max(s, e) };
}
