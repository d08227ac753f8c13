import type { ActorKind, Incident, Reliability, SourceDocument, SourceEntity } from '../core/types.ts';
import type { GazetteerPlace } from '../geo/gazetteer/gazetteer-types.ts';
import type { Site } from '../geo/coverage/site.ts';

/** Filters shared by `sitrep incidents`, the HTTP API and exports. All optional, all combined with AND. */
export interface IncidentFilter {
  /** Inclusive lower bound on the incident date, `YYYY-MM-DD` (partial dates compare by their first day). */
  from?: string;
  /** Inclusive upper bound, `YYYY-MM-DD`. */
  to?: string;
  /** Calendar day `MM-DD` in any year ("on this day"); matches `--MM-DD` dates too. */
  onDay?: string;
  /** ISO 3166-1 alpha-2 code or country name. */
  country?: string;
  /** Perpetrator name or alias, case-insensitive substring of the canonical name. */
  actor?: string;
  /** GTD attack type name, case-insensitive. */
  attackType?: string;
  /** Minimum best estimate of victims killed. */
  minKilled?: number;
  /** Full-text query over the reporting documents (FTS5 syntax). */
  text?: string;
  /** Bounding box: west, south, east, north in degrees. */
  bbox?: [number, number, number, number];
  limit?: number;
  offset?: number;
}

export interface SaveDocumentResult {
  /** `added` for a new document; `unchanged` when the same text was stored before (nothing written). */
  status: 'added' | 'unchanged';
  documentId: string;
  incidentIds: string[];
}

/** One document's account of one incident, and the incident it is part of now. */
export interface ReportAssignment {
  report: string;
  /** Null for claims an analyst split off into an incident of their own. */
  document: string | null;
  incident: string;
  background: boolean;
}

/** Who makes an edit, and why. */
export interface EditAuthor {
  user: string;
  note?: string | null;
}

/** One analyst edit in the audit trail. */
export interface AuditEntry {
  id: number;
  at: string;
  user: string;
  action: 'merge' | 'split' | 'move-claim' | 'reject-claim' | 'grade-source' | 'undo';
  target: string;
  note: string | null;
  payload: Record<string, unknown>;
  undone_at: string | null;
  undone_by: string | null;
}

export interface EditResult {
  edit: number;
  /** The incidents as they are after the edit (ids). */
  incidents: string[];
}

/** A perpetrator name (canonical) and how many stored incidents name it. */
export interface ActorCount {
  name: string;
  kind: ActorKind;
  incidents: number;
}

export interface StoreStats {
  documents: number;
  incidents: number;
  claims: number;
}

/**
 * The one storage API of sitrep. Engines (SQLite, PostgreSQL) implement it in their own folders;
 * nothing above this interface knows which engine it talks to.
 */
export interface Store {
  /** True when a document with this content hash is stored. */
  hasDocument(hash: string): Promise<boolean>;
  /**
   * Store a document with its incidents and their claims in one transaction: either all of it
   * is written or nothing is. A document whose hash is already stored is left unchanged.
   */
  saveDocument(document: SourceDocument, incidents: Incident[]): Promise<SaveDocumentResult>;
  getDocument(id: string): Promise<SourceDocument | null>;
  getIncident(id: string): Promise<Incident | null>;
  listIncidents(filter: IncidentFilter): Promise<Incident[]>;
  countIncidents(filter: IncidentFilter): Promise<number>;
  stats(): Promise<StoreStats>;
  /** The user's gazetteer: imported or added places (same id replaces), in the order first saved. */
  savePlaces(places: readonly GazetteerPlace[]): Promise<number>;
  listPlaces(): Promise<GazetteerPlace[]>;
  /** Coverage sites (same id replaces); `removeSite` takes an id or a name. */
  saveSite(site: Site): Promise<void>;
  listSites(): Promise<Site[]>;
  removeSite(idOrName: string): Promise<boolean>;
  /** Every report with the incident it is in (for evaluation and audits). */
  listReports(): Promise<ReportAssignment[]>;
  /** Analyst edits: each is logged, reversible with `undoEdit`, and never overridden by automatic re-clustering. */
  mergeIncidents(ids: string[], author: EditAuthor): Promise<EditResult>;
  /** Split the given documents' reports, or the given claims, off into an incident of their own. */
  splitIncident(id: string, part: { documents?: string[]; claims?: number[] }, author: EditAuthor): Promise<EditResult>;
  moveClaim(claimId: number, toIncident: string, author: EditAuthor): Promise<EditResult>;
  rejectClaim(claimId: number, why: string, author: EditAuthor): Promise<EditResult>;
  undoEdit(editId: number, author: EditAuthor): Promise<EditResult>;
  listEdits(): Promise<AuditEntry[]>;
  /** Source entities with their claim counts; `gradeSource` takes an id, a name or an alias. */
  listSources(): Promise<SourceEntity[]>;
  gradeSource(nameOrId: string, grade: Reliability, author: EditAuthor): Promise<EditResult & { source: SourceEntity }>;
  /** Distinct perpetrator names with their incident counts, most named first (then by name). */
  listActors(): Promise<ActorCount[]>;
  close(): Promise<void>;
}
