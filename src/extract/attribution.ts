/**
 * Who says what in a sentence: "officials say", "the Interior Ministry said", "according to
 * police", "X tweeted", "the first statement informed that" (a statement issued earlier), and
 * the stance cues of the sentence (a claim of responsibility, a denial, a doubt).
 */
import type { SourceKind } from '../core/types.ts';
import type { Token } from '../nlp/tokenize.ts';
import {
  ANAPHORIC_SOURCE_HEADS, DENIAL_CUES, DOUBT_CUES, GENERIC_SOURCES, ISSUE_VERBS, SPEECH_VERBS, STATEMENT_NOUNS,
} from './lexicon/attribution-lexicon.ts';
import { claimsResponsibility } from './claim-of-responsibility.ts';
import { PhraseMatcher, phraseSet } from './phrase-matcher.ts';

/** An organisation or outlet found in the text (see extract/actors). */
export interface ActorMentionLike {
  start: number;
  end: number;
  text: string;
  actorId: string;
  name: string;
  kind: string;
  parentId: string | null;
}

export interface SourceRef {
  name: string;
  kind: SourceKind;
  start: number;
  end: number;
  /** The actor registry id when the source is a known organisation or outlet. */
  actorId: string | null;
  /** A person speaking for or quoted by the source ("Arkadia Dubnova" in Kommersant). */
  speaker?: string | null;
}

export interface Attribution {
  source: SourceRef | null;
  /** Token index of the speech verb, or -1. */
  verbAt: number;
  responsibility: boolean;
  denial: boolean;
  doubt: boolean;
  /** The sentence reports the issuing of a statement ("X published a statement"). */
  issuesStatement: boolean;
  /** The sentence cites an earlier statement ("the first statement informed"). */
  citesStatement: { ordinal: number | null } | null;
  /** The sentence ends with ":" and introduces a quotation in the next sentence. */
  introducesQuote: boolean;
}

const GENERIC = new PhraseMatcher(GENERIC_SOURCES);
const DOUBTS = phraseSet(DOUBT_CUES);
const DENIALS = phraseSet(DENIAL_CUES);
const ISSUES = phraseSet(ISSUE_VERBS);
const STATEMENTS = phraseSet(STATEMENT_NOUNS);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, latest: -1, last: -1, new: -1, later: -1 };
const SUBJECT_STOP = new Set([',', ';', ':', '(', ')', '"', 'that', 'which', 'who', 'and', 'but', 'while', 'as', 'when', 'after', 'before', 'because', 'if']);
const EXPERT_WORDS = /\b(researcher|professor|analyst|expert|scholar|fellow|director|specialist|journalist|commentator|author|consultant|lecturer)\b/i;
const SOURCE_KIND_OF_ACTOR: Record<string, SourceKind> = {
  armed_group: 'armed_group', state_body: 'state_body', media: 'media', group_media: 'group_media',
  international_org: 'official', political_party: 'official',
};

function isSpeechVerb(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  if (!SPEECH_VERBS.has(w)) return false;
  // "claims of both ISIS" is a noun; "claim" after a determiner is a noun
  const prev = tokens[k - 1]?.lower ?? '';
  if ((w === 'claims' || w === 'claim' || w === 'reports' || w === 'report') && /^(the|a|an|its|their|of|both|these|those|such)$/.test(prev)) return false;
  if (w === 'put' && tokens[k + 1]?.lower !== 'the') return false;
  return true;
}

