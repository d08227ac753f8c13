/**
 * The vocabulary shared by every stage of the pipeline. This module imports nothing.
 * Field names follow the JSON contract (snake_case where the contract says so).
 */

/** A half-open range of JavaScript string indices into a document's stored text. */
export interface Span {
  start: number;
  end: number;
}

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'feed';

/** A document as stored: its exact text and what is known about it. */
export interface SourceDocument {
  /** Stable id derived from the content hash. */
  id: string;
  /** sha256 hex of `text`. */
  hash: string;
  /** The exact text that every span indexes. */
  text: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  /** Publication date, `YYYY-MM-DD` or partial (`YYYY-MM`, `YYYY`), when known. */
  published: string | null;
  /** Where it came from: a file path, `-` for stdin, or a feed item URL. */
  origin: string | null;
  format: DocumentFormat;
  /** Id of the stored document this one is a near-duplicate of (a syndicated copy), when detected. */
  copy_of?: string | null;
}

/** Metadata a user can give on the command line or that a reader finds in the file. */
export interface DocumentMetadata {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  url?: string | null;
  published?: string | null;
}

export type Stance = 'asserts' | 'claims' | 'denies' | 'doubts';
export type Precision = 'point' | 'city' | 'district' | 'admin1' | 'country';
export type PerpetratorStatus = 'claimed' | 'blamed' | 'suspected' | 'disputed';
export type ActorKind = 'organization' | 'individual' | 'unknown';

/** How a figure was stated: "at least nine" is `at_least`, "300 to 1,000" is `range`. */
export type FigureQualifier = 'exact' | 'at_least' | 'more_than' | 'at_most' | 'up_to' | 'about' | 'range';

export interface ResolvedPlace {
  name: string;
  admin1: string | null;
  country: string | null;
  /** ISO 3166-1 alpha-2. */
  country_code: string | null;
  lat: number | null;
  lon: number | null;
  precision: Precision;
  /** Gazetteer id, when the place came from one. */
  id?: string | null;
}

export interface TargetValue {
  text: string;
  /** GTD target type, e.g. "Business", "Military". */
  type: string;
}

export interface VictimValue {
  text: string;
}

export interface PerpetratorValue {
  /** Canonical name, e.g. "Islamic State". */
  name: string;
  kind: ActorKind;
  status: PerpetratorStatus;
  /** The words as written, when they differ from the canonical name. */
  mention?: string;
}

export interface WeaponValue {
  text: string;
  /** GTD weapon type, e.g. "Firearms", "Explosives". */
  type: string;
}

export interface FigureValue {
  /** The stated number (for a range, its lower end). */
  value: number;
  low: number;
  /** Upper bound, or null when open ("at least nine"). */
  high: number | null;
  qualifier: FigureQualifier;
  /** True when counted from an enumeration or summed from parts rather than stated as a number. */
  derived: boolean;
  /** A part of a toll stated in parts ("killing two here, three there"); its sum is a separate claim. */
  partial?: boolean;
}

export type FigureField = 'killed' | 'killed_perpetrators' | 'wounded' | 'kidnapped';

export type ClaimField =
  | FigureField
  | 'date'
  | 'place'
  | 'place_mentioned'
  | 'attack_type'
  | 'target'
  | 'victim'
  | 'perpetrator'
  | 'weapon';

/** The kind of the one making a statement. */
export type SourceKind =
  | 'document'
  | 'official'
  | 'state_body'
  | 'armed_group'
  | 'group_media'
  | 'media'
  | 'expert'
  | 'witness'
  | 'unknown';

interface ClaimBase {
  /** Who makes the statement: "Interior Ministry of Tajikistan", "officials", "Amaq", or "document". */
  source: string;
  source_kind: SourceKind;
  stance: Stance;
  /** Exactly `documentText.slice(start, end)`. */
  quote: string;
  /** Document id. */
  document: string;
  start: number;
  end: number;
  /** When the statement was made: `YYYY-MM-DD`, partial, `--MM-DD`, or null. */
  reported_at: string | null;
  /** A person speaking in or quoted by the source ("Arkadia Dubnova" in Kommersant). */
  speaker?: string;
  /** Set when the learned model, not a rule, found the value. */
  extractor?: 'learned';
  /** Stored claim id (set once the claim is in a store). */
  id?: number;
  /** Id of the source entity the statement is attributed to (set by the store). */
  source_id?: string;
  /** Information credibility on the Admiralty scale, 1 (confirmed) to 6 (cannot be judged). */
  credibility?: Credibility;
  /** Set when an analyst judged the claim wrong: it stays visible but leaves the reconciled values. */
  rejected?: { why: string; by: string; at: string };
  /** The document is a near-duplicate (syndicated copy, re-post) of this document: not an independent source. */
  copy_of?: string;
}

/** Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
/** Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged. */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

/** One outlet, ministry, group channel, expert or other speaker, with its aliases and grade. */
export interface SourceEntity {
  id: string;
  name: string;
  kind: SourceKind;
  reliability: Reliability;
  aliases: string[];
  /** Number of stored claims attributed to it (in an incident: of that incident). */
  claims: number;
}

/** The reconciled value of one figure after each reporting document, in order of publication. */
export interface FigureHistoryStep {
  document: string;
  /** The document's publication date (or its latest statement date) when known. */
  published: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  disputed: boolean;
}

/** Why two reports were judged to be one incident (or an analyst's decision). */
export interface MergeEvidence {
  /** Report ids (the per-document incident ids). */
  a: string;
  b: string;
  /** 'auto' for the matcher, 'manual' for an analyst's merge. */
  decided: 'auto' | 'manual';
  /** Total score (the threshold is documented in the README). */
  score: number;
  /** Score of each part: date, place, attack_type, targets, actors, figures, text. */
  parts: Record<string, number>;
  /** One line per part, for people. */
  notes: string[];
}

export type Claim = ClaimBase &
  (
    | { field: FigureField; value: number; figure: FigureValue }
    | { field: 'date'; value: string; /** Read against the publication date ("on Sunday", "on this day in 2016"). */ relative_to_publication?: boolean }
    | { field: 'place' | 'place_mentioned'; value: ResolvedPlace & { mention: string } }
    | { field: 'attack_type'; value: string }
    | { field: 'target'; value: TargetValue }
    | { field: 'victim'; value: VictimValue }
    | { field: 'perpetrator'; value: PerpetratorValue }
    | { field: 'weapon'; value: WeaponValue }
  );

/** Reconciled figure in the style of UCDP: low ≤ best ≤ high, disputed when sources disagree. */
export interface ReconciledFigure {
  low: number | null;
  best: number | null;
  high: number | null;
  disputed: boolean;
}

/** An incident as found in one document, before reconciliation: its claims and its links. */
export interface IncidentDraft {
  /** Local key, unique within the document. */
  key: string;
  document: string;
  claims: Claim[];
  /** Keys of other drafts of the same document that are parts of one coordinated event. */
  related: string[];
  /** Span of the text that reports the incident (its first mention). */
  span: Span;
  /** Mentioned in passing as an earlier event ("the country's first suicide attack in 2011"). */
  background?: boolean;
}

/** The incident shape of the JSON contract. Every value derives from `claims`. */
export interface Incident {
  id: string;
  date: string | null;
  place: ResolvedPlace | null;
  places_mentioned: ResolvedPlace[];
  attack_types: string[];
  targets: TargetValue[];
  victims: VictimValue[];
  perpetrators: PerpetratorValue[];
  /** How the sources describe perpetrators they do not name ("gunmen", "two men"). */
  perpetrator_descriptions?: string[];
  weapons: WeaponValue[];
  killed: ReconciledFigure;
  killed_perpetrators: ReconciledFigure;
  wounded: ReconciledFigure;
  kidnapped: ReconciledFigure;
  claims: Claim[];
  related: string[];
  documents: string[];
  /** Mentioned in passing as an earlier event rather than reported. */
  background?: boolean;
  /** Other ids that answer for this incident (reports merged into it). */
  aliases?: string[];
  /** The per-document reports that make up the incident (ids; the incident id is one of them). */
  reports?: Array<{ id: string; document: string; background: boolean }>;
  /** Why its reports were merged. */
  merge_evidence?: MergeEvidence[];
  /** How each figure changed as reports came in. */
  figure_history?: Record<FigureField, FigureHistoryStep[]>;
  /** The sources of its claims, with grades. */
  sources?: SourceEntity[];
  /** Per named perpetrator: who claimed, blamed, suspected, denied or doubted it, with the quotes (see reconcile/derive-attribution.ts). */
  attribution?: Array<{ name: string; status: PerpetratorStatus; claimed_by: unknown[]; blamed_by: unknown[]; suspected_by: unknown[]; denied_by: unknown[]; doubted_by: unknown[] }>;
}

/** The top-level object printed by `sitrep extract --format json`. */
export interface ExtractionResult {
  documents: Array<{ id: string; title: string | null; published: string | null }>;
  incidents: Incident[];
}
