import type { Incident, ReconciledFigure } from '../../core/types.ts';
import { incidentDateStart, incidentMonthDay } from './incident-dates.ts';

/** Named parameters of the incident upsert: the normalised columns and the rest as JSON. */
export type IncidentRow = Record<string, string | number | null>;

const figureFields = ['killed', 'killed_perpetrators', 'wounded', 'kidnapped'] as const;

/** The `incidents` row of an incident (without timestamps). Claims and documents live in their own tables. */
export function incidentToRow(incident: Incident): IncidentRow {
  const { claims: _claims, documents: _documents, ...rest } = incident;
  const place = incident.place;
  const dateStart = incidentDateStart(incident.date ?? null);
  const row: IncidentRow = {
    id: incident.id,
    date: incident.date ?? null,
    date_start: dateStart,
    sort_date: dateStart ?? '~',
    month_day: incidentMonthDay(incident.date ?? null),
    place_name: place?.name ?? null,
    place_admin1: place?.admin1 ?? null,
    place_country: place?.country ?? null,
    place_country_code: place?.country_code ? place.country_code.toUpperCase() : null,
    place_lat: place?.lat ?? null,
    place_lon: place?.lon ?? null,
    place_precision: place?.precision ?? null,
    attack_types: JSON.stringify(incident.attack_types ?? []),
    data: JSON.stringify(rest),
  };
  for (const field of figureFields) {
    const figure: ReconciledFigure | undefined = incident[field];
    row[`${field}_low`] = figure?.low ?? null;
    row[`${field}_best`] = figure?.best ?? null;
    row[`${field}_high`] = figure?.high ?? null;
    row[`${field}_disputed`] = figure?.disputed ? 1 : 0;
  }
  return row;
}

/** Column names of `incidentToRow`, in a fixed order. */
export const incidentColumns: readonly string[] = [
  'id',
  'date',
  'date_start',
  'sort_date',
  'month_day',
  'place_name',
  'place_admin1',
  'place_country',
  'place_country_code',
  'place_lat',
  'place_lon',
  'place_precision',
  'attack_types',
  'data',
  ...figureFields.flatMap((f) => [`${f}_low`, `${f}_best`, `${f}_high`, `${f}_disputed`]),
];
