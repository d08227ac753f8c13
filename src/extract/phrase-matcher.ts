/**
 * Longest-match lookup of lower-case phrases over a token sequence. Phrases are split on spaces;
 * a phrase matches when its words equal consecutive tokens' lower-case forms.
 */
import type { Token } from '../nlp/tokenize.ts';

export interface PhraseMatch<T> {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  value: T;
  phrase: string;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T; phrase: string }>>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value, phrase });
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: Token[], i: number, end = tokens.length): PhraseMatch<T> | null {
    const list = this.byFirst.get(tokens[i]!.lower);
    if (!list) return null;
    for (const candidate of list) {
      const n = candidate.words.length;
      if (i + n > end) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (tokens[i + k]!.lower !== candidate.words[k]) { ok = false; break; }
      }
      if (ok) return { from: i, to: i + n, value: candidate.value, phrase: candidate.phrase };
    }
    return null;
  }

  /** All non-overlapping longest matches in [from, end). */
  findAll(tokens: Token[], from = 0, end = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < end; i++) {
      const m = this.matchAt(tokens, i, end);
      if (m) { out.push(m); i = m.to - 1; }
    }
    return out;
  }

  has(tokens: Token[], from: number, end: number): boolean {
    for (let i = from; i < end; i++) if (this.matchAt(tokens, i, end)) return true;
    return false;
  }
}

/** Matcher whose value is the phrase itself. */
export function phraseSet(phrases: Iterable<string>): PhraseMatcher<string> {
  return new PhraseMatcher([...phrases].map((p) => [p, p] as [string, string]));
}
