import Database from 'better-sqlite3';
import { SitrepError, StoreError, UsageError } from '../../core/errors.ts';
import type { Claim, Incident, ResolvedPlace, SourceDocument } from '../../core/types.ts';
import type { ActorCount, AuditEntry, EditAuthor, EditResult, IncidentFilter, ReportAssignment, SaveDocumentResult, Store, StoreStats } from '../store.ts';
import * as edits from './analyst-edits.ts';
import { documentFingerprint, NEAR_DUPLICATE_JACCARD, signatureSimilarity } from '../../reconcile/document-fingerprint.ts';
import { sourceIdentity } from '../../reconcile/source-identity.ts';
import type { Reliability, SourceEntity } from '../../core/types.ts';
import { CLAIM_SELECT, insertReports, linkReports, recluster, resolveIncidentId, storedClaim, type ClusterDb, type StoredClaimRow } from './incident-clusters.ts';
import { incidentDetails } from './incident-details.ts';
import {
  incidentFilterSql,
  pageBounds,
  subsetFilters,
  subsetProbeSql,
  type SubsetFilter,
  type SubsetMode,
} from './incident-filter-sql.ts';
import { incidentColumns, incidentToRow } from './incident-row.ts';
import { applyMigrations, checkSchemaVersion } from './migrate.ts';
import { listSites, listUserPlaces, removeSite, saveSite, saveUserPlaces } from './user-gazetteer-rows.ts';
import type { GazetteerPlace } from '../../geo/gazetteer/gazetteer-types.ts';
import type { Site } from '../../geo/coverage/site.ts';

export interface SqliteStoreOptions {
  /** Open without writing: no migration, no WAL switch; the schema must be current. */
  readonly?: boolean;
  /** Clock for `ingested_at`, `created_at` and `updated_at`. */
  now?: () => Date;
  /** Milliseconds to wait for a lock held by another connection. */
  busyTimeoutMs?: number;
  /** Merge each new document's incidents with the stored incidents they report (default true). */
  merge?: boolean;
  /** Pair score at which two reports are one incident (default MERGE_THRESHOLD; for measuring). */
  mergeThreshold?: number;
}

/** One item of `saveDocumentsBatch`. */
export interface BatchItem {
  document: SourceDocument;
  incidents: Incident[];
}

export type BatchItemResult =
  | SaveDocumentResult
  | { status: 'failed'; documentId: string; incidentIds: string[]; error: StoreError };

type Statement = Database.Statement<unknown[], unknown>;

/** Above this many matching incident links, a linked-table filter is checked row by row in listing order. */
const denseLinks = 2000;

interface DocumentRow {
  id: string;
  hash: string;
  text: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  origin: string | null;
  format: SourceDocument['format'];
}

/**
 * Open (and create or migrate) a SQLite store in one file. A file that is not a SQLite database,
 * or a database from a newer sitrep, gives a one-line `StoreError` naming the path.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(path, options.readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw new StoreError(`${path}: cannot open database: ${firstLine(error)}`, error);
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('foreign_keys = ON');
    if (options.readonly) {
      checkSchemaVersion(db, path);
    } else {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      applyMigrations(db, path);
    }
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    const reason = /not a database/i.test(firstLine(error)) ? 'not a SQLite database' : firstLine(error);
    throw new StoreError(`${path}: cannot open database: ${reason}`, error);
  }
  return new SqliteStore(db, path, options.now ?? (() => new Date()), options.merge ?? true, options.mergeThreshold);
}

/**
 * The `Store` on SQLite. Every async method has a synchronous twin (`…Sync`) for bulk loading and
 * benchmarks; the async ones only wrap them.
 */
export class SqliteStore implements Store {
  readonly path: string;
  readonly db: Database.Database;
  private readonly now: () => Date;
  private readonly statements = new Map<string, Statement>();
  private readonly saveTransaction: (document: SourceDocument, incidents: Incident[]) => SaveDocumentResult;
  /** What the clustering code needs of this store. */
  readonly clusterDb: ClusterDb;