/** Attribution of tokens [from, end) of one sentence. */
export function findAttribution(
  text: string,
  tokens: Token[],
  from: number,
  end: number,
  actors: ActorMentionLike[],
  caseless: boolean,
): Attribution {
  const result: Attribution = {
    source: null, verbAt: -1, responsibility: claimsResponsibility(tokens, from, end), denial: DENIALS.has(tokens, from, end),
    doubt: DOUBTS.has(tokens, from, end), issuesStatement: false, citesStatement: null,
    introducesQuote: tokens[end - 1]?.text === ':',
  };

  // "according to X"
  for (let k = from; k < end - 2; k++) {
    if (tokens[k]!.lower === 'according' && tokens[k + 1]!.lower === 'to') {
      const npEnd = phraseEnd(tokens, k + 2, end);
      result.source = sourceIn(text, tokens, k + 2, npEnd, actors, caseless);
      result.verbAt = k;
      if (result.source) return result;
    }
  }

  const expert = leadingExpert(tokens, from, end, caseless);
  if (expert) {
    for (let k = from; k < end; k++) {
      if (isSpeechVerb(tokens, k)) {
        result.source = expert;
        result.verbAt = k;
        return result;
      }
    }
  }

  for (let k = from; k < end; k++) {
    const issue = ISSUES.matchAt(tokens, k, end);
    if (issue && STATEMENTS.has(tokens, issue.to, Math.min(end, issue.to + 3))) {
      result.issuesStatement = true;
      result.source = result.source ?? sourceIn(text, tokens, subjectStart(tokens, from, k), k, actors, caseless);
      if (result.source?.kind === 'media' && !result.source.speaker) {
        const speaker = quotedPerson(tokens, from, end, caseless);
        if (speaker) result.source = { ...result.source, speaker };
      }
      if (result.verbAt < 0) result.verbAt = k;
    }
    if (!isSpeechVerb(tokens, k)) continue;
    // Subject before the verb ("officials say", "the first statement informed that ...").
    const subjFrom = subjectStart(tokens, from, k);
    const statement = citedStatement(tokens, subjFrom, k);
    if (statement) {
      result.citesStatement = statement;
      result.verbAt = k;
      // an issuer named in the same sentence ("the second statement -that of the SCNS- claimed")
      const named = sourceIn(text, tokens, subjFrom, k, actors, caseless, true);
      if (named) result.source = named;
      return result;
    }
    let source = subjFrom < k ? sourceIn(text, tokens, subjFrom, k, actors, caseless) : null;
    // Post-posed subject: "..., said the police spokesman." / "..., officials say."
    if (!source && tokens[k - 1]?.text === ',') source = sourceIn(text, tokens, k + 1, phraseEnd(tokens, k + 1, end), actors, caseless);
    if (!source && k === from) source = null;
    if (source) {
      if (source.kind === 'media' && !source.speaker) {
        const speaker = quotedPerson(tokens, from, end, caseless);
        if (speaker) source = { ...source, speaker };
      }
      result.source = source;
      result.verbAt = k;
      return result;
    }
  }
  // A group claiming or denying without a speech verb: "ISIS took responsibility ..."
  if (!result.source && (result.responsibility || result.denial)) {
    const group = actors.find((a) => a.start >= tokens[from]!.start && a.end <= tokens[end - 1]!.end && (a.kind === 'armed_group' || a.kind === 'group_media'));
    if (group) result.source = actorSource(group);
  }
  return result;
}

/** "Edward Lemon, a Central Asian researcher and assistant professor at ..., tweeted": the person, as an expert. */
function leadingExpert(tokens: Token[], from: number, end: number, caseless: boolean): SourceRef | null {
  const person = personName(tokens, from, Math.min(end, from + 4), caseless);
  if (!person || person.start !== tokens[from]!.start) return null;
  let k = from;
  while (k < end && tokens[k]!.end <= person.end) k++;
  if (tokens[k]?.text !== ',') return null;
  const window = tokens.slice(k + 1, Math.min(end, k + 14)).map((t) => t.lower).join(' ');
  if (!EXPERT_WORDS.test(window)) return null;
  return { name: person.name, kind: 'expert', start: person.start, end: person.end, actorId: null };
}

/** A person named in the sentence as an outlet's interviewee: "an expert named Arkadia Dubnova". */
function quotedPerson(tokens: Token[], from: number, end: number, caseless: boolean): string | null {
  for (let k = from; k < end - 1; k++) {
    if (/^(named|called)$/.test(tokens[k]!.lower) || (EXPERT_WORDS.test(tokens[k]!.lower) && /^[A-Z]/.test(tokens[k + 1]!.text))) {
      const p = personName(tokens, k + 1, Math.min(end, k + 4), caseless);
      if (p) return p.name;
    }
  }
  return null;
}

function citedStatement(tokens: Token[], from: number, to: number): { ordinal: number | null } | null {
  for (let k = from; k < to; k++) {
    if (STATEMENTS.matchAt(tokens, k, to)) {
      const prev = tokens[k - 1]?.lower ?? '';
      const ordinal = ORDINALS[prev] ?? null;
      const det = tokens[k - (ordinal === null ? 1 : 2)]?.lower ?? '';
      if (/^(the|this|that|its|their)$/.test(det)) return { ordinal };
    }
  }
  return null;
}

