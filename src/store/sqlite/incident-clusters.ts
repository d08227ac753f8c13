/**
 * Incidents across documents on SQLite: each document's incidents are stored as reports, linked
 * to the stored reports that describe the same event (indexed candidate retrieval by date window
 * and country, then the pure pair score of `reconcile/`), and the reports are clustered into
 * incidents (`clusterReports`) whose values are derived again from all their claims. Analysts'
 * merges are must-links, their splits cannot-links, both respected by every re-clustering.
 * Every function runs inside the caller's transaction.
 */
import type Database from 'better-sqlite3';
import type { Claim, Incident, SourceDocument } from '../../core/types.ts';
import { clusterReports, type CannotLink, type ReportLink, type ReportNode } from '../../reconcile/cluster-reports.ts';
import { deriveIncident } from '../../reconcile/derive-incident.ts';
import { profileReport, type ReportProfile } from '../../reconcile/report-profile.ts';
import { reportsMatch, scoreReportPair } from '../../reconcile/score-report-pair.ts';
import { claimFromRow, claimToRow, type ClaimRow } from './claim-row.ts';

type Statement = Database.Statement<unknown[], unknown>;

export interface ClusterDb {
  statement(sql: string): Statement;
  /** Write the incident row and its link tables (types, actors, places, documents). */
  writeIncidentRow(incident: Incident, stamp: string): void;
  /** Source grade lookup for figure reconciliation. */
  reliability(sourceId: string): 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
}

/** Beyond this many reports a connected group is re-clustered from the incidents it touches only. */
const MAX_COMPONENT = 5000;

interface ReportRow {
  seq: number;
  id: string;
  document_id: string | null;
  incident_id: string;
  background: number;
  related: string;
  profile: string | null;
}

export const CLAIM_SELECT =
  'SELECT c.id, c.incident_id, c.document_id, c.field, c.value, c.source, c.source_kind, c.stance, c.quote, c.start, ' +
  'c."end" AS "end", c.reported_at, c.details, c.source_id, c.rejected, d.copy_of FROM claims c JOIN documents d ON d.id = c.document_id';

export type StoredClaimRow = ClaimRow & { id: number; incident_id: string; source_id: string | null; rejected: string | null; copy_of: string | null };

/** A stored claim with its store-side fields. */
export function storedClaim(row: StoredClaimRow): Claim {
  const claim = claimFromRow(row);
  claim.id = row.id;
  if (row.source_id) claim.source_id = row.source_id;
  if (row.rejected) claim.rejected = JSON.parse(row.rejected) as Claim['rejected'];
  if (row.copy_of) claim.copy_of = row.copy_of;
  return claim;
}

/** Insert a document's incidents as reports (each its own incident at first) with their claims. */
export function insertReports(db: ClusterDb, document: SourceDocument, incidents: Incident[], stamp: string, sourceIdOf: (c: Claim, i: Incident) => string | null, copyOf: string | null = null): string[] {
  const ids: string[] = [];
  const given: Array<[string, string]> = [];
  const taken = db.statement('SELECT document_id FROM reports WHERE id = ?');
  const renamed = new Map<string, string>();
  for (const incident of incidents) {
    const owner = taken.get(incident.id) as { document_id: string | null } | undefined;
    // The caller gave the id of an incident stored from another document: the same incident, said so.
    const id = owner ? `${document.id}~${incident.id}` : incident.id;
    if (owner) given.push([id, incident.id]);
    renamed.set(incident.id, id);
  }
  const insertReport = db.statement(
    'INSERT INTO reports (id, document_id, incident_id, background, related, profile, day_lo, day_hi, month_day, yearless, country_code) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertClaim = db.statement(
    'INSERT INTO claims (incident_id, report_id, document_id, field, value, source, source_kind, stance, quote, start, "end", reported_at, details, source_id) ' +
      'VALUES (@incident_id, @report_id, @document_id, @field, @value, @source, @source_kind, @stance, @quote, @start, @end, @reported_at, @details, @source_id)',
  );
  for (const original of incidents) {
    const id = renamed.get(original.id)!;
    const own = original.claims.filter((c) => c.document === document.id);
    const related = original.related.map((r) => renamed.get(r) ?? r).filter((r) => r !== id);
    const incident: Incident = { ...original, id, related, claims: own, documents: [document.id] };
    const profile = profileReport(incident, document.published, copyOf);
    insertReport.run(
      id, document.id, id, incident.background ? 1 : 0, JSON.stringify(related), JSON.stringify(profile),
      profile.window?.lo ?? null, profile.window?.hi ?? null, profile.monthDay, profile.yearless ? 1 : 0,
      profile.place?.country_code?.toUpperCase() ?? null,
    );
    db.writeIncidentRow(incident, stamp);
    for (const claim of own) {
      insertClaim.run({ incident_id: id, report_id: id, ...claimToRow(claim), source_id: claim.source_id ?? sourceIdOf(claim, incident) });
    }
    ids.push(id);
  }
  const link = db.statement('INSERT OR REPLACE INTO report_links (a, b, score, evidence) VALUES (?, ?, ?, ?)');
  for (const [a, b] of given) {
    const [x, y] = a < b ? [a, b] : [b, a];
    link.run(x, y, 100, JSON.stringify({ parts: { given: 100 }, notes: ['the extractor gave both reports one incident id'] }));
  }
  return ids;
}