  private readonly merge: boolean;

  private readonly mergeThreshold: number | undefined;

  constructor(db: Database.Database, path: string, now: () => Date, merge = true, mergeThreshold?: number) {
    this.merge = merge;
    this.mergeThreshold = mergeThreshold;
    this.db = db;
    this.path = path;
    this.now = now;
    this.saveTransaction = db.transaction((document: SourceDocument, incidents: Incident[]) =>
      this.writeDocument(document, incidents),
    );
    this.clusterDb = {
      statement: (sql) => this.statement(sql),
      writeIncidentRow: (incident, stamp) => this.writeIncidentRow(incident, stamp),
      reliability: (sourceId) => this.reliabilityOf(sourceId),
    };
  }

  // ---- Store interface -------------------------------------------------------------------

  async hasDocument(hash: string): Promise<boolean> {
    return this.hasDocumentSync(hash);
  }

  async saveDocument(document: SourceDocument, incidents: Incident[]): Promise<SaveDocumentResult> {
    return this.saveDocumentSync(document, incidents);
  }

  async getDocument(id: string): Promise<SourceDocument | null> {
    return this.getDocumentSync(id);
  }

  async getIncident(id: string): Promise<Incident | null> {
    return this.getIncidentSync(id);
  }

  async listIncidents(filter: IncidentFilter): Promise<Incident[]> {
    return this.listIncidentsSync(filter);
  }

  async countIncidents(filter: IncidentFilter): Promise<number> {
    return this.countIncidentsSync(filter);
  }

  async stats(): Promise<StoreStats> {
    return this.statsSync();
  }

  async savePlaces(places: readonly GazetteerPlace[]): Promise<number> {
    return saveUserPlaces(this.db, places, this.now());
  }

  async listPlaces(): Promise<GazetteerPlace[]> {
    return listUserPlaces(this.db);
  }

  async saveSite(site: Site): Promise<void> {
    saveSite(this.db, site, this.now());
  }

  async listSites(): Promise<Site[]> {
    return listSites(this.db);
  }

  async removeSite(idOrName: string): Promise<boolean> {
    return removeSite(this.db, idOrName);
  }

  async close(): Promise<void> {
    this.closeSync();
  }

  async listReports(): Promise<ReportAssignment[]> {
    return this.listReportsSync();
  }

  async mergeIncidents(ids: string[], author: EditAuthor): Promise<EditResult> {
    return this.edit((at) => edits.mergeIncidents(this.clusterDb, ids, author, at));
  }

  async splitIncident(id: string, part: { documents?: string[]; claims?: number[] }, author: EditAuthor): Promise<EditResult> {
    return this.edit((at) => edits.splitIncident(this.clusterDb, id, part, author, at));
  }

  async moveClaim(claimId: number, toIncident: string, author: EditAuthor): Promise<EditResult> {
    return this.edit((at) => edits.moveClaim(this.clusterDb, claimId, toIncident, author, at));
  }

  async rejectClaim(claimId: number, why: string, author: EditAuthor): Promise<EditResult> {
    return this.edit((at) => edits.rejectClaim(this.clusterDb, claimId, why, author, at));
  }

  async undoEdit(editId: number, author: EditAuthor): Promise<EditResult> {
    return this.edit((at) => edits.undoEdit(this.clusterDb, editId, author, at));
  }

  async listEdits(): Promise<AuditEntry[]> {
    return edits.listEdits(this.clusterDb);
  }

  async listSources(): Promise<SourceEntity[]> {
    return edits.listSources(this.clusterDb);
  }

  async gradeSource(nameOrId: string, grade: Reliability, author: EditAuthor): Promise<EditResult & { source: SourceEntity }> {
    return this.edit((at) => edits.gradeSource(this.clusterDb, nameOrId, grade, author, at));
  }

  async listActors(): Promise<ActorCount[]> {
    return this.statement(
      'SELECT a.name, a.kind, count(DISTINCT ia.incident_id) AS incidents FROM actors a ' +
        'JOIN incident_actors ia ON ia.actor_id = a.id JOIN incidents i ON i.id = ia.incident_id ' +
        'GROUP BY a.id ORDER BY incidents DESC, a.name',
    ).all() as ActorCount[];
  }

