/**
 * Incident date and place accuracy against the original MUC-3/4 answer keys (INCIDENT: DATE
 * and INCIDENT: LOCATION). Per document, predicted incidents are paired one-to-one with key
 * templates so as to maximise the number of correct fields; then, per field:
 * - `gold`: key templates that give the field (for `city`: that name a settlement);
 * - `predicted`: predicted incidents that give it (paired or not);
 * - `attempted`: pairs where both do; `correct`: pairs where the prediction is right.
 * precision = correct/predicted, recall = correct/gold, accuracy = correct/attempted.
 *
 * A date is right at day level when it is a full date inside one of the key's alternatives
 * (`- 19 APR 89`, "on or before", is open at the start unless `openStartDays` bounds it); at
 * month level when its month overlaps one. A country is right when its ISO2 code (a name is
 * mapped with the MUC-4 country table) equals the key's; a city when its name, compared
 * without case or accents, equals a settlement (CITY, TOWN, VILLAGE…) named by the key.
 */
import type { Incident } from '../../core/types.ts';
import { Muc4Error } from './muc4-types.ts';
import type { Muc4AnswerKeys, Muc4KeyTemplate } from './answer-keys.ts';
import { bestAssignment } from './best-assignment.ts';
import { muc4CountryCode } from './country-codes.ts';
import type { DateRange } from './key-fills.ts';

export interface PlaceDatePrediction {
  id: string;
  incidents: Array<{ date: string | null; country: string | null; city: string | null }>;
}

const CITY_PRECISIONS = new Set(['point', 'city', 'district']);

/**
 * The date and place of a document's incidents as the scorer reads them: background mentions
 * left out (as `muc4 predict` does), the country code of the place, and its name when the place
 * is a settlement (point, city or district precision).
 */
export function toPlaceDatePrediction(id: string, incidents: readonly Incident[]): PlaceDatePrediction {
  return {
    id,
    incidents: incidents.filter((i) => !i.background).map((i) => ({
      date: i.date,
      country: i.place?.country_code ?? null,
      city: i.place && CITY_PRECISIONS.has(i.place.precision) ? i.place.name : null,
    })),
  };
}

export interface PlaceDateFieldScore {
  correct: number;
  attempted: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  accuracy: number;
}

export const PLACE_DATE_FIELDS = ['dateDay', 'dateMonth', 'country', 'city'] as const;
export type PlaceDateField = (typeof PLACE_DATE_FIELDS)[number];

export interface PlaceDateScore {
  documents: number;
  keyTemplates: number;
  predictedIncidents: number;
  pairs: number;
  fields: Record<PlaceDateField, PlaceDateFieldScore>;
  cappedDocuments: string[];
}

export interface PlaceDateOptions {
  /** Documents to evaluate; default: the ids in `predictions`. Listed ids absent from the predictions predict nothing. */
  ids?: readonly string[];
  /** Count the key's OPTIONAL templates (default true, as the GTT split keeps them). */
  includeOptional?: boolean;
  /** Bound "on or before D" key dates to the `openStartDays` days before D (default: unbounded). */
  openStartDays?: number;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** Normalises a place name for comparison: no accents, upper case, single spaces. */
export function placeKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();
}

/** ISO2 code of a predicted country: an ISO2 code as given, or a name through the MUC-4 table. */
export function predictedCountryCode(country: string | null): string | null {
  if (country === null || country.trim() === '') return null;
  const t = country.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
  return muc4CountryCode(placeKey(t));
}

function dateInRange(date: string, range: DateRange, openStartDays: number | undefined): boolean {
  const d = dayNumber(date);
  const to = dayNumber(range.to);
  const from = range.from !== null ? dayNumber(range.from) : openStartDays === undefined ? -Infinity : to - openStartDays;
  return d >= from && d <= to;
}

function monthInRange(month: string, range: DateRange): boolean {
  const toMonth = range.to.slice(0, 7);
  return month <= toMonth && (range.from === null || month >= range.from.slice(0, 7));
}

interface KeyFacts {
  ranges: DateRange[];
  codes: Set<string>;
  settlements: Set<string>;
}

interface PredictedFacts {
  fullDate: string | null;
  month: string | null;
  code: string | null;
  city: string | null;
}

function keyFacts(key: Muc4KeyTemplate): KeyFacts {
  const readings = key.location?.alternatives ?? [];
  return {
    ranges: key.date?.alternatives ?? [],
    codes: new Set(readings.map((r) => r.countryCode).filter((c): c is string => c !== null)),
    settlements: new Set(readings.flatMap((r) => r.settlements).map(placeKey)),
  };
}

function predictedFacts(incident: PlaceDatePrediction['incidents'][number]): PredictedFacts {
  const date = incident.date ?? '';
  return {
    fullDate: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    month: /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null,
    code: predictedCountryCode(incident.country),
    city: incident.city !== null && incident.city.trim() !== '' ? placeKey(incident.city) : null,
  };
}

