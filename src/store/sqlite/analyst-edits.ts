/**
 * Analysts' edits on SQLite: merge, split (by documents or by claims), move a claim, reject a
 * claim, grade a source, and undo any of them. Each is logged in `edits` with who, when, why and
 * what undo needs; merges are must-links and splits cannot-links, so automatic re-clustering
 * never overrides them. Every function runs inside the caller's transaction.
 */
import { NotFoundError, UsageError } from '../../core/errors.ts';
import type { Reliability, SourceEntity, SourceKind } from '../../core/types.ts';
import type { AuditEntry, EditAuthor, EditResult } from '../store.ts';
import { deriveCluster, recluster, resolveIncidentId, type ClusterDb } from './incident-clusters.ts';

type Action = AuditEntry['action'];

function logEdit(db: ClusterDb, at: string, author: EditAuthor, action: Action, target: string, payload: Record<string, unknown>): number {
  const row = db.statement('INSERT INTO edits (at, user, action, target, payload, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id')
    .get(at, author.user, action, target, JSON.stringify(payload), author.note ?? null) as { id: number };
  return row.id;
}

function setPayload(db: ClusterDb, id: number, payload: Record<string, unknown>): void {
  db.statement('UPDATE edits SET payload = ? WHERE id = ?').run(JSON.stringify(payload), id);
}

function incidentOf(db: ClusterDb, id: string): string {
  const current = resolveIncidentId(db, id);
  if (current === null) throw new NotFoundError(`no incident ${id}`);
  return current;
}

function reportsOf(db: ClusterDb, incident: string): Array<{ id: string; document_id: string | null }> {
  return db.statement('SELECT r.id, r.document_id FROM reports r LEFT JOIN documents d ON d.id = r.document_id WHERE r.incident_id = ? ORDER BY coalesce(d.doc_no, 9e18), r.seq')
    .all(incident) as Array<{ id: string; document_id: string | null }>;
}

function chain(db: ClusterDb, edit: number, ids: string[]): Array<[string, string]> {
  const insert = db.statement('INSERT INTO must_links (edit_id, a, b) VALUES (?, ?, ?)');
  const pairs: Array<[string, string]> = [];
  for (let i = 1; i < ids.length; i++) {
    const [a, b] = ids[0]! < ids[i]! ? [ids[0]!, ids[i]!] : [ids[i]!, ids[0]!];
    insert.run(edit, a, b);
    pairs.push([a, b]);
  }
  return pairs;
}

function currentIncidents(db: ClusterDb, reports: string[]): string[] {
  const get = db.statement('SELECT incident_id FROM reports WHERE id = ?');
  return [...new Set(reports.map((r) => (get.get(r) as { incident_id: string } | undefined)?.incident_id).filter((x): x is string => !!x))];
}

export function mergeIncidents(db: ClusterDb, ids: string[], author: EditAuthor, at: string): EditResult {
  const incidents = [...new Set(ids.map((id) => incidentOf(db, id)))];
  if (incidents.length < 2) throw new UsageError(`merge: ${ids.join(', ')} ${incidents.length === 1 ? 'are already one incident' : 'name no incident'}`);
  const heads = incidents.map((i) => reportsOf(db, i)[0]!.id);
  const edit = logEdit(db, at, author, 'merge', incidents.join(' + '), {});
  const links = chain(db, edit, heads);
  setPayload(db, edit, { incidents, links });
  const assigned = recluster(db, heads, at);
  return { edit, incidents: [...new Set(assigned.values())] };
}