  /** Run an edit in one write transaction: all of it or nothing. */
  private edit<T>(run: (at: string) => T): T {
    const at = this.now().toISOString();
    try {
      return this.db.transaction(() => run(at)).immediate();
    } catch (error) {
      if (error instanceof SitrepError) throw error;
      throw new StoreError(`${this.path}: edit failed: ${firstLine(error)}; nothing was changed`, error);
    }
  }

  listReportsSync(): ReportAssignment[] {
    return (this.statement('SELECT id AS report, document_id AS document, incident_id AS incident, background FROM reports ORDER BY seq').all() as Array<Omit<ReportAssignment, 'background'> & { background: number }>)
      .map((r) => ({ ...r, background: r.background === 1 }));
  }

  // ---- synchronous API -------------------------------------------------------------------

  hasDocumentSync(hash: string): boolean {
    return this.statement('SELECT 1 FROM documents WHERE hash = ?').get(hash) !== undefined;
  }

  /** Store one document with its incidents and claims in one transaction (all or nothing). */
  saveDocumentSync(document: SourceDocument, incidents: Incident[]): SaveDocumentResult {
    try {
      return this.saveTransaction(document, incidents);
    } catch (error) {
      throw this.saveError(document, error);
    }
  }

  /**
   * Store many documents in one outer transaction (much faster for bulk loads). Each document is
   * still atomic on its own: a failing one is rolled back and reported, the others are kept.
   */
  saveDocumentsBatch(items: readonly BatchItem[]): BatchItemResult[] {
    const run = this.db.transaction((batch: readonly BatchItem[]) =>
      batch.map((item): BatchItemResult => {
        try {
          return this.saveTransaction(item.document, item.incidents);
        } catch (error) {
          return { status: 'failed', documentId: item.document.id, incidentIds: [], error: this.saveError(item.document, error) };
        }
      }),
    );
    try {
      return run.immediate(items);
    } catch (error) {
      throw new StoreError(`${this.path}: batch write failed: ${firstLine(error)}`, error);
    }
  }

  getDocumentSync(id: string): SourceDocument | null {
    const row = this.statement(
      'SELECT id, hash, text, title, outlet, author, url, published, origin, format, copy_of FROM documents WHERE id = ?',
    ).get(id) as (DocumentRow & { copy_of: string | null }) | undefined;
    if (!row) return null;
    const { copy_of, ...document } = row;
    return copy_of ? { ...document, copy_of } : document;
  }

  /** One incident with everything about it (aliases, reports, merge evidence, figure history, sources, credibility); an alias finds it. */
  getIncidentSync(id: string): Incident | null {
    const current = resolveIncidentId(this.clusterDb, id);
    if (current === null) return null;
    const row = this.statement('SELECT id, data FROM incidents WHERE id = ?').get(current) as IncidentDataRow | undefined;
    return row ? incidentDetails(this.clusterDb, this.hydrate([row])[0]!) : null;
  }

