/**
 * Who says who did it, across every source of an incident: for each named perpetrator, who
 * claimed it (and through which channel, when), who blamed it, who suspected it, who denied and
 * who doubted it, each with the quote. The perpetrator's status (`derivePerpetrators`) follows
 * from the same claims.
 */
import type { Claim, PerpetratorStatus } from '../core/types.ts';
import { countedClaims } from './reconcile-figures.ts';
import { derivePerpetrators, isDescriptor } from './derive-incident.ts';

export interface AttributionStatement {
  source: string;
  source_kind: string;
  /** For a claim of responsibility made through a group's channel (Amaq), the channel. */
  channel?: string;
  speaker?: string;
  reported_at: string | null;
  quote: string;
  document: string;
  claim?: number;
}

export interface Attribution {
  name: string;
  status: PerpetratorStatus;
  claimed_by: AttributionStatement[];
  blamed_by: AttributionStatement[];
  suspected_by: AttributionStatement[];
  denied_by: AttributionStatement[];
  doubted_by: AttributionStatement[];
}

function statement(c: Claim): AttributionStatement {
  return {
    source: c.source, source_kind: c.source_kind, ...(c.source_kind === 'group_media' ? { channel: c.source } : {}),
    ...(c.speaker ? { speaker: c.speaker } : {}), reported_at: c.reported_at, quote: c.quote, document: c.document, ...(c.id !== undefined ? { claim: c.id } : {}),
  };
}

export function deriveAttribution(allClaims: Claim[]): Attribution[] {
  const claims = countedClaims(allClaims).filter((c): c is Extract<Claim, { field: 'perpetrator' }> => c.field === 'perpetrator' && !isDescriptor(c.value));
  const statuses = new Map(derivePerpetrators(claims).map((p) => [p.name, p.status]));
  const out = new Map<string, Attribution>();
  for (const c of claims) {
    const name = c.value.name;
    const entry = out.get(name) ?? { name, status: statuses.get(name) ?? 'disputed', claimed_by: [], blamed_by: [], suspected_by: [], denied_by: [], doubted_by: [] };
    const s = statement(c);
    if (c.stance === 'claims') entry.claimed_by.push(s);
    else if (c.stance === 'denies') entry.denied_by.push(s);
    else if (c.stance === 'doubts') entry.doubted_by.push(s);
    else if (c.value.status === 'suspected') entry.suspected_by.push(s);
    else entry.blamed_by.push(s);
    out.set(name, entry);
  }
  return [...out.values()];
}
