/** Tokens with a possessive "'s" split off ("Kassel's" -> "Kassel", "'s"), spans kept; for name lookup. */
import type { Token } from './tokenize.ts';

export function splitPossessives(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = /^(.+)(['’]s)$/.exec(t.text);
    if (!m || !t.word) { out.push(t); continue; }
    const cut = t.start + m[1]!.length;
    out.push({ start: t.start, end: cut, text: m[1]!, lower: m[1]!.toLowerCase(), word: true });
    out.push({ start: cut, end: t.end, text: m[2]!, lower: m[2]!.toLowerCase(), word: false });
  }
  return out;
}