  listIncidentsSync(filter: IncidentFilter): Incident[] {
    const { limit, offset } = pageBounds(filter);
    return this.query(filter, () => {
      const { where, params } = incidentFilterSql(filter, limit >= 0 ? this.subsetModes(filter, limit + offset) : {});
      // Ids first (from indexes, in order), then the page's rows: the sort never carries incident JSON.
      const ids = this.statement(
        `SELECT i.id FROM incidents i ${where} ORDER BY i.sort_date, i.id LIMIT ? OFFSET ?`,
      ).pluck().all(...params, limit, offset) as string[];
      if (ids.length === 0) return [];
      const rows = this.statement('SELECT id, data FROM incidents WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify(ids),
      ) as IncidentDataRow[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return this.hydrate(ids.map((id) => byId.get(id)!));
    });
  }

  /**
   * For a page of `wanted` rows, read a linked-table filter in listing order (`check`) when it
   * matches many incidents, and by its matching ids (`select`) when it matches few.
   */
  private subsetModes(filter: IncidentFilter, wanted: number): Partial<Record<SubsetFilter, SubsetMode>> {
    const modes: Partial<Record<SubsetFilter, SubsetMode>> = {};
    const cap = Math.max(denseLinks, wanted * 20);
    for (const { kind, param } of subsetFilters(filter)) {
      const { n } = this.statement(subsetProbeSql(kind)).get(param, cap) as { n: number };
      modes[kind] = n >= cap ? 'check' : 'select';
    }
    return modes;
  }

  countIncidentsSync(filter: IncidentFilter): number {
    pageBounds(filter); // validated alike, though a count ignores the page
    const { where, params } = incidentFilterSql(filter);
    const sql = `SELECT count(*) AS n FROM incidents i ${where}`;
    const row = this.query(filter, () => this.statement(sql).get(...params)) as { n: number };
    return row.n;
  }

  statsSync(): StoreStats {
    return this.statement(
      'SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM incidents) AS incidents, ' +
        '(SELECT count(*) FROM claims) AS claims',
    ).get() as StoreStats;
  }

  closeSync(): void {
    if (!this.db.open) return;
    if (!this.db.readonly) {
      // Refresh the planner's statistics where they are stale; bounded, so closing stays quick.
      this.db.pragma('analysis_limit = 1000');
      this.db.pragma('optimize');
    }
    this.db.close();
  }

  // ---- writing ---------------------------------------------------------------------------

  private writeDocument(document: SourceDocument, incidents: Incident[]): SaveDocumentResult {
    const existing = this.statement('SELECT id FROM documents WHERE hash = ?').get(document.hash) as
      | { id: string }
      | undefined;
    if (existing) {
      const linked = this.statement(
        'SELECT DISTINCT incident_id FROM reports WHERE document_id = ? ORDER BY incident_id',
      ).all(existing.id) as Array<{ incident_id: string }>;
      return { status: 'unchanged', documentId: existing.id, incidentIds: linked.map((r) => r.incident_id) };
    }
    const stamp = this.now().toISOString();
    const fingerprint = documentFingerprint(document.text);
    const copyOf = fingerprint ? this.findOriginal(fingerprint.signature, fingerprint.bands) : null;
    const inserted = this.statement(
      'INSERT INTO documents (id, hash, text, title, outlet, author, url, published, origin, format, ingested_at, copy_of, signature) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING doc_no',
    ).get(
      document.id,
      document.hash,
      document.text,
      document.title ?? null,
      document.outlet ?? null,
      document.author ?? null,
      document.url ?? null,
      document.published ?? null,
      document.origin ?? null,
      document.format,
      stamp,
      copyOf,
      fingerprint ? JSON.stringify(fingerprint.signature) : null,
    ) as { doc_no: number };
    if (fingerprint) {
      const band = this.statement('INSERT OR IGNORE INTO document_bands (band, doc_no) VALUES (?, ?)');
      for (const key of fingerprint.bands) band.run(key, inserted.doc_no);
    }
    for (const incident of incidents) {
      if (typeof incident.id !== 'string' || incident.id === '') {
        throw new StoreError(`incident without an id in document ${document.id}`);
      }
      this.saveSources(incident, document);
    }
    const reports = insertReports(this.clusterDb, document, incidents, stamp, (claim, incident) => this.sourceIdOf(claim, incident, document), copyOf);
    if (this.merge) linkReports(this.clusterDb, reports, this.mergeThreshold);
    const assigned = recluster(this.clusterDb, reports, stamp);
    return { status: 'added', documentId: document.id, incidentIds: [...new Set(reports.map((r) => assigned.get(r) ?? r))] };
  }

  /** The stored document this text is a near-duplicate of (the original of a copy), if any. */
  private findOriginal(signature: number[], bands: string[]): string | null {
    const rows = this.statement(
      'SELECT d.id, d.copy_of, d.signature FROM documents d WHERE d.doc_no IN ' +
        '(SELECT doc_no FROM document_bands WHERE band IN (SELECT value FROM json_each(?))) ORDER BY d.doc_no LIMIT 200',
    ).all(JSON.stringify(bands)) as Array<{ id: string; copy_of: string | null; signature: string | null }>;
    let best: { id: string; similarity: number } | null = null;
    for (const row of rows) {
      if (!row.signature) continue;
      const similarity = signatureSimilarity(signature, JSON.parse(row.signature) as number[]);
      if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) best = { id: row.copy_of ?? row.id, similarity };
    }
    return best?.id ?? null;
  }