function readProfile(row: { profile: string | null }): ReportProfile | null {
  return row.profile ? (JSON.parse(row.profile) as ReportProfile) : null;
}

/** Stored reports that may describe the same event as `p`: overlapping date windows (or the same year-less day) and a compatible country. */
function candidates(db: ClusterDb, p: ReportProfile): ReportRow[] {
  const rows: ReportRow[] = [];
  const cols = 'seq, id, document_id, incident_id, background, related, profile';
  const cc = p.place?.country_code?.toUpperCase() ?? null;
  if (p.window) {
    // windows are at most a year and a week long, so day_lo >= lo - 372 days bounds the index range
    const from = new Date(Date.parse(`${p.window.lo}T00:00:00Z`) - 372 * 86_400_000).toISOString().slice(0, 10);
    const where = 'day_lo >= ? AND day_lo <= ? AND day_hi >= ? AND document_id IS NOT ?';
    if (cc) {
      rows.push(...(db.statement(`SELECT ${cols} FROM reports WHERE country_code = ? AND ${where}`).all(cc, from, p.window.hi, p.window.lo, p.document) as ReportRow[]));
      rows.push(...(db.statement(`SELECT ${cols} FROM reports WHERE country_code IS NULL AND ${where}`).all(from, p.window.hi, p.window.lo, p.document) as ReportRow[]));
    } else {
      rows.push(...(db.statement(`SELECT ${cols} FROM reports WHERE ${where}`).all(from, p.window.hi, p.window.lo, p.document) as ReportRow[]));
    }
  }
  if (p.monthDay) {
    // a year-less day matches any report of that day; a dated report matches the year-less reports of its day
    const sql = `SELECT ${cols} FROM reports r WHERE r.month_day = ? AND r.document_id IS NOT ?${p.yearless ? '' : ' AND r.yearless = 1'}`;
    const found = db.statement(sql).all(p.monthDay, p.document) as ReportRow[];
    rows.push(...found.filter((r) => {
      const q = readProfile(r);
      const qc = q?.place?.country_code?.toUpperCase() ?? null;
      return !cc || !qc || cc === qc;
    }));
  }
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/** Score each new report against its candidates and the other new reports of its document; store the links that match. */
export function linkReports(db: ClusterDb, reportIds: string[], threshold?: number): void {
  const get = db.statement('SELECT seq, id, document_id, incident_id, background, related, profile FROM reports WHERE id = ?');
  const link = db.statement('INSERT OR IGNORE INTO report_links (a, b, score, evidence) VALUES (?, ?, ?, ?)');
  const fresh = reportIds.map((id) => readProfile(get.get(id) as ReportRow)!).filter(Boolean);
  const consider = (p: ReportProfile, q: ReportProfile) => {
    const pair = scoreReportPair(p, q);
    if (!reportsMatch(pair, threshold)) return;
    const [a, b] = p.id < q.id ? [p.id, q.id] : [q.id, p.id];
    link.run(a, b, pair.score, JSON.stringify({ parts: pair.parts, notes: pair.notes }));
  };
  for (let i = 0; i < fresh.length; i++) {
    const p = fresh[i]!;
    for (const row of candidates(db, p)) {
      const q = readProfile(row);
      if (q) consider(p, q);
    }
    for (let j = i + 1; j < fresh.length; j++) consider(p, fresh[j]!);
  }
}

/** Reports connected to the seeds through links (bounded), with the reports of the incidents they are in. */
function component(db: ClusterDb, seeds: string[]): string[] {
  const neighbours = db.statement(
    'SELECT b AS id FROM report_links WHERE a = @id UNION SELECT a AS id FROM report_links WHERE b = @id ' +
      'UNION SELECT b AS id FROM must_links WHERE a = @id UNION SELECT a AS id FROM must_links WHERE b = @id',
  ).pluck();
  const sameIncident = db.statement('SELECT r2.id FROM reports r1 JOIN reports r2 ON r2.incident_id = r1.incident_id WHERE r1.id = ?').pluck();
  const seen = new Set<string>(seeds);
  const queue = [...seeds];
  while (queue.length > 0 && seen.size < MAX_COMPONENT) {
    const id = queue.pop()!;
    for (const next of [...(neighbours.all({ id }) as string[]), ...(sameIncident.all(id) as string[])]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

/** Re-cluster the reports connected to the seeds and derive every incident that changed. Returns the seeds' incident ids. */
export function recluster(db: ClusterDb, seeds: string[], stamp: string): Map<string, string> {
  const ids = component(db, seeds);
  const json = JSON.stringify(ids);
  const rows = db.statement('SELECT seq, id, document_id, incident_id, background, related, profile FROM reports WHERE id IN (SELECT value FROM json_each(?))').all(json) as ReportRow[];
  const nodes: ReportNode[] = rows.map((r) => {
    const p = readProfile(r);
    const precise = p?.place && ['point', 'city', 'district'].includes(p.place.precision) ? p.place.country_code : null;
    return { id: r.id, seq: r.seq, country: precise ?? null, day: p?.date ?? null };
  });
  const links = (db.statement(
    'SELECT a, b, score, 0 AS manual FROM report_links WHERE a IN (SELECT value FROM json_each(@ids)) AND b IN (SELECT value FROM json_each(@ids)) ' +
      'UNION ALL SELECT m.a, m.b, 100, 1 FROM must_links m JOIN edits e ON e.id = m.edit_id WHERE e.undone_at IS NULL ' +
      'AND m.a IN (SELECT value FROM json_each(@ids)) AND m.b IN (SELECT value FROM json_each(@ids))',
  ).all({ ids: json }) as Array<{ a: string; b: string; score: number; manual: number }>).map((l): ReportLink => ({ a: l.a, b: l.b, score: l.score, manual: l.manual === 1 }));
  const cannot = (db.statement(
    'SELECT cl.left, cl.right FROM cannot_links cl JOIN edits e ON e.id = cl.edit_id WHERE e.undone_at IS NULL',
  ).all() as Array<{ left: string; right: string }>).map((c): CannotLink => ({ left: JSON.parse(c.left) as string[], right: JSON.parse(c.right) as string[] }));
  const assignment = clusterReports(nodes, links, cannot);

  const before = new Map(rows.map((r) => [r.id, r.incident_id]));
  const members = new Map<string, string[]>();
  for (const [report, incident] of assignment) {
    const list = members.get(incident);
    if (list) list.push(report);
    else members.set(incident, [report]);
  }
  const setIncident = db.statement('UPDATE reports SET incident_id = ? WHERE id = ?');
  const changed = new Set<string>();
  for (const [report, incident] of assignment) {
    if (before.get(report) !== incident) {
      setIncident.run(incident, report);
      changed.add(incident);
      changed.add(before.get(report)!);
    }
  }
  for (const seed of seeds) changed.add(assignment.get(seed) ?? seed);
  for (const incident of changed) {
    if (members.has(incident)) deriveCluster(db, incident, stamp);
  }
  // incidents left without reports: their claims have moved on
  const orphan = db.statement('DELETE FROM incidents WHERE id = ? AND NOT EXISTS (SELECT 1 FROM reports WHERE incident_id = ?)');
  for (const incident of changed) if (!members.has(incident)) orphan.run(incident, incident);
  return new Map(seeds.map((s) => [s, assignment.get(s) ?? s]));
}

/** Derive one incident from all the claims of its reports (and those moved into it) and write it. */
export function deriveCluster(db: ClusterDb, incidentId: string, stamp: string, force = false): void {
  const reports = db.statement(
    'SELECT r.seq, r.id, r.document_id, r.incident_id, r.background, r.related, r.profile FROM reports r LEFT JOIN documents d ON d.id = r.document_id ' +
      'WHERE r.incident_id = ? ORDER BY coalesce(d.doc_no, 9e18), r.seq',
  ).all(incidentId) as ReportRow[];
  if (reports.length === 0) return;
  const ids = JSON.stringify(reports.map((r) => r.id));
  // an incident id that comes back (a split-off part named by its oldest report) needs its row before its claims move in
  const created = db.statement("INSERT OR IGNORE INTO incidents (id, sort_date, data, created_at, updated_at) VALUES (?, '~', '{}', ?, ?)").run(incidentId, stamp, stamp).changes > 0;
  // two statements, each on its own index: the claims of the reports, and those moved into them
  db.statement('UPDATE claims SET incident_id = @id WHERE report_id IN (SELECT value FROM json_each(@ids)) AND moved_to IS NULL AND incident_id IS NOT @id').run({ id: incidentId, ids });
  db.statement('UPDATE claims SET incident_id = @id WHERE moved_to IN (SELECT value FROM json_each(@ids)) AND moved_to IS NOT NULL AND incident_id IS NOT @id').run({ id: incidentId, ids });
  const edited = (db.statement('SELECT count(*) AS n FROM claims WHERE incident_id = ? AND (rejected IS NOT NULL OR moved_to IS NOT NULL)').get(incidentId) as { n: number }).n > 0;
  const stored = db.statement('SELECT data FROM incidents WHERE id = ?').get(incidentId) as { data: string } | undefined;
  // A report on its own, untouched by analysts, keeps the values its extraction gave.
  if (reports.length === 1 && !edited && stored && !created && !force) return;
  const claims = (db.statement(`${CLAIM_SELECT} WHERE c.incident_id = ? ORDER BY d.doc_no, c.start, c.id`).all(incidentId) as StoredClaimRow[]).map(storedClaim);
  const assignment = db.statement('SELECT incident_id FROM reports WHERE id = ?');
  const related = new Set<string>();
  for (const r of reports) {
    for (const other of JSON.parse(r.related) as string[]) {
      const target = (assignment.get(other) as { incident_id: string } | undefined)?.incident_id ?? other;
      if (target !== incidentId) related.add(target);
    }
  }
  const documents = [...new Set([...reports.map((r) => r.document_id).filter((d): d is string => d !== null), ...claims.map((c) => c.document)])];
  const incident = deriveIncident(incidentId, claims, {
    related: [...related].sort(),
    documents,
    background: reports.every((r) => r.background === 1),
    reliability: db.reliability,
  });
  db.writeIncidentRow(incident, stamp);
}

/** The incident an id answers for: itself, or the incident its report is in now. */
export function resolveIncidentId(db: ClusterDb, id: string): string | null {
  if (db.statement('SELECT 1 FROM incidents WHERE id = ?').get(id)) return id;
  const row = db.statement('SELECT incident_id FROM reports WHERE id = ?').get(id) as { incident_id: string } | undefined;
  return row?.incident_id ?? null;
}
