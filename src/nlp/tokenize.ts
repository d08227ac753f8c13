/** Word and punctuation tokens with their spans; `lower` is the lower-cased form. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (letters/digits, inner apostrophes, dots and hyphens, thousands separators) rather than punctuation. */
  word: boolean;
}

/**
 * A word: letters and digits joined by inner apostrophes, dots and single hyphens, in any order
 * ("al-Shabaab's", "U.S", "Qala-i-Zal"); a number may open with thousands separators ("1,250",
 * "5,000-strong"). Anything else is one punctuation character.
 */
const TOKEN = /(?:\p{N}{1,3}(?:,\p{N}{3})+(?!\p{N})|[\p{L}\p{N}]+)(?:[-'.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = offset;
  const slice = end === text.length ? text : text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const word = c > 127 ? /[\p{L}\p{N}]/u.test(t[0]!) : (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    tokens.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(), word });
  }
  return tokens;
}
