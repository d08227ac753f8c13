/**
 * Per-field accuracy of an extraction over the modern article corpus. Predicted incidents
 * are assigned to articles through the document ids they cite, paired with the expected
 * incidents of that article (pair-incidents.ts), and compared field by field. An expected
 * incident with no paired prediction counts as wrong on every field. Incidents the extractor
 * flags as background mentions (`background: true`, an older attack named in passing, as the
 * MUC-4 harness also leaves them out) are not predictions; they are counted apart.
 */
import type { Claim, ExtractionResult, Incident, ReconciledFigure } from '../../core/types.ts';
import type { ExpectedEntry, ExpectedFigure, ExpectedIncident } from './expected-entry.ts';
import { containsWords, matchKey, words } from './match-key.ts';
import { pairIncidents, perpetratorMatches, placeMatches } from './pair-incidents.ts';

export { formatModernScore } from './format-modern-score.ts';

export const MODERN_FIELDS = [
  'date',
  'country',
  'place',
  'attack_type',
  'perpetrator_name',
  'perpetrator_status',
  'killed_best',
  'killed_low',
  'killed_high',
  'killed_disputed',
  'killed_perpetrators_best',
  'wounded_best',
  'kidnapped_best',
  'sources',
  'claim_channel',
] as const;

export type ModernField = (typeof MODERN_FIELDS)[number];

export interface Tally {
  correct: number;
  total: number;
}

export interface FileMisses {
  file: string;
  messages: string[];
}

export interface ModernScore {
  files: number;
  detection: {
    expected: number;
    predicted: number;
    /** Predicted incidents flagged as background mentions, not counted as predictions. */
    background: number;
    matched: number;
    /** matched / predicted, null when nothing was predicted. */
    precision: number | null;
    /** matched / expected, null when nothing was expected. */
    recall: number | null;
    f1: number | null;
  };
  /** Negative articles for which no incident was predicted. */
  negatives: Tally;
  fields: Record<ModernField, Tally>;
  /** What went wrong, per file, for debugging; files without a miss are left out. */
  misses: FileMisses[];
}

/** Where each article's document is in the extraction result, keyed by file name. */
export type DocumentIndex = Map<string, { documentId: string }>;

