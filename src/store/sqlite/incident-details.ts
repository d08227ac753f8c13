/**
 * What `show` adds to an incident: the ids that answer for it, its reports, why they were merged,
 * how each figure changed as documents came in, its sources with their grades, and each claim's
 * credibility.
 */
import type { Incident, MergeEvidence, Reliability, SourceEntity, SourceKind } from '../../core/types.ts';
import { assignCredibility } from '../../reconcile/claim-credibility.ts';
import { figureHistory } from '../../reconcile/figure-history.ts';
import { deriveAttribution } from '../../reconcile/derive-attribution.ts';
import type { ClusterDb } from './incident-clusters.ts';

export function incidentDetails(db: ClusterDb, incident: Incident): Incident {
  const reports = db.statement(
    'SELECT r.id, r.document_id, r.background FROM reports r LEFT JOIN documents d ON d.id = r.document_id WHERE r.incident_id = ? ORDER BY coalesce(d.doc_no, 9e18), r.seq',
  ).all(incident.id) as Array<{ id: string; document_id: string | null; background: number }>;
  const ids = JSON.stringify(reports.map((r) => r.id));
  const links = db.statement(
    'SELECT a, b, score, evidence, NULL AS edit_id FROM report_links WHERE a IN (SELECT value FROM json_each(@ids)) AND b IN (SELECT value FROM json_each(@ids)) ' +
      'UNION ALL SELECT m.a, m.b, 100, json_object(\'parts\', json_object(\'manual\', 100), \'notes\', json_array(\'merged by \' || e.user || \' on \' || e.at || coalesce(\': \' || e.note, \'\'))), m.edit_id ' +
      'FROM must_links m JOIN edits e ON e.id = m.edit_id WHERE e.undone_at IS NULL AND m.a IN (SELECT value FROM json_each(@ids)) AND m.b IN (SELECT value FROM json_each(@ids)) ORDER BY 1, 2',
  ).all({ ids }) as Array<{ a: string; b: string; score: number; evidence: string; edit_id: number | null }>;
  const merge_evidence: MergeEvidence[] = links.map((l) => {
    const e = JSON.parse(l.evidence) as { parts: Record<string, number>; notes: string[] };
    return { a: l.a, b: l.b, decided: l.edit_id === null ? 'auto' : 'manual', score: l.score, parts: e.parts, notes: e.notes };
  });
  const documents = db.statement(
    'SELECT d.id, d.published FROM documents d WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.doc_no',
  ).all(JSON.stringify(incident.documents)) as Array<{ id: string; published: string | null }>;
  const claims = assignCredibility(incident.claims);
  const counts = new Map<string, number>();
  for (const c of claims) if (c.source_id) counts.set(c.source_id, (counts.get(c.source_id) ?? 0) + 1);
  const sources: SourceEntity[] = [];
  const getSource = db.statement('SELECT id, name, kind, reliability FROM sources WHERE id = ?');
  const aliases = db.statement('SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias').pluck();
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const row = getSource.get(id) as { id: string; name: string; kind: SourceKind; reliability: Reliability } | undefined;
    if (row) sources.push({ ...row, aliases: aliases.all(id) as string[], claims: n });
  }
  return {
    ...incident,
    claims,
    aliases: reports.map((r) => r.id).filter((id) => id !== incident.id),
    reports: reports.map((r) => ({ id: r.id, document: r.document_id ?? '', background: r.background === 1 })),
    merge_evidence,
    figure_history: figureHistory(incident.claims, documents, db.reliability),
    sources,
    attribution: deriveAttribution(claims),
  };
}
