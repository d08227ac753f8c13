import type { Precision, ResolvedPlace } from '../../core/types.ts';

/** What kind of unit a gazetteer entry is; it decides the precision of a match. */
export type EntryKind = 'country' | 'admin1' | 'admin2' | 'place' | 'feature';

/** A place as a caller supplies it: imported from a GeoNames dump or a user's file. */
export interface GazetteerPlace {
  /** Stable id, e.g. `gn:610611` or `user:my-site`. */
  id: string;
  name: string;
  alternateNames?: string[];
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string | null;
  /** GeoNames admin-1 code within the country ("02"), when known. */
  admin1Code?: string | null;
  admin2Code?: string | null;
  /** GeoNames feature class and code ("P", "PPLA2"), when known. */
  featureClass?: string | null;
  featureCode?: string | null;
  population?: number | null;
  /** Overrides the precision the kind would give ("point" for a user's site). */
  precision?: Precision | null;
  kind?: EntryKind;
  /** The user's free label: "border-post", "checkpoint", "camp". */
  label?: string | null;
  /** Name keys computed when the place was stored, valid for `keyVersion` (see `withNameKeys`). */
  nameKeys?: string[];
  keyVersion?: number;
}

/** One entry of a loaded gazetteer. Index positions in `Gazetteer.entries` are internal ids. */
export interface GazetteerEntry {
  id: string;
  name: string;
  kind: EntryKind;
  precision: Precision;
  lat: number | null;
  lon: number | null;
  countryCode: string | null;
  admin1Code: string | null;
  admin2Code: string | null;
  featureCode: string | null;
  population: number;
  /** Where the entry came from: geonames, supplement, user. */
  source: 'geonames' | 'supplement' | 'user' | 'country';
  /** Provenance or caveat shown with a resolution (supplement entries). */
  note: string | null;
}

export interface CountryInfo {
  code: string;
  iso3: string | null;
  name: string;
  capital: string | null;
  lat: number | null;
  lon: number | null;
  /** Index of the country's entry in `Gazetteer.entries`. */
  entry: number;
}

/**
 * A loaded gazetteer. Entries are numbered: countries, admin units, places, then supplement
 * and caller-supplied places. Name keys are looked up by bisection in sorted indexes.
 */
export interface Gazetteer {
  readonly size: number;
  entry(index: number): GazetteerEntry;
  /** Entry indices whose names have this `nameKey`. */
  lookupKey(key: string): number[];
  /** Entry indices whose names have this `looseKeyOf` key. */
  lookupLoose(loose: string): number[];
  /** Key length → distinct keys of a country's entries (or, for null, of countries, admin units and larger places). */
  fuzzyKeys(countryCode: string | null): Map<number, string[]>;
  /** "TJ.02" → the admin-1 entry; "TJ.02.8221292" → admin-2. */
  admin(code: string): GazetteerEntry | null;
  indexOfId(id: string): number | null;
  readonly countries: Map<string, CountryInfo>;
  /** Country adjectives and demonyms: nameKey → country code. */
  readonly demonyms: Map<string, string>;
  /** Milliseconds the load took. */
  readonly loadMs: number;
  /** Replaces the layer of caller-supplied places (imported dumps, the user's own places). */
  setUserPlaces(places: GazetteerPlace[]): void;
  /** Bumped whenever the user layer changes, so that callers' caches can tell. */
  readonly revision: number;
}

/** A resolution as the JSON contract shapes it, plus provenance. */
export type GazetteerResolvedPlace = ResolvedPlace & {
  id: string | null;
  /** Caveat or provenance, e.g. "no verified coordinate". */
  note?: string | null;
};

export interface ScoredPlace extends GazetteerResolvedPlace {
  score: number;
  /** How the name matched: exact, loose, fuzzy, demonym. */
  match: 'exact' | 'loose' | 'fuzzy' | 'demonym';
}

export interface Resolution {
  query: string;
  place: GazetteerResolvedPlace | null;
  candidates: ScoredPlace[];
}