export function splitIncident(db: ClusterDb, id: string, part: { documents?: string[]; claims?: number[] }, author: EditAuthor, at: string): EditResult {
  const incident = incidentOf(db, id);
  const reports = reportsOf(db, incident);
  if ((part.documents?.length ?? 0) > 0 === (part.claims?.length ?? 0) > 0) throw new UsageError('split: give either --documents or --claims');
  if (part.documents?.length) {
    const docs = new Set(part.documents);
    const left = reports.filter((r) => r.document_id && docs.has(r.document_id)).map((r) => r.id);
    const right = reports.filter((r) => !left.includes(r.id)).map((r) => r.id);
    const unknown = part.documents.filter((d) => !reports.some((r) => r.document_id === d));
    if (unknown.length) throw new UsageError(`split: incident ${incident} has no report from ${unknown.join(', ')}`);
    if (right.length === 0) throw new UsageError(`split: every report of ${incident} is from those documents; nothing would remain`);
    const edit = logEdit(db, at, author, 'split', incident, {});
    const all = [...left, ...right];
    const json = JSON.stringify(all);
    // a split overrides earlier merges across its line; undo restores them
    const overridden = db.statement(
      'SELECT m.rowid AS rowid, m.edit_id, m.a, m.b FROM must_links m JOIN edits e ON e.id = m.edit_id WHERE e.undone_at IS NULL ' +
        'AND m.a IN (SELECT value FROM json_each(@ids)) AND m.b IN (SELECT value FROM json_each(@ids))',
    ).all({ ids: json }) as Array<{ rowid: number; edit_id: number; a: string; b: string }>;
    const crossing = overridden.filter((m) => left.includes(m.a) !== left.includes(m.b));
    for (const m of crossing) db.statement('DELETE FROM must_links WHERE rowid = ?').run(m.rowid);
    db.statement('INSERT INTO cannot_links (edit_id, left, right) VALUES (?, ?, ?)').run(edit, JSON.stringify(left), JSON.stringify(right));
    const links = [...chain(db, edit, left), ...chain(db, edit, right)];
    setPayload(db, edit, { incident, documents: part.documents, left, right, links, overridden: crossing.map(({ edit_id, a, b }) => ({ edit_id, a, b })) });
    recluster(db, all, at);
    return { edit, incidents: currentIncidents(db, [left[0]!, right[0]!]) };
  }
  const claimIds = part.claims!;
  const rows = db.statement('SELECT id, incident_id, moved_to FROM claims WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(claimIds)) as Array<{ id: number; incident_id: string; moved_to: string | null }>;
  const missing = claimIds.filter((c) => !rows.some((r) => r.id === c));
  if (missing.length) throw new UsageError(`split: incident ${incident} has no claim ${missing.join(', ')}`);
  const foreign = rows.filter((r) => r.incident_id !== incident);
  if (foreign.length) throw new UsageError(`split: claim ${foreign.map((r) => r.id).join(', ')} is not in incident ${incident}`);
  const edit = logEdit(db, at, author, 'split', incident, {});
  const report = `${incident}~split${edit}`;
  db.statement('INSERT INTO reports (id, document_id, incident_id, background, related, profile) VALUES (?, NULL, ?, 0, \'[]\', NULL)').run(report, report);
  db.statement('INSERT INTO incidents (id, sort_date, data, created_at, updated_at) VALUES (?, \'~\', \'{}\', ?, ?)').run(report, at, at);
  const move = db.statement('UPDATE claims SET moved_to = ? WHERE id = ?');
  for (const r of rows) move.run(report, r.id);
  const right = reports.map((r) => r.id);
  db.statement('INSERT INTO cannot_links (edit_id, left, right) VALUES (?, ?, ?)').run(edit, JSON.stringify([report]), JSON.stringify(right));
  setPayload(db, edit, { incident, report, claims: rows.map((r) => ({ id: r.id, moved_to: r.moved_to })) });
  deriveCluster(db, report, at, true);
  deriveCluster(db, incident, at, true);
  return { edit, incidents: [incident, report] };
}

export function moveClaim(db: ClusterDb, claimId: number, to: string, author: EditAuthor, at: string): EditResult {
  const claim = db.statement('SELECT id, incident_id, moved_to FROM claims WHERE id = ?').get(claimId) as { id: number; incident_id: string; moved_to: string | null } | undefined;
  if (!claim) throw new NotFoundError(`no claim ${claimId}`);
  const target = incidentOf(db, to);
  if (target === claim.incident_id) throw new UsageError(`move-claim: claim ${claimId} is already in incident ${target}`);
  const head = reportsOf(db, target)[0]!.id;
  const edit = logEdit(db, at, author, 'move-claim', `claim ${claimId} → ${target}`, { claim: claimId, from: claim.incident_id, to: target, moved_to: claim.moved_to, head });
  db.statement('UPDATE claims SET moved_to = ? WHERE id = ?').run(head, claimId);
  deriveCluster(db, claim.incident_id, at, true);
  deriveCluster(db, target, at, true);
  return { edit, incidents: [claim.incident_id, target] };
}

export function rejectClaim(db: ClusterDb, claimId: number, why: string, author: EditAuthor, at: string): EditResult {
  const claim = db.statement('SELECT id, incident_id, rejected FROM claims WHERE id = ?').get(claimId) as { id: number; incident_id: string; rejected: string | null } | undefined;
  if (!claim) throw new NotFoundError(`no claim ${claimId}`);
  if (why.trim() === '') throw new UsageError('reject-claim: say why (--why "...")');
  const edit = logEdit(db, at, author, 'reject-claim', `claim ${claimId}`, { claim: claimId, previous: claim.rejected });
  db.statement('UPDATE claims SET rejected = ? WHERE id = ?').run(JSON.stringify({ why, by: author.user, at }), claimId);
  deriveCluster(db, claim.incident_id, at, true);
  return { edit, incidents: [claim.incident_id] };
}

const GRADES = new Set(['A', 'B', 'C', 'D', 'E', 'F']);

export function findSource(db: ClusterDb, nameOrId: string): { id: string; name: string; kind: SourceKind; reliability: Reliability } {
  const byId = db.statement('SELECT id, name, kind, reliability FROM sources WHERE id = ?').get(nameOrId);
  if (byId) return byId as ReturnType<typeof findSource>;
  const rows = db.statement(
    'SELECT DISTINCT s.id, s.name, s.kind, s.reliability FROM sources s LEFT JOIN source_aliases a ON a.source_id = s.id ' +
      'WHERE lower(s.name) = lower(@name) OR a.alias_folded = lower(@name) ORDER BY s.id',
  ).all({ name: nameOrId }) as Array<ReturnType<typeof findSource>>;
  if (rows.length === 1) return rows[0]!;
  if (rows.length > 1) throw new UsageError(`"${nameOrId}" names several sources: ${rows.map((r) => `${r.name} [${r.id}]`).join('; ')}; give the id`);
  throw new NotFoundError(`no source "${nameOrId}" (sitrep sources list shows them)`);
}

export function gradeSource(db: ClusterDb, nameOrId: string, grade: Reliability, author: EditAuthor, at: string): EditResult & { source: SourceEntity } {
  if (!GRADES.has(grade)) throw new UsageError(`sources grade: ${grade} is not an Admiralty grade (A-F)`);
  const source = findSource(db, nameOrId);
  const edit = logEdit(db, at, author, 'grade-source', `${source.name}: ${source.reliability} → ${grade}`, { source: source.id, previous: source.reliability, grade });
  db.statement('UPDATE sources SET reliability = ? WHERE id = ?').run(grade, source.id);
  const incidents = rederiveSource(db, source.id, at);
  return { edit, incidents, source: { ...source, reliability: grade, aliases: [], claims: 0 } };
}

function rederiveSource(db: ClusterDb, sourceId: string, at: string): string[] {
  const incidents = db.statement('SELECT DISTINCT incident_id FROM claims WHERE source_id = ?').pluck().all(sourceId) as string[];
  for (const i of incidents) deriveCluster(db, i, at, true);
  return incidents;
}

export function undoEdit(db: ClusterDb, editId: number, author: EditAuthor, at: string): EditResult {
  const row = db.statement('SELECT id, action, payload, undone_at FROM edits WHERE id = ?').get(editId) as { id: number; action: Action; payload: string; undone_at: string | null } | undefined;
  if (!row) throw new NotFoundError(`no edit ${editId} (sitrep audit lists them)`);
  if (row.undone_at) throw new UsageError(`edit ${editId} was undone already`);
  const payload = JSON.parse(row.payload) as Record<string, unknown>;
  db.statement('UPDATE edits SET undone_at = ?, undone_by = ? WHERE id = ?').run(at, author.user, editId);
  switch (row.action) {
    case 'merge': {
      const links = payload.links as Array<[string, string]>;
      const seeds = links.flat();
      recluster(db, seeds, at);
      return { edit: editId, incidents: currentIncidents(db, seeds) };
    }
    case 'split': {
      if (payload.report) {
        const report = payload.report as string;
        const restore = db.statement('UPDATE claims SET moved_to = ? WHERE id = ?');
        for (const c of payload.claims as Array<{ id: number; moved_to: string | null }>) restore.run(c.moved_to, c.id);
        db.statement('DELETE FROM reports WHERE id = ?').run(report);
        const incident = payload.incident as string;
        const current = resolveIncidentId(db, incident) ?? incident;
        deriveCluster(db, current, at, true);
        db.statement('DELETE FROM incidents WHERE id = ? AND NOT EXISTS (SELECT 1 FROM reports WHERE incident_id = ?)').run(report, report);
        return { edit: editId, incidents: [current] };
      }
      const insert = db.statement('INSERT INTO must_links (edit_id, a, b) VALUES (?, ?, ?)');
      for (const m of payload.overridden as Array<{ edit_id: number; a: string; b: string }>) insert.run(m.edit_id, m.a, m.b);
      const seeds = [...(payload.left as string[]), ...(payload.right as string[])];
      recluster(db, seeds, at);
      return { edit: editId, incidents: currentIncidents(db, seeds) };
    }
    case 'move-claim': {
      db.statement('UPDATE claims SET moved_to = ? WHERE id = ?').run(payload.moved_to ?? null, payload.claim);
      const claim = db.statement('SELECT incident_id FROM claims WHERE id = ?').get(payload.claim) as { incident_id: string };
      const from = resolveIncidentId(db, payload.from as string) ?? (payload.from as string);
      deriveCluster(db, from, at, true);
      const to = claim.incident_id;
      deriveCluster(db, to, at, true);
      return { edit: editId, incidents: [...new Set([from, to, resolveIncidentId(db, payload.to as string) ?? (payload.to as string)])] };
    }
    case 'reject-claim': {
      db.statement('UPDATE claims SET rejected = ? WHERE id = ?').run(payload.previous ?? null, payload.claim);
      const claim = db.statement('SELECT incident_id FROM claims WHERE id = ?').get(payload.claim) as { incident_id: string };
      deriveCluster(db, claim.incident_id, at, true);
      return { edit: editId, incidents: [claim.incident_id] };
    }
    case 'grade-source': {
      db.statement('UPDATE sources SET reliability = ? WHERE id = ?').run(payload.previous, payload.source);
      return { edit: editId, incidents: rederiveSource(db, payload.source as string, at) };
    }
    default:
      throw new UsageError(`edit ${editId} (${row.action}) cannot be undone`);
  }
}

export function listEdits(db: ClusterDb): AuditEntry[] {
  return (db.statement('SELECT id, at, user, action, target, note, payload, undone_at, undone_by FROM edits ORDER BY id').all() as Array<Omit<AuditEntry, 'payload'> & { payload: string }>)
    .map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
}

export function listSources(db: ClusterDb): SourceEntity[] {
  const rows = db.statement(
    'SELECT s.id, s.name, s.kind, s.reliability, (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS claims FROM sources s ORDER BY claims DESC, s.name',
  ).all() as Array<Omit<SourceEntity, 'aliases'>>;
  const aliases = db.statement('SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias').pluck();
  return rows.map((r) => ({ ...r, aliases: aliases.all(r.id) as string[] }));
}