const keyHas: Record<PlaceDateField, (k: KeyFacts) => boolean> = {
  dateDay: (k) => k.ranges.length > 0,
  dateMonth: (k) => k.ranges.length > 0,
  country: (k) => k.codes.size > 0,
  city: (k) => k.settlements.size > 0,
};

const predictionHas: Record<PlaceDateField, (p: PredictedFacts) => boolean> = {
  dateDay: (p) => p.fullDate !== null,
  dateMonth: (p) => p.month !== null,
  country: (p) => p.code !== null,
  city: (p) => p.city !== null,
};

function correctFields(k: KeyFacts, p: PredictedFacts, options: PlaceDateOptions): Record<PlaceDateField, boolean> {
  return {
    dateDay: p.fullDate !== null && k.ranges.some((r) => dateInRange(p.fullDate!, r, options.openStartDays)),
    dateMonth: p.month !== null && k.ranges.some((r) => monthInRange(p.month!, r)),
    country: p.code !== null && k.codes.has(p.code),
    city: p.city !== null && k.settlements.has(p.city),
  };
}

function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function scorePlacesAndDates(
  keys: Muc4AnswerKeys,
  predictions: readonly PlaceDatePrediction[],
  options: PlaceDateOptions = {},
): PlaceDateScore {
  const byId = new Map<string, PlaceDatePrediction>();
  for (const prediction of predictions) {
    if (!keys.has(prediction.id)) throw new Muc4Error('MUC4_UNKNOWN_ID', 'predicted document id is not in the answer keys', prediction.id);
    if (byId.has(prediction.id)) throw new Muc4Error('MUC4_DUPLICATE_ID', 'document id appears twice in predictions', prediction.id);
    byId.set(prediction.id, prediction);
  }
  const ids = options.ids ?? predictions.map((p) => p.id);
  const counts = {} as Record<PlaceDateField, { correct: number; attempted: number; predicted: number; gold: number }>;
  for (const field of PLACE_DATE_FIELDS) counts[field] = { correct: 0, attempted: 0, predicted: 0, gold: 0 };
  let keyTemplates = 0;
  let predictedIncidents = 0;
  let pairCount = 0;
  const cappedDocuments: string[] = [];
  for (const id of ids) {
    const allKeys = keys.get(id);
    if (allKeys === undefined) throw new Muc4Error('MUC4_UNKNOWN_ID', 'document id is not in the answer keys', id);
    const templates = options.includeOptional === false ? allKeys.filter((t) => !t.optional) : allKeys;
    const incidents = byId.get(id)?.incidents ?? [];
    keyTemplates += templates.length;
    predictedIncidents += incidents.length;
    const keyed = templates.map(keyFacts);
    const predicted = incidents.map(predictedFacts);
    const verdicts = predicted.map((p) => keyed.map((k) => correctFields(k, p, options)));
    const weights = verdicts.map((row) => row.map((v) => PLACE_DATE_FIELDS.filter((f) => v[f]).length));
    const assignment = bestAssignment(weights, templates.length);
    if (assignment.capped) cappedDocuments.push(id);
    pairCount += assignment.pairs.length;
    for (const field of PLACE_DATE_FIELDS) {
      counts[field].gold += keyed.filter(keyHas[field]).length;
      counts[field].predicted += predicted.filter(predictionHas[field]).length;
    }
    for (const [i, j] of assignment.pairs) {
      for (const field of PLACE_DATE_FIELDS) {
        if (keyHas[field](keyed[j]!) && predictionHas[field](predicted[i]!)) counts[field].attempted++;
        if (verdicts[i]![j]![field]) counts[field].correct++;
      }
    }
  }
  const fields = {} as Record<PlaceDateField, PlaceDateFieldScore>;
  for (const field of PLACE_DATE_FIELDS) {
    const c = counts[field];
    fields[field] = { ...c, precision: rate(c.correct, c.predicted), recall: rate(c.correct, c.gold), accuracy: rate(c.correct, c.attempted) };
  }
  return { documents: ids.length, keyTemplates, predictedIncidents, pairs: pairCount, fields, cappedDocuments };
}

const pct = (value: number): string => (value * 100).toFixed(1);

/** A plain-text table of the place and date scores. */
export function formatPlaceDateScore(score: PlaceDateScore): string {
  const rows = [['field', 'P', 'R', 'acc', 'correct', 'attempted', 'predicted', 'gold']];
  for (const field of PLACE_DATE_FIELDS) {
    const s = score.fields[field];
    rows.push([field, pct(s.precision), pct(s.recall), pct(s.accuracy), String(s.correct), String(s.attempted), String(s.predicted), String(s.gold)]);
  }
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  const lines = rows.map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  lines.push(`${score.documents} documents, ${score.keyTemplates} key templates, ${score.predictedIncidents} predicted incidents, ${score.pairs} pairs`);
  return lines.join('\n');
}
