/**
 * Turns one incident's sentences into claims: every date, place, type, target, victim,
 * perpetrator, weapon and figure becomes a statement by a source, with its stance, the exact
 * quote (the sentence, as stored) and when it was said.
 */
import type { Claim, SourceKind, Span, Stance } from '../core/types.ts';
import type { SentenceInfo } from './analyze-sentences.ts';
import type { IncidentSegment } from './segment-incidents.ts';
import type { Token } from '../nlp/tokenize.ts';
import { killsProminentPerson } from './assassination.ts';
import type { SourceRef } from './attribution.ts';

export interface SentenceSource {
  source: SourceRef | null;
  reportedAt: string | null;
  /** The span to quote for this sentence's claims (analysis offsets). */
  quote: Span;
}

export interface ClaimContext {
  documentId: string;
  /** The analysis text that figure and role spans index. */
  analysisText: string;
  published: string | null;
  /** Maps an analysis span to the stored-text span and its exact text. */
  quoteOf(span: Span): { start: number; end: number; quote: string };
  sourceOf(sentence: number): SentenceSource;
  /** The analysis text's tokens (for rules that read words, such as assassinations). */
  tokens?: Token[];
}

const SUBSET_CUES = /\b(including|among (them|whom|those)|of whom|of them|among the dead|among the victims)\b/i;

export function buildIncidentClaims(segment: IncidentSegment, infos: SentenceInfo[], ctx: ClaimContext, sentenceText: (i: number) => string): Claim[] {
  const claims: Claim[] = [];
  const byIndex = new Map(infos.map((s) => [s.index, s]));
  const eventSet = new Set(segment.eventSentences);
  const orgsSoFar = new Map<string, { kind: 'organization' }>();
  const impliedClaims: Claim[] = [];

  for (const index of segment.sentences) {
    const info = byIndex.get(index);
    if (!info) continue;
    const { source, reportedAt, quote } = ctx.sourceOf(index);
    const q = ctx.quoteOf(quote);
    const base = (stance: Stance = 'asserts', who: SourceRef | null = source) => ({
      source: who ? who.name : 'document',
      source_kind: (who ? who.kind : 'document') as SourceKind,
      stance,
      quote: q.quote,
      document: ctx.documentId,
      start: q.start,
      end: q.end,
      reported_at: reportedAt ?? ctx.published,
      ...(who?.speaker ? { speaker: who.speaker } : {}),
    });
    const isEvent = eventSet.has(index);

    if (isEvent) {
      const ownTriggers = info.real.filter((t) => !t.anaphoric);
      const mention = ownTriggers.length > 0 && info.eventDates.length > 0 ? nearestDate(info, ownTriggers[0]!.start, ownTriggers[0]!.perfect === true) : null;
      const date = mention?.value ?? null;
      if (date && (!segment.date || date === segment.date || segment.date.includes(date) || date.includes(segment.date.replace(/^-+/, '')))) {
        // a date read against the publication date ("on Sunday", "on this day in 2016") is only as good as that date
        claims.push({ ...base(), field: 'date', value: date, ...(mention!.kind === 'relative' ? { relative_to_publication: true } : {}) });
      }
      const types = new Set<string>();
      const strong = info.real.filter((t) => !t.entry.weak);
      for (const t of strong.length ? strong : info.real) types.add(t.entry.type);
      if (types.size > 0 && ctx.tokens && killsProminentPerson(ctx.tokens, info.tokFrom, info.tokTo, info.attribution.source)) types.add('Assassination');
      for (const type of types) claims.push({ ...base(), field: 'attack_type', value: type });
      for (const t of info.targets) claims.push({ ...base(), field: 'target', value: { text: t.text, type: t.type } });
      for (const w of info.weapons) claims.push({ ...base(), field: 'weapon', value: { text: w.text, type: w.type } });
    }
    for (const v of info.victims) claims.push({ ...base(), field: 'victim', value: { text: v.text } });
    for (const p of info.places) {
      const where = isEvent && p.locative && !p.origin;
      claims.push({ ...base(), field: where ? 'place' : 'place_mentioned', value: { ...p.place, mention: p.text } });
    }
    for (const p of info.perpetrators) {
      if (p.kind === 'organization') orgsSoFar.set(p.name, { kind: 'organization' });
      const who: SourceRef | null = p.stance === 'claims'
        ? (p.channel ? { name: p.channel, kind: 'group_media', start: p.start, end: p.end, actorId: null } : (source ?? { name: p.name, kind: 'armed_group', start: p.start, end: p.end, actorId: p.actorId }))
        : source;
      claims.push({ ...base(p.stance, who), field: 'perpetrator', value: { name: p.name, kind: p.kind, status: p.status, mention: p.mention } as never });
    }
    // A doubt about the account that names no group doubts the groups named so far.
    if ((info.attribution.doubt || info.attribution.denial) && !info.perpetrators.some((p) => p.kind === 'organization')) {
      const stance: Stance = info.attribution.denial ? 'denies' : 'doubts';
      for (const name of orgsSoFar.keys()) {
        claims.push({ ...base(stance), field: 'perpetrator', value: { name, kind: 'organization', status: 'disputed' } });
      }
    }
    // the people counted in a toll are victims too ("at least nine soldiers were injured")
    const victimTexts = new Set(info.victims.map((v) => v.text.toLowerCase()));
    for (const f of info.figures) {
      if (f.field === 'killed_perpetrators' || !f.head) continue;
      const words = ctx.analysisText.slice(f.start, f.end);
      if (victimTexts.has(words.toLowerCase())) continue;
      victimTexts.add(words.toLowerCase());
      claims.push({ ...base(), field: 'victim', value: { text: words } });
    }
    claims.push(...figureClaims({ ...info, figures: info.figures.filter((f) => !f.implied) }, base, sentenceText(index)));
    const implied = info.figures.filter((f) => f.implied);
    if (implied.length > 0) impliedClaims.push(...figureClaims({ ...info, figures: implied.slice(0, 1) }, base, sentenceText(index)));
  }
  // an attacker's death implied by the attack counts only when no figure of the incident states it,
  // and not for an attack mentioned in passing
  if (segment.background) return claims;
  const stated = new Set(claims.filter((c) => c.field === 'killed_perpetrators').map((c) => c.field));
  for (const c of impliedClaims) if (!stated.has(c.field)) claims.push(c);
  return claims;
}

