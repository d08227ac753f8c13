/**
 * Framings of sentences and of a whole document (see lexicon/frame-lexicon.ts).
 * - A sentence about a drill, a match (two cues) or an accident does not report an attack with
 *   its attack words (an accident only its weak ones: "one soldier injured in a vehicle accident").
 * - A document whose lead (title and first sentence) is framed as a drill, a match, an accident,
 *   diplomacy or opinion, and whose lead reports no attack outside that frame, reports no incident.
 * - An incident dated more than a year before publication is a past one (a trial, a memorial, a
 *   background mention) unless the document is a retrospective ("on this day").
 */
import type { Token } from '../nlp/tokenize.ts';
import type { Trigger } from './find-triggers.ts';
import {
  AGGREGATE_MARKERS, FRAME_CUES, NON_EVENT_FRAMES, OPINION_TITLE, PAST_INCIDENT_DAYS, RETROSPECTIVE_CUES, SENTENCE_FRAME_CUES, SPORT_DOCUMENT_CUES,
  type Frame,
} from './lexicon/frame-lexicon.ts';
import { phraseSet, type PhraseMatcher } from './phrase-matcher.ts';

const MATCHERS = new Map<Frame, PhraseMatcher<string>>(
  (Object.keys(FRAME_CUES) as Frame[]).map((f) => [f, phraseSet(FRAME_CUES[f])]),
);
const RETROSPECTIVE = phraseSet(RETROSPECTIVE_CUES);

/** Distinct cues of each frame in tokens [from, to). */
export function frameCues(tokens: Token[], from: number, to: number): Map<Frame, Set<string>> {
  const out = new Map<Frame, Set<string>>();
  for (const [frame, matcher] of MATCHERS) {
    const found = new Set(matcher.findAll(tokens, from, to).map((m) => m.value));
    if (found.size > 0) out.set(frame, found);
  }
  return out;
}

/**
 * A sentence that counts over a period ("more than 150 Maoists have been killed across Bastar
 * since January", "several candidates were killed during this year's campaign"): an aggregate
 * cue, no day date, and a perfect tense or a vague count. Its attack words report no one attack.
 */
export function isAggregate(tokens: Token[], from: number, to: number, cues: Map<Frame, Set<string>>, hasDayDate: boolean): boolean {
  if (hasDayDate || !cues.has('aggregate')) return false;
  for (let k = from; k < to; k++) if (AGGREGATE_MARKERS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Whether a trigger, in a sentence with these cues, is not an attack. */
export function isFramed(trigger: Trigger, cues: Map<Frame, Set<string>>): boolean {
  for (const [frame, need] of Object.entries(SENTENCE_FRAME_CUES) as Array<[Frame, number]>) {
    const n = cues.get(frame)?.size ?? 0;
    if (n < need) continue;
    if (frame === 'accident' && !trigger.entry.weak) continue;
    return true;
  }
  return false;
}

export interface LeadSentence {
  cues: Map<Frame, Set<string>>;
  /** Strong attack words reported as real and not framed. */
  attackWords: number;
}

/**
 * The frame under which a whole document reports no incident, or null. `title` is the
 * document's title, `lead` its first sentence, `documentCues` the cues of the whole text.
 */
export function documentFrame(title: string | null, lead: LeadSentence[], documentCues: Map<Frame, Set<string>>): Frame | null {
  if (title && OPINION_TITLE.test(title)) return 'opinion';
  if (lead.some((s) => s.attackWords > 0)) return null;
  for (const frame of NON_EVENT_FRAMES) {
    if (!lead.some((s) => s.cues.has(frame))) continue;
    if (frame === 'sport' && (documentCues.get('sport')?.size ?? 0) < SPORT_DOCUMENT_CUES) continue;
    return frame;
  }
  return null;
}

/** A retrospective column: its past incidents are what it reports. */
export function isRetrospective(tokens: Token[], from: number, to: number): boolean {
  return RETROSPECTIVE.has(tokens, from, to);
}

/** Days from `date` (YYYY, YYYY-MM or YYYY-MM-DD) to `published` (YYYY-MM-DD), or null. */
export function daysBefore(date: string, published: string): number | null {
  const d = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  const p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!d || !p) return null;
  // the latest day the date can denote
  const y = Number(d[1]);
  const m = d[2] ? Number(d[2]) : 12;
  const day = d[3] ? Number(d[3]) : new Date(Date.UTC(y, m, 0)).getUTCDate();
  const a = Date.UTC(y, m - 1, day);
  const b = Date.UTC(Number(p[1]), Number(p[2]) - 1, Number(p[3]));
  return Math.round((b - a) / 86_400_000);
}

/** An incident of this date is a past one for a document published then. */
export function isPastIncident(date: string | null, published: string | null): boolean {
  if (!date || !published) return false;
  const days = daysBefore(date, published);
  return days !== null && days > PAST_INCIDENT_DAYS;
}
