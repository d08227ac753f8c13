import Database from 'better-sqlite3';
import { SitrepError, StoreError, UsageError } from '../../core/errors.ts';
import type { Claim, Incident, ResolvedPlace, SourceDocument } from '../../core/types.ts';
import type { IncidentFilter, SaveDocumentResult, Store, StoreStats } from '../store.ts';
import { claimFromRow, claimToRow, type ClaimRow } from './claim-row.ts';
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
  return new SqliteStore(db, path, options.now ?? (() => new Date()));
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

  constructor(db: Database.Database, path: string, now: () => Date) {
    this.db = db;
    this.path = path;
    this.now = now;
    this.saveTransaction = db.transaction((document: SourceDocument, incidents: Incident[]) =>
      this.writeDocument(document, incidents),
    );
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
      'SELECT id, hash, text, title, outlet, author, url, published, origin, format FROM documents WHERE id = ?',
    ).get(id) as DocumentRow | undefined;
    return row ? { ...row } : null;
  }

  getIncidentSync(id: string): Incident | null {
    const row = this.statement('SELECT id, data FROM incidents WHERE id = ?').get(id) as IncidentDataRow | undefined;
    return row ? this.hydrate([row])[0]! : null;
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
        'SELECT incident_id FROM incident_documents WHERE document_id = ? ORDER BY incident_id',
      ).all(existing.id) as Array<{ incident_id: string }>;
      return { status: 'unchanged', documentId: existing.id, incidentIds: linked.map((r) => r.incident_id) };
    }
    const stamp = this.now().toISOString();
    this.statement(
      'INSERT INTO documents (id, hash, text, title, outlet, author, url, published, origin, format, ingested_at) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
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
    );
    for (const incident of incidents) this.writeIncident(document.id, incident, stamp);
    return { status: 'added', documentId: document.id, incidentIds: incidents.map((i) => i.id) };
  }

  /**
   * Insert the incident, or update an existing one (reported before by another document) to the
   * given reconciled state. Claims of this document are added; document links are kept.
   */
  private writeIncident(documentId: string, incident: Incident, stamp: string): void {
    if (typeof incident.id !== 'string' || incident.id === '') {
      throw new StoreError(`incident without an id in document ${documentId}`);
    }
    const row = incidentToRow(incident);
    this.upsertIncident().run({ ...row, created_at: stamp, updated_at: stamp });

    this.statement('DELETE FROM incident_attack_types WHERE incident_id = ?').run(incident.id);
    const insertType = this.statement('INSERT OR IGNORE INTO incident_attack_types (incident_id, attack_type) VALUES (?, ?)');
    for (const attackType of incident.attack_types ?? []) insertType.run(incident.id, attackType);

    const link = this.statement('INSERT OR IGNORE INTO incident_documents (incident_id, document_id) VALUES (?, ?)');
    link.run(incident.id, documentId);
    const documentExists = this.statement('SELECT 1 FROM documents WHERE id = ?');
    for (const other of incident.documents ?? []) {
      if (other !== documentId && documentExists.get(other) !== undefined) link.run(incident.id, other);
    }

    const insertClaim = this.statement(
      'INSERT INTO claims (incident_id, document_id, field, value, source, source_kind, stance, quote, start, "end", reported_at, details) ' +
        'VALUES (@incident_id, @document_id, @field, @value, @source, @source_kind, @stance, @quote, @start, @end, @reported_at, @details)',
    );
    for (const claim of incident.claims ?? []) {
      // Claims of other documents were stored with those documents.
      if (claim.document !== documentId) continue;
      insertClaim.run({ incident_id: incident.id, ...claimToRow(claim) });
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
      'SELECT c.incident_id, c.document_id, c.field, c.value, c.source, c.source_kind, c.stance, c.quote, c.start, ' +
        'c."end" AS "end", c.reported_at, c.details FROM claims c JOIN documents d ON d.id = c.document_id ' +
        'WHERE c.incident_id IN (SELECT value FROM json_each(?)) ORDER BY c.incident_id, d.doc_no, c.start, c.id',
    ).all(ids) as Array<ClaimRow & { incident_id: string }>;
    const documentRows = this.statement(
      'SELECT idoc.incident_id, idoc.document_id FROM incident_documents idoc JOIN documents d ON d.id = idoc.document_id ' +
        'WHERE idoc.incident_id IN (SELECT value FROM json_each(?)) ORDER BY idoc.incident_id, d.doc_no',
    ).all(ids) as Array<{ incident_id: string; document_id: string }>;

    const claims = new Map<string, Claim[]>();
    for (const row of claimRows) push(claims, row.incident_id, claimFromRow(row));
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
