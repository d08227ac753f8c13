/**
 * A best guess at the title of a plain-text document: its opening lines when they form a
 * short heading (at most 160 characters, ended by a blank line, a line ending in `?` or `!`,
 * or a long body line), joined with single spaces. Null when the text opens with a paragraph.
 */
const MAX_TITLE = 160;
const MAX_LINE = 100;

export function plainTextTitle(text: string): string | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start += 1;
  const parts: string[] = [];
  for (let i = start; i < lines.length; i += 1) {
    const line = lines[i]!.trim().replace(/\s+/g, ' ');
    if (line === '' || line.length > MAX_LINE) break;
    parts.push(line);
    if (parts.join(' ').length > MAX_TITLE) return null;
    if (/[?!]$/.test(line)) break;
  }
  const title = parts.join(' ');
  return title === '' ? null : title;
}