/** Token index where the subject of a verb at `verb` begins (after the last clause boundary). */
function subjectStart(tokens: Token[], from: number, verb: number): number {
  let k = verb - 1;
  let depthDash = false;
  // "The National Anti-Terrorism Prosecutor's Office (PNAT) said": skip the parenthesis
  if (tokens[k]?.text === ')') {
    let j = k - 1;
    while (j > from && tokens[j]!.text !== '(' && k - j < 8) j--;
    if (tokens[j]?.text === '(') k = j - 1;
  }
  while (k >= from) {
    const w = tokens[k]!.lower;
    // "A local elder who attended the meeting said": the subject is before the relative pronoun
    if ((w === 'who' || w === 'which') && k > from && tokens[k - 1]!.word && verb - k <= 8) { k--; continue; }
    if (w === '-' ) { depthDash = !depthDash; k--; continue; }
    if (SUBJECT_STOP.has(w) && !depthDash) {
      // keep an appositive: "Edward Lemon, a Central Asian researcher ... tweeted"
      if (w === ',' && k - 1 >= from && isAppositive(tokens, k + 1, verb)) { k--; continue; }
      // skip a relative clause: "Kommersant, which is considered close to the government, published"
      if (w === ',' && k === verb - 1) {
        let j = k - 1;
        while (j >= from && tokens[j]!.text !== ',') j--;
        if (j > from && /^(which|who|whose|that)$/.test(tokens[j + 1]?.lower ?? '')) { k = j - 1; continue; }
      }
      break;
    }
    k--;
  }
  return k + 1;
}

function isAppositive(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map((t) => t.lower).join(' ');
  return EXPERT_WORDS.test(words) || /^(a|an|the) /.test(words) && /\b(spokesman|spokeswoman|official|minister|head|chief|leader|member)\b/.test(words);
}

/** End (exclusive token index) of a noun phrase starting at `i`. */
function phraseEnd(tokens: Token[], i: number, end: number): number {
  let k = i;
  while (k < end && k < i + 8 && !SUBJECT_STOP.has(tokens[k]!.lower) && tokens[k]!.text !== '.') k++;
  return k;
}

const NAME_STOP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'of', 'and', 'in', 'on', 'at', 'by', 'for', 'to', 'with', 'from', 'said', 'says', 'that', 'which', 'who']);

