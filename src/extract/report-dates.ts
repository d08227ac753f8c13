/**
 * Dates of statements vs dates of the attack. A date whose clause, just before it, has a
 * speech, statement or claim word and no attack trigger in between ("the ministry said on
 * Wednesday that ...", "claimed responsibility on Wednesday night"), or that opens a sentence
 * whose main clause is a statement ("On Monday, the governor said that ..."), dates the statement;
 * the attack's date is one of the others. Triggers that refer back ("claimed the attack on
 * Monday") do not make a date the attack's.
 */
import type { Token } from '../nlp/tokenize.ts';
import type { Trigger } from './find-triggers.ts';
import { REPORT_DATE_CUES } from './lexicon/report-date-lexicon.ts';

const CLAUSE_BREAK = new Set([';', ':', '"', 'that', 'when', 'after', 'before', 'as', 'while', 'because', 'and', 'but']);
const LOOK_BACK = 10;

/** True when the date starting at token `at` dates a statement (tokens of one sentence from `from`). */
export function isReportDate(tokens: Token[], from: number, at: number, triggers: Trigger[], end = tokens.length): boolean {
  const own = triggers.filter((t) => !t.anaphoric);
  const isTrigger = (k: number) => own.some((t) => k >= t.from && k < t.to);
  for (let k = at - 1, n = 0; k >= from && n < LOOK_BACK; k--, n++) {
    const w = tokens[k]!.lower;
    if (isTrigger(k)) return false;
    if (REPORT_DATE_CUES.has(w)) return true;
    if (CLAUSE_BREAK.has(w)) return false;
  }
  // A date opening the sentence whose clause is a statement: "On Monday, the governor said that ...".
  if (at - from <= 1) {
    for (let j = at + 1, n = 0; j < end && n < 20; j++, n++) {
      const w = tokens[j]!.lower;
      if (isTrigger(j) || CLAUSE_BREAK.has(w)) return false;
      if (REPORT_DATE_CUES.has(w)) return true;
    }
  }
  return false;
}

/** Token index of the first token at or after character offset `offset`. */
export function tokenAt(tokens: Token[], from: number, to: number, offset: number): number {
  let k = from;
  while (k < to && tokens[k]!.start < offset) k++;
  return k;
}
