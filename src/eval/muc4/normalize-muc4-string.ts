/**
 * The scorer's string normalisation: lower-case; delete every ASCII punctuation character
 * (deleted, not replaced: "cease-fire" becomes "ceasefire"); replace the whole words a, an,
 * the by a space; collapse whitespace and trim.
 */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;

export function normalizeMuc4String(text: string): string {
  return text.toLowerCase().replace(ASCII_PUNCTUATION, '').replace(ARTICLES, ' ').split(/\s+/u).filter(Boolean).join(' ');
}
