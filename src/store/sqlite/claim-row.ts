import type { Claim } from '../../core/types.ts';

/** The columns of one `claims` row, in insert order (after incident_id). */
export interface ClaimRow {
  document_id: string;
  field: string;
  value: string;
  source: string;
  source_kind: string;
  stance: string;
  quote: string;
  start: number;
  end: number;
  reported_at: string | null;
  details: string | null;
}

const columnKeys = new Set([
  'field',
  'value',
  'source',
  'source_kind',
  'stance',
  'quote',
  'document',
  'start',
  'end',
  'reported_at',
  // kept by the store in their own columns or derived on reading
  'id',
  'source_id',
  'rejected',
  'credibility',
  'copy_of',
]);

/** Split a claim into its normalised columns; every other key (the figure, extras) goes to `details`. */
export function claimToRow(claim: Claim): ClaimRow {
  const details: Record<string, unknown> = {};
  let hasDetails = false;
  for (const [key, value] of Object.entries(claim)) {
    if (columnKeys.has(key) || value === undefined) continue;
    details[key] = value;
    hasDetails = true;
  }
  return {
    document_id: claim.document,
    field: claim.field,
    value: JSON.stringify(claim.value),
    source: claim.source,
    source_kind: claim.source_kind,
    stance: claim.stance,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    reported_at: claim.reported_at ?? null,
    details: hasDetails ? JSON.stringify(details) : null,
  };
}

/** Rebuild the claim that `claimToRow` stored. */
export function claimFromRow(row: ClaimRow): Claim {
  const claim = {
    field: row.field,
    value: JSON.parse(row.value) as unknown,
    source: row.source,
    source_kind: row.source_kind,
    stance: row.stance,
    quote: row.quote,
    document: row.document_id,
    start: row.start,
    end: row.end,
    reported_at: row.reported_at,
  };
  return (row.details === null ? claim : { ...claim, ...(JSON.parse(row.details) as object) }) as Claim;
}