function nameWords(s: string): string {
  return s.toLowerCase().replace(/['’]s\b/g, '').split(/[^a-z]+/).filter((w) => w && !NAME_STOP.has(w)).map((w) => w.replace(/s$/, '')).sort().join(' ');
}

/**
 * A generic state body written otherwise than its canonical name ("the state prosecutor's office"
 * for Prosecutors, "the Interior Cabinet Secretary" for Government, "the interior minister"):
 * the words as written, with their modifiers, name the source better.
 */
function asWritten(text: string, a: ActorMentionLike): string | null {
  if (a.kind !== 'state_body' || /\(| of /.test(a.name) || nameWords(a.text) === nameWords(a.name)) return null;
  let start = a.start;
  for (let n = 0; n < 3; n++) {
    const m = /([A-Za-z][\w'’-]*)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
    if (!m || NAME_STOP.has(m[1]!.toLowerCase()) || /['’]s$/.test(m[1]!)) break;
    start -= m[0].length;
  }
  let end = a.end;
  for (let n = 0; n < 2; n++) {
    const m = /^\s+([A-Z][\w'’-]*)/.exec(text.slice(end, end + 30));
    if (!m || NAME_STOP.has(m[1]!.toLowerCase())) break;
    end += m[0].length;
  }
  return text.slice(start, end);
}

function actorSource(a: ActorMentionLike, text?: string): SourceRef {
  let name = (text && asWritten(text, a)) || a.name;
  if (text && a.kind === 'state_body' && !/\(|\bof [A-Z]/.test(name)) {
    const m = /^\s+of\s+(?:the\s+)?(?:(?:[Rr]epublic|[Kk]ingdom|[Ii]slamic [Rr]epublic|[Ff]ederation)\s+of\s+)?([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)/u.exec(text.slice(a.end, a.end + 60));
    if (m) name = `${name} of ${m[1]}`;
  }
  return { name, kind: SOURCE_KIND_OF_ACTOR[a.kind] ?? 'unknown', start: a.start, end: a.end, actorId: a.actorId };
}

/** The best source named within tokens [from, to). */
function sourceIn(
  text: string, tokens: Token[], from: number, to: number, actors: ActorMentionLike[], caseless: boolean, actorsOnly = false,
): SourceRef | null {
  if (from >= to) return null;
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  const inside = actors.filter((a) => a.start >= s && a.end <= e);
  const media = inside.find((a) => a.kind === 'media');
  const person = personName(tokens, from, to, caseless);
  if (media) return { ...actorSource(media), speaker: person && !actorOverlaps(person, inside) ? person.name : null };
  const preferred = inside.find((a) => a.kind === 'state_body' || a.kind === 'group_media') ?? inside[0];
  if (preferred) return actorSource(preferred, text);
  if (actorsOnly) return null;
  if (person) return { name: person.name, kind: isExpert(tokens, from, to) ? 'expert' : 'unknown', start: person.start, end: person.end, actorId: null };
  for (let k = from; k < to; k++) {
    const m = GENERIC.matchAt(tokens, k, to);
    if (m) {
      // "the committee said": the organisation named earlier whose name has that head
      const det = tokens[m.from - 1]?.lower;
      const head = tokens[m.to - 1]!.lower;
      if ((det === 'the' || det === 'its') && m.to - m.from === 1 && ANAPHORIC_SOURCE_HEADS.has(head)) {
        const earlier = [...actors].reverse().find((a) => a.end <= tokens[from]!.start && (a.kind === 'state_body' || a.kind === 'armed_group' || a.kind === 'media' || a.kind === 'international_org') &&
          (a.name.toLowerCase().includes(head) || a.text.toLowerCase().includes(head) || (head === 'group' && a.kind === 'armed_group')));
        if (earlier) return { ...actorSource(earlier, text), start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end };
      }
      // keep a modifier: "Kunduz provincial police", "Tajik officials"
      let first = m.from;
      while (first > from && first > m.from - 3 && tokens[first - 1]!.word && !/^(the|a|an|some|several|two|three|many|other)$/.test(tokens[first - 1]!.lower)) first--;
      // and an "of" complement: "the head of the republic", "the governor of Cauca"
      let last = m.to;
      if (tokens[last]?.lower === 'of' && last + 1 < to) {
        let j = last + 1;
        while (j < to && j < last + 5 && tokens[j]!.word && !SUBJECT_STOP.has(tokens[j]!.lower)) j++;
        if (j > last + 1) last = j;
      }
      const name = text.slice(tokens[first]!.start, tokens[last - 1]!.end);
      return { name: normalizeSourceName(name), kind: m.value, start: tokens[first]!.start, end: tokens[last - 1]!.end, actorId: null };
    }
  }
  return null;
}

function normalizeSourceName(name: string): string {
  return /^[a-z]/.test(name) ? name : name.replace(/^(The|A|An) /, '');
}

function actorOverlaps(p: { start: number; end: number }, actors: ActorMentionLike[]): boolean {
  return actors.some((a) => a.start < p.end && p.start < a.end);
}

function isExpert(tokens: Token[], from: number, to: number): boolean {
  return EXPERT_WORDS.test(tokens.slice(from, to).map((t) => t.lower).join(' '));
}

/** A person's name: two or three capitalised words (mixed-case text only), e.g. "Edward Lemon". */
function personName(tokens: Token[], from: number, to: number, caseless: boolean): { name: string; start: number; end: number } | null {
  if (caseless) return null;
  for (let k = from; k < to; k++) {
    let j = k;
    while (j < to && /^[A-Z][a-z'\-]+$/.test(tokens[j]!.text) && !/^(The|A|An|In|On|At|But|And|However|After|Due|It|This|That|Some|Just)$/.test(tokens[j]!.text)) j++;
    if (j - k >= 2 && j - k <= 3) {
      const before = tokens[k - 1]?.lower;
      if (before === 'named' || before === ',' || before === undefined || k === from || /^(expert|researcher|analyst|professor|spokesman|spokeswoman|minister|president|general|colonel|commander|official)$/.test(before ?? '')) {
        return { name: tokens.slice(k, j).map((t) => t.text).join(' '), start: tokens[k]!.start, end: tokens[j - 1]!.end };
      }
    }
    if (j > k) k = j;
  }
  return null;
}
