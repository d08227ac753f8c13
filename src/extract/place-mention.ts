/** A toponym found in the text and resolved to a place; produced by the geo layer's finder. */
import type { ResolvedPlace } from '../core/types.ts';
import type { Token } from '../nlp/tokenize.ts';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: ResolvedPlace;
  /** Preceded by a locative preposition ("in", "at", "near", "outside") or in a dateline. */
  locative: boolean;
  /** Preceded by "from": where someone came from, not where something happened. */
  origin: boolean;
  /** A country adjective ("Kazakh", "Tajik"). */
  demonym: boolean;
}

/** Finds and resolves the toponyms of an analysis text. */
export type PlaceFinder = (text: string, tokens: Token[], options: { caseless: boolean; contextCountries?: Set<string> }) => PlaceMention[];
