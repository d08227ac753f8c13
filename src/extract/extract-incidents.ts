/**
 * The extraction pipeline for one document, in order: normalise (with offset map), dateline,
 * sentences and tokens, numbers, dates, actors, places, per-sentence analysis, attribution
 * across sentences (statements issued earlier, quotations introduced by a colon), segmentation
 * into incidents, and claims. Returns incident drafts; reconciliation derives their values.
 */
import type { IncidentDraft, SourceDocument, Span } from '../core/types.ts';
import { parseLeadDateline } from '../nlp/dateline/parse-dateline.ts';
import { findDates } from '../nlp/dates/find-dates.ts';
import { normalizeText, toStoredSpan } from '../nlp/normalize-text.ts';
import { countEnumeration } from '../nlp/quantities/count-enumeration.ts';
import { findQuantities } from '../nlp/quantities/find-quantities.ts';
import { splitSentences } from '../nlp/split-sentences.ts';
import { tokenize } from '../nlp/tokenize.ts';
import { findActorMentions } from './actors/find-actor-mentions.ts';
import { analyzeSentences, type SentenceInfo } from './analyze-sentences.ts';
import type { SourceRef } from './attribution.ts';
import { buildIncidentClaims, type SentenceSource } from './incident-claims.ts';
import type { PlaceFinder } from './place-mention.ts';
import { namesLandmark } from './names-landmark.ts';
import { segmentIncidents, type DistanceKm, type IncidentSegment } from './segment-incidents.ts';
import { documentFrame, frameCues, isPastIncident, isRetrospective, type LeadSentence } from './text-frames.ts';
import { findTriggers } from './find-triggers.ts';
import { splitPossessives } from '../nlp/split-possessives.ts';
import type { Token } from '../nlp/tokenize.ts';

export interface ExtractionDependencies {
  findPlaces: PlaceFinder;
  /** Great-circle distance in km (whether two places of a text are far apart). */
  distanceKm: DistanceKm;
}

export interface DocumentExtraction {
  drafts: IncidentDraft[];
  /** Publication date, outlet and place read from a wire dateline when metadata gave none. */
  dateline: { date: string | null; outlet: string | null; place: string | null } | null;
}

