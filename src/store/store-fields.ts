/**
 * The fields a store adds to what it was given: on an incident its aliases, reports, merge
 * evidence, figure history, sources and attribution; on a claim its id, source entity and credibility.
 * `withoutStoreFields` gives back the incident as the extraction made it, for comparing round trips.
 */
import type { Claim, Incident } from '../core/types.ts';

const INCIDENT_FIELDS = ['aliases', 'reports', 'merge_evidence', 'figure_history', 'sources', 'attribution'] as const;
const CLAIM_FIELDS = ['id', 'source_id', 'credibility'] as const;

export function withoutStoreFields(incident: Incident): Incident {
  const out: Record<string, unknown> = { ...incident };
  for (const key of INCIDENT_FIELDS) delete out[key];
  out.claims = incident.claims.map((c) => {
    const claim: Record<string, unknown> = { ...c };
    for (const key of CLAIM_FIELDS) delete claim[key];
    return claim as unknown as Claim;
  });
  return out as unknown as Incident;
}