export function scoreModernCorpus(expected: ExpectedEntry[], result: ExtractionResult, index: DocumentIndex): ModernScore {
  const fields = Object.fromEntries(MODERN_FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<ModernField, Tally>;
  const negatives: Tally = { correct: 0, total: 0 };
  const detection = { expected: 0, predicted: 0, background: 0, matched: 0 };
  const misses: FileMisses[] = [];

  for (const entry of expected) {
    const messages: string[] = [];
    const documentId = index.get(entry.file)?.documentId;
    if (documentId === undefined) messages.push('document not found in the extraction result');
    const reported = documentId === undefined ? [] : result.incidents.filter((i) => i.documents.includes(documentId));
    const predicted = reported.filter((i) => !i.background);
    detection.background += reported.length - predicted.length;
    detection.expected += entry.incidents.length;
    detection.predicted += predicted.length;

    if (entry.negative) {
      negatives.total += 1;
      if (predicted.length === 0) negatives.correct += 1;
      else messages.push(`negative text, but ${predicted.length} incident(s) predicted`);
    }

    const pairs = pairIncidents(entry.incidents, predicted);
    detection.matched += pairs.length;
    const pairedPredicted = new Set(pairs.map((p) => p.predicted));
    entry.incidents.forEach((incident, i) => {
      const pair = pairs.find((p) => p.expected === i);
      const label = entry.incidents.length > 1 ? `incident ${i + 1}: ` : '';
      const found = pair === undefined ? null : predicted[pair.predicted]!;
      if (found === null) messages.push(`${label}not detected (${describe(incident)})`);
      for (const miss of scoreIncident(incident, found, fields)) messages.push(label + miss);
    });
    if (!entry.negative) {
      predicted.forEach((p, j) => {
        if (!pairedPredicted.has(j)) messages.push(`unmatched prediction ${p.id} (${p.date ?? 'no date'}, ${p.place?.name ?? 'no place'})`);
      });
    }
    if (messages.length > 0) misses.push({ file: entry.file, messages });
  }

  const precision = detection.predicted === 0 ? null : detection.matched / detection.predicted;
  const recall = detection.expected === 0 ? null : detection.matched / detection.expected;
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { files: expected.length, detection: { ...detection, precision, recall, f1 }, negatives, fields, misses };
}

/** Tallies one expected incident against its paired prediction (or none) and returns the misses. */
function scoreIncident(e: ExpectedIncident, p: Incident | null, fields: Record<ModernField, Tally>): string[] {
  const misses: string[] = [];
  const check = (field: ModernField, ok: boolean, miss: () => string): void => {
    fields[field].total += 1;
    if (ok) fields[field].correct += 1;
    else if (p !== null) misses.push(miss());
  };

  check('date', p !== null && p.date === e.date, () => `date: expected ${e.date ?? 'null'}, got ${p?.date ?? 'null'}`);
  const country = p?.place?.country_code?.toUpperCase() ?? null;
  check('country', country === e.country_code, () => `country: expected ${e.country_code}, got ${country ?? 'null'}`);
  const placeName = p?.place?.name ?? null;
  const placeOk = p !== null && (e.place === null ? placeName === null : placeMatches(e, placeName));
  check('place', placeOk, () => `place: expected ${e.place ?? 'null'}, got ${placeName ?? 'null'}`);
  const mainType = e.attack_types[0]!;
  check('attack_type', p !== null && p.attack_types.some((t) => matchKey(t) === matchKey(mainType)), () => `attack type: expected ${mainType}, got [${p?.attack_types.join(', ')}]`);

  if (e.perpetrators.length === 0) {
    const names = p?.perpetrators.map((x) => x.name) ?? [];
    check('perpetrator_name', p !== null && names.length === 0, () => `perpetrator: expected none, got [${names.join(', ')}]`);
  }
  for (const ep of e.perpetrators) {
    const match = p?.perpetrators.find((pp) => perpetratorMatches(ep.name, ep.aliases, pp.name)) ?? null;
    const got = () => `[${(p?.perpetrators ?? []).map((x) => `${x.name} (${x.status})`).join(', ')}]`;
    check('perpetrator_name', match !== null, () => `perpetrator: expected ${ep.name}, got ${got()}`);
    const statuses = [ep.status, ...(ep.also_accept ?? [])];
    check('perpetrator_status', match !== null && statuses.includes(match.status), () => `perpetrator status: expected ${ep.name} ${statuses.join('|')}, got ${got()}`);
  }

  checkFigure('killed', e.killed, p?.killed ?? null, p !== null, fields, misses, true);
  checkFigure('killed_perpetrators', e.killed_perpetrators, p?.killed_perpetrators ?? null, p !== null, fields, misses, false);
  checkFigure('wounded', e.wounded, p?.wounded ?? null, p !== null, fields, misses, false);
  if (e.kidnapped !== undefined) checkFigure('kidnapped', e.kidnapped, p?.kidnapped ?? null, p !== null, fields, misses, false);

  for (const source of e.sources) {
    const alternatives = typeof source === 'string' ? [source] : source;
    const ok = p !== null && p.claims.some((c) => alternatives.some((a) => containsWords(c.source, a)));
    check('sources', ok, () => `source missing: ${alternatives.join(' | ')} (claim sources: ${uniqueSources(p?.claims ?? []).join(', ')})`);
  }
  if (e.claims_responsibility_via !== undefined) {
    const channel = e.claims_responsibility_via;
    const ok = p !== null && p.claims.some((c) => isResponsibilityClaim(c) && (containsWords(c.source, channel) || ` ${words(c.quote)} `.includes(` ${words(channel)} `)));
    check('claim_channel', ok, () => `claim of responsibility via ${channel} not found`);
  }
  return misses;
}

function checkFigure(
  name: 'killed' | 'killed_perpetrators' | 'wounded' | 'kidnapped',
  e: ExpectedFigure | null,
  p: ReconciledFigure | null,
  paired: boolean,
  fields: Record<ModernField, Tally>,
  misses: string[],
  withRange: boolean,
): void {
  const tally = (field: ModernField, ok: boolean, miss: string): void => {
    fields[field].total += 1;
    if (ok) fields[field].correct += 1;
    else if (paired) misses.push(miss);
  };
  const got = p === null ? 'none' : `${p.low ?? '∅'}/${p.best ?? '∅'}/${p.high ?? '∅'}${p.disputed ? ' disputed' : ''}`;
  const want = e === null ? 'none' : `${e.low}/${e.best}/${e.high}${e.disputed ? ' disputed' : ''}`;
  const miss = `${name}: expected ${want}, got ${got}`;
  const best = p?.best ?? null;
  tally(`${name}_best` as ModernField, paired && (e === null ? best === null : best === e.best), miss);
  if (!withRange || e === null) return;
  tally('killed_low', paired && p?.low === e.low, `${name} low: expected ${e.low}, got ${p?.low ?? '∅'}`);
  tally('killed_high', paired && p?.high === e.high, `${name} high: expected ${e.high}, got ${p?.high ?? '∅'}`);
  tally('killed_disputed', paired && p?.disputed === e.disputed, `${name} disputed: expected ${e.disputed}, got ${p?.disputed ?? '∅'}`);
}

function isResponsibilityClaim(claim: Claim): boolean {
  return claim.stance === 'claims' || (claim.field === 'perpetrator' && claim.value.status === 'claimed');
}

function uniqueSources(claims: Claim[]): string[] {
  return [...new Set(claims.map((c) => c.source))];
}

function describe(e: ExpectedIncident): string {
  return `${e.date ?? 'no date'}, ${e.place ?? 'no place'} ${e.country_code}, ${e.attack_types[0]}`;
}