export function extractIncidents(document: SourceDocument, deps: ExtractionDependencies): DocumentExtraction {
  const normalized = normalizeText(document.text);
  const text = normalized.text;
  const dateline = parseLeadDateline(text);
  const published = document.published ?? dateline?.date ?? null;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const quantities = findQuantities(text);
  const dates = findDates(text, { published }).filter((d): d is typeof d & { value: string } => d.value !== null);
  const actors = findActorMentions(text);
  // "Kassel's Königsplatz": the place before a possessive is looked up without it too ("King's Cross" stays whole)
  const whole = deps.findPlaces(text, tokens, { caseless: normalized.caseless });
  const split = tokens.some((t) => /['’]s$/.test(t.text)) ? deps.findPlaces(text, splitPossessives(tokens), { caseless: normalized.caseless }) : [];
  const found = [...whole, ...split.filter((p) => !whole.some((w) => w.start < p.end && p.start < w.end)).map((p) => (
    // "on Kassel's Königsplatz" places it in Kassel; "on Tajikistan's claim" does not
    p.locative && !/^['’]s\s+\p{Lu}/u.test(text.slice(p.end, p.end + 6)) ? { ...p, locative: false } : p
  ))].sort((a, b) => a.start - b.start);
  // The dateline names where the report was filed: where it happened only when the text names no other place.
  const inDateline = (p: { start: number; end: number }) => dateline !== null && p.start >= dateline.span.start && p.end <= dateline.span.end;
  const places = found.filter((p) => !inDateline(p) && !namesLandmark(text, p, normalized.caseless));
  const datelinePlace = found.find((p) => inDateline(p) && !p.demonym) ?? null;
  // the dateline's date is the report's, not the attack's
  const bodyDates = dates.filter((d) => !inDateline(d));
  const infos = analyzeSentences({
    text, tokens, sentences, quantities, dates: bodyDates, actors, places, caseless: normalized.caseless, countEnumeration,
  });
  const sentenceText = (i: number) => text.slice(sentences[i]!.start, sentences[i]!.end);
  const sources = resolveSources(infos, sentences, published);
  const segments = framedSegments(document.title, infos, tokens, published, segmentIncidents(infos, sentenceText, deps.distanceKm));

  const quoteOf = (span: Span) => {
    const stored = toStoredSpan(normalized, span.start, span.end);
    return { ...stored, quote: document.text.slice(stored.start, stored.end) };
  };
  const drafts: IncidentDraft[] = segments.map((segment, i) => {
    const claims = buildIncidentClaims(segment, infos, {
      documentId: document.id,
      analysisText: text,
      published,
      quoteOf,
      tokens,
      sourceOf: (s) => sources.get(s) ?? { source: null, reportedAt: null, quote: sentences[s]! },
    }, sentenceText);
    // the dateline's town refines a same-named district where it happened ("BELEDWEYNE — ... the commissioner of Beledweyne district")
    const key = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const refines = datelinePlace !== null && (datelinePlace.place.precision === 'city' || datelinePlace.place.precision === 'point') &&
      claims.some((c) => c.field === 'place' && (c.value as { precision: string; name: string }).precision !== 'city' &&
        key((c.value as { name: string }).name).startsWith(key(datelinePlace.place.name)));
    if (datelinePlace && (refines || !claims.some((c) => c.field === 'place'))) {
      const q = quoteOf(dateline!.span);
      claims.push({
        field: 'place', value: { ...datelinePlace.place, mention: datelinePlace.text } as never, source: 'document', source_kind: 'document',
        stance: 'asserts', quote: q.quote, document: document.id, start: q.start, end: q.end, reported_at: published,
      });
    }
    const first = sentences[segment.eventSentences[0]!]!;
    return {
      key: `${document.id}-${i + 1}`,
      document: document.id,
      claims,
      related: segment.related.map((j) => `${document.id}-${j + 1}`),
      span: toStoredSpan(normalized, first.start, first.end),
      background: segment.background,
    } as IncidentDraft;
  });
  return {
    drafts,
    dateline: dateline ? { date: dateline.date, outlet: dateline.outlet, place: dateline.place } : null,
  };
}

/**
 * Who says each sentence and when: its own attribution, an earlier statement it cites ("the
 * first statement informed"), or the speaker of the sentence that introduced it with a colon.
 */
function resolveSources(infos: SentenceInfo[], sentences: Span[], published: string | null): Map<number, SentenceSource> {
  const out = new Map<number, SentenceSource>();
  const statements: Array<{ issuer: SourceRef; date: string | null }> = [];
  let previous: SentenceInfo | null = null;
  let previousSource: SentenceSource | null = null;
  for (const info of infos) {
    const a = info.attribution;
    const sentenceDate = info.dates.length > 0 ? info.dates[0]!.value : null;
    let source: SourceRef | null = a.source;
    let reportedAt: string | null = a.source && sentenceDate && (a.verbAt >= 0 || a.responsibility) ? sentenceDate : null;
    if (a.citesStatement) {
      const n = a.citesStatement.ordinal;
      const cited = n === null || n === -1 ? statements[statements.length - 1] : statements[n - 1];
      if (a.source) {
        statements.push({ issuer: a.source, date: sentenceDate });
      } else if (cited) {
        source = cited.issuer;
        reportedAt = cited.date;
      }
    } else if (a.issuesStatement && a.source) {
      statements.push({ issuer: a.source, date: sentenceDate });
      reportedAt = sentenceDate;
    }
    if (a.responsibility && sentenceDate) reportedAt = sentenceDate;
    if (!source && previous?.attribution.introducesQuote && previousSource?.source) {
      source = previousSource.source;
      reportedAt = previousSource.reportedAt;
    }
    const entry: SentenceSource = { source, reportedAt: reportedAt ?? (source ? null : published), quote: sentences[info.index]! };
    out.set(info.index, entry);
    previous = info;
    previousSource = entry;
  }
  return out;
}

/**
 * Applies the document's framing to its incidents: none when the lead frames a drill, a match,
 * an accident, diplomacy or opinion; a past incident (over a year before publication, or undated
 * under a lead about a trial or a commemoration that reports no attack itself) is a background
 * one unless the document is a retrospective ("on this day").
 */
function framedSegments(title: string | null, infos: SentenceInfo[], tokens: Token[], published: string | null, segments: IncidentSegment[]): IncidentSegment[] {
  if (segments.length === 0) return segments;
  const titleTokens = title ? tokenize(title) : [];
  const titleCues = frameCues(titleTokens, 0, titleTokens.length);
  // a headline drops its articles ("mark 20 years since school siege"): under a frame cue its attack words are the frame's
  const titleAttack = titleCues.size > 0 ? 0 : findTriggers(titleTokens).filter((t) => !t.irrealis && !t.entry.weak).length;
  const lead: LeadSentence[] = [{ cues: titleCues, attackWords: titleAttack }];
  const first = infos[0];
  if (first) lead.push({ cues: first.frames, attackWords: first.real.filter((t) => !t.entry.weak && !t.anaphoric).length });
  if (documentFrame(title, lead, frameCues(tokens, 0, tokens.length))) return [];
  const retrospective = isRetrospective(titleTokens, 0, titleTokens.length) || (first !== undefined && isRetrospective(tokens, first.tokFrom, first.tokTo));
  if (retrospective) return segments;
  // a lead about a trial or a commemoration, reporting no attack of its own, is about a past incident
  const pastFramed = lead.every((s) => s.attackWords === 0) && lead.some((s) => s.cues.has('judicial') || s.cues.has('commemoration'));
  return segments.map((s) => (isPastIncident(s.date, published) || (pastFramed && !s.date) ? { ...s, background: true } : s));
}