  /** The source entity of a claim that came without one. */
  private sourceIdOf(claim: Claim, incident: Incident, document: SourceDocument): string | null {
    const identity = sourceIdentity(claim, { outlet: document.outlet, countryCode: incident.place?.country_code ?? null });
    if (!identity) return null;
    this.upsertSource(identity.id, identity.name, identity.kind, claim.source === 'document' ? identity.name : claim.source);
    return identity.id;
  }

  /** Source entities the pipeline named for an incident's claims. */
  private saveSources(incident: Incident, document: SourceDocument): void {
    const byId = new Map((incident.sources ?? []).map((s) => [s.id, s]));
    for (const claim of incident.claims) {
      if (claim.document !== document.id || !claim.source_id) continue;
      const entity = byId.get(claim.source_id);
      this.upsertSource(claim.source_id, entity?.name ?? claim.source, entity?.kind ?? claim.source_kind, claim.source === 'document' ? entity?.name ?? claim.source : claim.source);
    }
  }

  private upsertSource(id: string, name: string, kind: string, alias: string): void {
    this.statement('INSERT OR IGNORE INTO sources (id, name, kind, reliability, created_at) VALUES (?, ?, ?, \'F\', ?)').run(id, name, kind, this.now().toISOString());
    this.statement('INSERT OR IGNORE INTO source_aliases (alias_folded, alias, source_id) VALUES (?, ?, ?)').run(alias.toLowerCase(), alias, id);
  }

  /** The incident row with its link tables (types, actors, places, documents), from its derived values. */
  writeIncidentRow(incident: Incident, stamp: string): void {
    const row = incidentToRow(incident);
    this.upsertIncident().run({ ...row, created_at: stamp, updated_at: stamp });

    this.statement('DELETE FROM incident_attack_types WHERE incident_id = ?').run(incident.id);
    const insertType = this.statement('INSERT OR IGNORE INTO incident_attack_types (incident_id, attack_type) VALUES (?, ?)');
    for (const attackType of incident.attack_types ?? []) insertType.run(incident.id, attackType);

    this.statement('DELETE FROM incident_documents WHERE incident_id = ?').run(incident.id);
    const link = this.statement('INSERT OR IGNORE INTO incident_documents (incident_id, document_id) VALUES (?, ?)');
    const documentExists = this.statement('SELECT 1 FROM documents WHERE id = ?');
    for (const doc of incident.documents ?? []) {
      if (documentExists.get(doc) !== undefined) link.run(incident.id, doc);
    }

    this.statement('DELETE FROM incident_actors WHERE incident_id = ?').run(incident.id);
    const upsertActor = this.statement(
      'INSERT INTO actors (name, name_folded, kind) VALUES (?, ?, ?) ' +
        "ON CONFLICT (name) DO UPDATE SET kind = CASE WHEN actors.kind = 'unknown' THEN excluded.kind ELSE actors.kind END " +
        'RETURNING id',
    );
    const linkActor = this.statement('INSERT OR IGNORE INTO incident_actors (incident_id, actor_id, status) VALUES (?, ?, ?)');
    for (const perpetrator of incident.perpetrators ?? []) {
      const actor = upsertActor.get(perpetrator.name, perpetrator.name.toLowerCase(), perpetrator.kind) as { id: number };
      linkActor.run(incident.id, actor.id, perpetrator.status);
    }

    this.statement('DELETE FROM incident_places WHERE incident_id = ?').run(incident.id);
    if (incident.place) this.linkPlace(incident.id, incident.place, 'location');
    for (const place of incident.places_mentioned ?? []) this.linkPlace(incident.id, place, 'mentioned');
  }