function nearestDate(info: SentenceInfo, at: number, perfect: boolean): SentenceInfo['eventDates'][number] | null {
  let best: SentenceInfo['eventDates'][number] | null = null;
  let distance = Infinity;
  for (const d of info.eventDates) {
    if (perfect && d.start < at) continue;
    const x = Math.abs(d.start - at);
    if (x < distance) { distance = x; best = d; }
  }
  return best;
}

type BaseFn = (stance?: Stance) => Omit<Claim, 'field' | 'value' | 'figure'>;

/**
 * Figures of one sentence. Several figures of the same kind in one sentence, not introduced as a
 * subset ("including three children"), are parts of one toll: each is kept as a partial claim
 * and their sum becomes a derived claim.
 */
function figureClaims(info: SentenceInfo, base: BaseFn, text: string): Claim[] {
  const out: Claim[] = [];
  const byField = new Map<string, typeof info.figures>();
  for (const f of info.figures) {
    const list = byField.get(f.field) ?? [];
    list.push(f);
    byField.set(f.field, list);
  }
  for (const [field, list] of byField) {
    // "six more people died, bringing the total to 24": the total is the toll, the rest are its parts
    const totals = list.filter((f) => f.total);
    if (totals.length > 0 && totals.length < list.length) {
      for (const f of list) {
        out.push({ ...base(), field: field as 'killed', value: f.figure.value, figure: f.total ? f.figure : { ...f.figure, partial: true } });
      }
      continue;
    }
    const additive = list.length > 1 && !SUBSET_CUES.test(text) && !/\bfrom\b[^.]*\bto\b/i.test(text);
    for (const f of list) {
      out.push({ ...base(), field: field as 'killed', value: f.figure.value, figure: additive ? { ...f.figure, partial: true } : f.figure });
    }
    if (additive) {
      const sum = list.reduce((acc, f) => acc + f.figure.value, 0);
      const open = list.some((f) => f.figure.high === null);
      out.push({ ...base(), field: field as 'killed', value: sum, figure: { value: sum, low: sum, high: open ? null : sum, qualifier: open ? 'at_least' : 'exact', derived: true } });
    }
  }
  return out;
}