  /** Grade of a source (F, cannot be judged, until an analyst grades it). */
  reliabilityOf(sourceId: string): Reliability {
    const row = this.statement('SELECT reliability FROM sources WHERE id = ?').get(sourceId) as { reliability: Reliability } | undefined;
    return row?.reliability ?? 'F';
  }

  private linkPlace(incidentId: string, place: ResolvedPlace, role: 'location' | 'mentioned'): void {
    const key = place.id
      ? `g:${place.id}`
      : `n:${JSON.stringify([place.name, place.admin1, place.country_code, place.lat, place.lon, place.precision])}`;
    const stored = this.statement(
      'INSERT INTO places (key, name, admin1, country, country_code, lat, lon, precision, gazetteer_id) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id',
    ).get(
      key,
      place.name,
      place.admin1 ?? null,
      place.country ?? null,
      place.country_code ?? null,
      place.lat ?? null,
      place.lon ?? null,
      place.precision,
      place.id ?? null,
    ) as { id: number };
    this.statement('INSERT OR IGNORE INTO incident_places (incident_id, place_id, role) VALUES (?, ?, ?)').run(
      incidentId,
      stored.id,
      role,
    );
  }

  private upsertIncident(): Statement {
    const columns = [...incidentColumns, 'created_at', 'updated_at'];
    const updates = incidentColumns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
    return this.statement(
      `INSERT INTO incidents (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) ` +
        `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}, updated_at = excluded.updated_at`,
    );
  }

  private saveError(document: SourceDocument, error: unknown): StoreError {
    const subject = document.origin ? `${document.origin} (${document.id})` : `document ${document.id}`;
    const reason = error instanceof SitrepError ? error.message : firstLine(error);
    return new StoreError(`cannot save ${subject}: ${reason}; nothing of it was written`, error);
  }

  // ---- reading ---------------------------------------------------------------------------

  /** Attach claims and document ids to incident rows: two queries for the whole page. */
  private hydrate(rows: IncidentDataRow[]): Incident[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const claimRows = this.statement(
      `${CLAIM_SELECT} WHERE c.incident_id IN (SELECT value FROM json_each(?)) ORDER BY c.incident_id, d.doc_no, c.start, c.id`,
    ).all(ids) as StoredClaimRow[];
    const documentRows = this.statement(
      'SELECT idoc.incident_id, idoc.document_id FROM incident_documents idoc JOIN documents d ON d.id = idoc.document_id ' +
        'WHERE idoc.incident_id IN (SELECT value FROM json_each(?)) ORDER BY idoc.incident_id, d.doc_no',
    ).all(ids) as Array<{ incident_id: string; document_id: string }>;

    const claims = new Map<string, Claim[]>();
    for (const row of claimRows) push(claims, row.incident_id, storedClaim(row));
    const documents = new Map<string, string[]>();
    for (const row of documentRows) push(documents, row.incident_id, row.document_id);

    return rows.map((row) => {
      const data = JSON.parse(row.data) as Omit<Incident, 'claims' | 'documents'>;
      return { ...data, claims: claims.get(row.id) ?? [], documents: documents.get(row.id) ?? [] } as Incident;
    });
  }

  /** Run a filter query; a malformed full-text query becomes a `UsageError`. */
  private query<T>(filter: IncidentFilter, run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof SitrepError) throw error;
      if (filter.text !== undefined && error instanceof Database.SqliteError) {
        throw new UsageError(`Invalid full-text query "${filter.text}": ${firstLine(error)}`, 'BAD_QUERY');
      }
      throw new StoreError(`${this.path}: query failed: ${firstLine(error)}`, error);
    }
  }

  /** Prepared statements are compiled once per SQL text and reused. */
  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

interface IncidentDataRow {
  id: string;
  data: string;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
